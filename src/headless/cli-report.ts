// What the headless CLI prints: a table of cells as they finish, then warnings and errors
// in plain English (or everything as one JSON document with --json).
import type { Workbook } from '../core/workbook/types';
import { describeError, describeMismatch, formatBytes, formatCount, formatMs } from './describe';
import type { HeadlessCellResult, HeadlessWarning, RunWorkbookReport } from './run-workbook';

export interface WrittenFile {
  cell: string;
  path: string;
  bytes: number;
}

/** Terminal columns a text takes: Hangul and CJK are two wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Prints the header now and one line per finished cell; widths fit every cell name up front. */
export function tablePrinter(workbook: Workbook): { row: (result: HeadlessCellResult) => void } {
  const nameWidth = Math.max(4, ...workbook.cells.map((c) => displayWidth(c.name)));
  const kindWidth = Math.max(4, ...workbook.cells.map((c) => c.kind.length));
  const line = (name: string, kind: string, status: string, rows: string, time: string) =>
    `${padEnd(name, nameWidth)}  ${kind.padEnd(kindWidth)}  ${status.padEnd(7)}  ${rows.padStart(11)}  ${time.padStart(9)}`;
  console.log(`${workbook.title}\n`);
  console.log(line('cell', 'kind', 'status', 'rows', 'time'));
  console.log(line('-'.repeat(nameWidth), '-'.repeat(kindWidth), '-'.repeat(7), '-'.repeat(11), '-'.repeat(9)));
  return {
    row: (r) =>
      console.log(
        line(r.name, r.kind, r.status, r.rowCount === undefined ? '' : formatCount(r.rowCount), r.elapsedMs === undefined ? '' : formatMs(r.elapsedMs)),
      ),
  };
}

export function describeWarning(warning: HeadlessWarning): string {
  switch (warning.kind) {
    case 'sourceMismatch':
      return `${warning.cell}: ${describeMismatch(warning.file, warning.diffs)}`;
    case 'unusedData':
      return `--data ${warning.key} matches no source (use a source cell name, file name or source id).`;
  }
}

/** The error sentence for a failed, blocked or skipped cell, with a hint where one helps. */
export function describeCellProblem(cell: HeadlessCellResult, base: string): string | null {
  if (!cell.error) return null;
  const sentence = describeError(cell.error);
  if (cell.error.code === 'cell.missingSource') {
    const looked = cell.error.params.path ? ` Looked for ${cell.error.params.path}.` : '';
    return `${sentence}${looked} Give it with --data ${cell.name}=<path>, or point --base at the folder its URL is relative to (now ${base}).`;
  }
  return sentence;
}

export function printProblems(report: RunWorkbookReport, written: WrittenFile[], base: string, exported: boolean): void {
  const warnings = report.warnings.map(describeWarning);
  if (warnings.length > 0) console.log(`\nWarnings:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
  const problems = report.cells.flatMap((c) => {
    const text = describeCellProblem(c, base);
    return text && c.status !== 'done' ? [`  - ${c.name} (${c.status}): ${text}`] : [];
  });
  if (problems.length > 0) console.log(`\nProblems:\n${problems.join('\n')}`);
  if (exported) {
    const lines = written.map((w) => `  ${w.path} (${formatBytes(w.bytes)})`);
    console.log(`\nWrote ${written.length} file${written.length === 1 ? '' : 's'}:${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`);
  }
  const count = (status: string) => report.cells.filter((c) => c.status === status).length;
  const summary = [`${count('done')} done`, `${count('error')} failed`, `${count('blocked')} blocked`, `${count('skipped')} skipped`];
  console.log(`\n${summary.join(', ')} in ${formatMs(report.elapsedMs)} (DuckDB ${report.engine.duckdbVersion}, ${report.engine.engine}).`);
}

export function printJson(workbookPath: string, report: RunWorkbookReport, written: WrittenFile[]): void {
  const document = {
    workbook: workbookPath,
    engine: report.engine,
    elapsedMs: report.elapsedMs,
    ok: !report.cells.some((c) => c.status === 'error' || c.status === 'blocked'),
    cells: report.cells.map((c) => (c.error ? { ...c, message: describeError(c.error) } : c)),
    warnings: report.warnings.map((w) => ({ ...w, message: describeWarning(w) })),
    written,
  };
  console.log(JSON.stringify(document, null, 2));
}
