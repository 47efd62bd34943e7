// The one table of cell kinds. Adding a kind: extend Cell in workbook/types.ts,
// add a folder here, and the exhaustive switches below stop compiling until it is handled.

import { assertNever } from '../assert-never';
import type { SegbookError } from '../errors';
import type { Cell, CellKind, Workbook } from '../workbook/types';
import { chartDefaultName, compileChart, defaultChartSettings, validateChart } from './chart';
import { defaultFilterCellSettings, filterDefaultName, validateFilterCell } from './filter';
import { defaultRfmCellSettings, rfmDefaultName, validateRfmCell } from './rfm';
import {
  behaviourDefaultName, cleanDefaultName, defaultBehaviourCellSettings, defaultCleanCellSettings, defaultJoinCellSettings,
  defaultLifecycleCellSettings, defaultProfileCellSettings, joinDefaultName, lifecycleDefaultName, profileDefaultName, validateSingleInput,
} from './segments';
import { clusterDefaultName, defaultClusterSettings, validateClusterCell } from './cluster';
import { compileMarkdown, defaultMarkdownSettings, markdownDefaultName, validateMarkdown } from './markdown';
import { compileSource, defaultSourceSettings, sourceDefaultName, validateSource } from './source';
import { compileSql, defaultSqlSettings, sqlDefaultName, validateSql } from './sql';

type CellOf<K extends CellKind> = Extract<Cell, { kind: K }>;

export interface CellKindInfo<K extends CellKind> {
  /** Base for a new cell's name: 'query' -> query, query_2, ... */
  defaultName: string;
  defaultSettings(): CellOf<K>['settings'];
  /** Whether running the cell produces a table named after it. */
  producesTable: boolean;
}

export const CELL_KINDS: { readonly [K in CellKind]: CellKindInfo<K> } = {
  source: { defaultName: sourceDefaultName, defaultSettings: defaultSourceSettings, producesTable: true },
  sql: { defaultName: sqlDefaultName, defaultSettings: defaultSqlSettings, producesTable: true },
  markdown: { defaultName: markdownDefaultName, defaultSettings: defaultMarkdownSettings, producesTable: false },
  chart: { defaultName: chartDefaultName, defaultSettings: defaultChartSettings, producesTable: false },
  filter: { defaultName: filterDefaultName, defaultSettings: defaultFilterCellSettings, producesTable: true },
  clean: { defaultName: cleanDefaultName, defaultSettings: defaultCleanCellSettings, producesTable: true },
  join: { defaultName: joinDefaultName, defaultSettings: defaultJoinCellSettings, producesTable: true },
  rfm: { defaultName: rfmDefaultName, defaultSettings: defaultRfmCellSettings, producesTable: true },
  lifecycle: { defaultName: lifecycleDefaultName, defaultSettings: defaultLifecycleCellSettings, producesTable: true },
  behaviour: { defaultName: behaviourDefaultName, defaultSettings: defaultBehaviourCellSettings, producesTable: true },
  profile: { defaultName: profileDefaultName, defaultSettings: defaultProfileCellSettings, producesTable: true },
  cluster: { defaultName: clusterDefaultName, defaultSettings: defaultClusterSettings, producesTable: true },
};

/** SELECT text to materialize as table `cell.name`; null for kinds the engine handles otherwise. */
export function compileCell(cell: Cell): { sql: string } | null {
  switch (cell.kind) {
    case 'source':
      return compileSource();
    case 'sql':
      return compileSql(cell);
    case 'markdown':
      return compileMarkdown();
    case 'chart':
      return compileChart();
    case 'filter':
    case 'clean':
    case 'join':
    case 'rfm':
    case 'lifecycle':
    case 'behaviour':
    case 'profile':
    case 'cluster':
      return null; // needs the input's column types: compileDerived at run time
    default:
      return assertNever(cell);
  }
}

/** Problems in the cell's own settings (graph problems come from analyzeWorkbook). */
export function validateCell(cell: Cell, wb: Workbook): SegbookError | null {
  switch (cell.kind) {
    case 'source':
      return validateSource(cell, wb);
    case 'sql':
      return validateSql(cell);
    case 'markdown':
      return validateMarkdown();
    case 'chart':
      return validateChart(cell);
    case 'filter':
      return validateFilterCell(cell);
    case 'rfm':
      return validateRfmCell(cell);
    case 'lifecycle':
    case 'behaviour':
    case 'profile':
    case 'clean':
    case 'join':
      return validateSingleInput(cell);
    case 'cluster':
      return validateClusterCell(cell);
    default:
      return assertNever(cell);
  }
}
