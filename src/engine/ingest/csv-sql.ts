// read_csv(...) text for a set of CSV options, and DuckDB CSV errors -> file.* errors.

import type { CsvOptions } from '../../core/workbook/import-options';
import { quoteLiteral } from '../../core/sql/quote';
import { segbookError, type SegbookError } from '../../core/errors';
import type { RaggedLine } from './ragged';

/**
 * `blankLines`: how many blank lines start the file (see leadingBlankLines); those, and only
 * those, are skipped.
 */
export function readCsvSql(path: string, csv: Partial<CsvOptions> | undefined, gzip: boolean, blankLines = 0): string {
  const args = [quoteLiteral(path)];
  if (csv?.delimiter !== undefined) args.push(`delim=${quoteLiteral(csv.delimiter)}`);
  if (csv?.header !== undefined) args.push(`header=${csv.header}`);
  if (csv?.quote !== undefined) args.push(`quote=${quoteLiteral(csv.quote)}`);
  // never let DuckDB choose which leading lines to skip: on a ragged file it skips up to the
  // ragged line and silently reads only what follows (1 row instead of 3, header lost)
  args.push(`skip=${blankLines}`);
  if (gzip) args.push(`compression='gzip'`);
  const types = Object.entries(csv?.columnTypes ?? {});
  if (types.length > 0) {
    args.push(`types={${types.map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`).join(', ')}}`);
  }
  return `read_csv(${args.join(', ')})`;
}

/** Blank lines before the first record of `text` (the decoded start of the file). */
export function leadingBlankLines(text: string): number {
  return /^(?:[ \t]*\r?\n)*/.exec(text)![0].split('\n').length - 1;
}

const LINE = /CSV Error on Line: (\d+)/;
const COLUMNS = /Expected Number of Columns: (\d+) Found: (\d+)/;
const SNIFF_FAILED = /not possible to automatically detect the CSV|Error when sniffing file/;

/** Whether this DuckDB failure is about the CSV's content (not a cancel, OOM, ...). */
export function isCsvContentError(message: string): boolean {
  return LINE.test(message) || SNIFF_FAILED.test(message) || /CSV Error|Invalid unicode/i.test(message);
}

export function needsRaggedScan(message: string): boolean {
  return SNIFF_FAILED.test(message) || (LINE.test(message) && COLUMNS.test(message));
}

export function csvError(file: string, message: string, ragged: RaggedLine | null): SegbookError {
  if (ragged) return segbookError('file.ragged', { file, ...ragged }, message);
  if (/Invalid unicode|byte sequence mismatch/i.test(message)) return segbookError('file.encoding', { file, encoding: 'utf-8' }, message);
  const line = LINE.exec(message)?.[1];
  const columns = COLUMNS.exec(message);
  if (line && columns) {
    return segbookError('file.ragged', { file, line: Number(line), expected: Number(columns[1]), found: Number(columns[2]) }, message);
  }
  const detail = message.split('\n').filter((l) => l.trim() !== '').slice(0, 3).join('\n');
  return segbookError('file.parse', line ? { file, detail, line: Number(line) } : { file, detail }, message);
}
