// Cells that build a table from one chosen input with settings instead of SQL (filter, RFM;
// clean, join, lifecycle, ... next). They compile at run time, when the input's columns are
// known, and the SQL they run is shown to the user, who can turn it into a SQL cell.

import { segbookError, type SegbookError } from '../errors';
import { compileClean, compileCleanReport } from '../clean/compile';
import { compileFilter } from '../filter/compile';
import { compileJoin, compileJoinReport } from '../join/compile';
import { compileBehaviour, compileBehaviourSummary } from '../segments/behaviour';
import { compileLifecycle, compileLifecycleSummary } from '../segments/lifecycle';
import { compileParetoShare, compileProfile, compileProfileTopValues } from '../segments/profile';
import { compileRfm, compileRfmChecks, compileRfmSummary } from '../segments/rfm';
import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import type { BehaviourCell, Cell, CleanCell, FilterCell, JoinCell, LifecycleCell, ProfileCell, RfmCell } from '../workbook/types';
import { rebindRfmColumns } from './rfm';

export type DerivedCell = FilterCell | CleanCell | JoinCell | RfmCell | LifecycleCell | BehaviourCell | ProfileCell;
const DERIVED_KINDS = new Set<Cell['kind']>(['filter', 'clean', 'join', 'rfm', 'lifecycle', 'behaviour', 'profile']);

export interface DerivedInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export interface DerivedContext {
  /** "Today" for relative dates. */
  now: Date;
  /** Language of labels written into the table (segment names). */
  locale: 'en' | 'ko';
}

export interface DerivedCompiled {
  /** The SELECT whose result becomes the cell's table. */
  sql: string;
  /** Queries run after the table exists, by name (summaries, checks); their rows go to the view. */
  extras: Record<string, string>;
  /** Not errors: what the user should know (columns re-bound to a renamed export). */
  notes: SegbookError[];
}

export function isDerivedCell(cell: Cell): cell is DerivedCell {
  return DERIVED_KINDS.has(cell.kind);
}

/** The cell's SQL and follow-up queries, or what the user must fix first. `inputs` in the order of cell.inputs. */
export function compileDerived(cell: DerivedCell, inputs: readonly DerivedInput[], context: DerivedContext): DerivedCompiled | SegbookError {
  const input = inputs[0]!;
  switch (cell.kind) {
    case 'clean': {
      const compiled = compileClean(cell.settings, input);
      const report = compileCleanReport(cell.settings, input);
      if ('problem' in compiled) return fromProblem(compiled.problem.code, { ...compiled.problem.params, path: compiled.problem.path.join('.') });
      if ('problem' in report) return fromProblem(report.problem.code, report.problem.params);
      return { sql: compiled.sql, extras: { report: report.sql }, notes: [] };
    }
    case 'join': {
      const compiled = compileJoin(cell.settings, inputs);
      if ('problem' in compiled) return fromProblem(compiled.problem.code, { ...compiled.problem.params, path: compiled.problem.path.join('.') });
      const report = compileJoinReport(cell.settings, inputs);
      // No notes: the join's report lists every warning (renamed columns, repeated rows) itself.
      return { sql: compiled.sql, extras: 'sql' in report ? { report: report.sql } : {}, notes: [] };
    }
    case 'filter': {
      const compiled = compileFilter(cell.settings, input, context.now);
      if ('problem' in compiled) return fromProblem(compiled.problem.code, { ...compiled.problem.params, path: compiled.problem.path.join('.') });
      return { sql: compiled.sql, extras: {}, notes: [] };
    }
    case 'rfm':
      return compileRfmCell(cell, input, context);
    case 'lifecycle': {
      const compiled = compileLifecycle(cell.settings, input, context.locale);
      if ('problem' in compiled) return fromProblem(compiled.problem.code, compiled.problem.params);
      const summary = compileLifecycleSummary(cell.settings, cell.name, context.locale);
      if ('problem' in summary) return fromProblem(summary.problem.code, summary.problem.params);
      return { sql: compiled.sql, extras: { summary: summary.sql }, notes: [] };
    }
    case 'behaviour': {
      const compiled = compileBehaviour(cell.settings, input, context.locale);
      if ('problem' in compiled) return fromProblem(compiled.problem.code, compiled.problem.params);
      return { sql: compiled.sql, extras: { summary: compileBehaviourSummary(cell.settings, cell.name) }, notes: [] };
    }
    case 'profile':
      return compileProfileCell(cell, input, context);
  }
}

/** The profile table, plus its rows, top values and Pareto share for the comparisons and persona cards. */
function compileProfileCell(cell: ProfileCell, input: DerivedInput, context: DerivedContext): DerivedCompiled | SegbookError {
  const settings = cell.settings.profile;
  const profile = compileProfile(settings, input, { locale: context.locale });
  if ('problem' in profile) return fromProblem(profile.problem.code, profile.problem.params);
  const extras: Record<string, string> = { profile: `SELECT * FROM ${quoteIdent(cell.name)}` };
  const top = compileProfileTopValues(settings, input, { locale: context.locale });
  if (top && 'sql' in top) extras.topValues = top.sql;
  // the Pareto share needs a revenue column; without one the profile still stands
  const pareto = compileParetoShare(settings, input);
  if (!('problem' in pareto)) Object.assign(extras, { paretoShare: pareto.shareSql, paretoCurve: pareto.curveSql });
  return { sql: profile.sql, extras, notes: [] };
}

function compileRfmCell(cell: RfmCell, input: DerivedInput, context: DerivedContext): DerivedCompiled | SegbookError {
  const { settings, changes } = rebindRfmColumns(cell.settings, input.columns);
  const rfm = compileRfm(settings, input, context.locale);
  if ('problem' in rfm) return fromProblem(rfm.problem.code, rfm.problem.params);
  const checks = compileRfmChecks(settings, input);
  const summary = compileRfmSummary(settings, cell.name, context.locale);
  if ('problem' in checks) return fromProblem(checks.problem.code, checks.problem.params);
  if ('problem' in summary) return fromProblem(summary.problem.code, summary.problem.params);
  const notes = changes.length > 0 ? [segbookError('cell.rebound', { changes: changes.map((c) => `${c.from} → ${c.to}`).join(', ') })] : [];
  return { sql: rfm.sql, extras: { checks: checks.sql, segments: summary.segmentSql, grid: summary.gridSql }, notes };
}

function fromProblem(code: string, params: Record<string, string | number>): SegbookError {
  return segbookError(code as SegbookError['code'], params);
}
