// The editable form behind SourceSettings, and the ImportOptions it stands for.
// Kept apart from the component so the mapping (delimiter "other", "auto" types, which
// sub-options a format keeps) is tested in Node.

import type { FileSniff } from '../../engine/protocol';
import type { FileFormat, ImportOptions, TextEncoding } from '../../core/workbook/import-options';

export const FORMATS: FileFormat[] = ['csv', 'xlsx', 'parquet', 'json'];
export const ENCODINGS: TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'euc-kr'];
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'euc-kr': 'EUC-KR (CP949)',
};
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export const QUOTES = ['"', "'", ''] as const;
export const OVERRIDE_TYPES = ['VARCHAR', 'BIGINT', 'DOUBLE', 'DATE', 'TIMESTAMP', 'BOOLEAN'] as const;
/** Select value meaning "keep the detected type". */
export const AUTO_TYPE = 'auto';
export const OTHER_DELIMITER = 'other';

export interface ImportForm {
  format: FileFormat;
  encoding: TextEncoding;
  /** One of DELIMITERS, or OTHER_DELIMITER to use `otherDelimiter`. */
  delimiterChoice: string;
  otherDelimiter: string;
  header: boolean;
  quote: string;
  /** Column name -> type, or AUTO_TYPE. */
  columnTypes: Record<string, string>;
  sheet: string;
  sheetHeader: boolean;
}

export function formFromOptions(options: ImportOptions, sniff: FileSniff | null): ImportForm {
  const csv = options.csv ?? sniff?.detected.csv;
  const xlsx = options.xlsx ?? sniff?.detected.xlsx;
  const delimiter = csv?.delimiter ?? ',';
  const known = (DELIMITERS as readonly string[]).includes(delimiter);
  return {
    format: options.format,
    encoding: csv?.encoding ?? 'utf-8',
    delimiterChoice: known ? delimiter : OTHER_DELIMITER,
    otherDelimiter: known ? '' : delimiter,
    header: csv?.header ?? true,
    quote: csv?.quote ?? '"',
    columnTypes: { ...(options.csv?.columnTypes ?? {}) },
    sheet: xlsx?.sheet ?? sniff?.sheets?.[0] ?? '',
    sheetHeader: xlsx?.header ?? true,
  };
}

export function optionsFromForm(form: ImportForm): ImportOptions {
  if (form.format === 'csv') {
    const columnTypes = Object.fromEntries(
      Object.entries(form.columnTypes).filter(([, type]) => type && type !== AUTO_TYPE),
    );
    const delimiter = form.delimiterChoice === OTHER_DELIMITER ? form.otherDelimiter : form.delimiterChoice;
    return {
      format: 'csv',
      csv: {
        encoding: form.encoding,
        delimiter: delimiter === '' ? ',' : delimiter,
        header: form.header,
        quote: form.quote,
        ...(Object.keys(columnTypes).length > 0 ? { columnTypes } : {}),
      },
    };
  }
  if (form.format === 'xlsx') return { format: 'xlsx', xlsx: { sheet: form.sheet, header: form.sheetHeader } };
  return { format: form.format };
}

/** Same options whatever the key order or absent-vs-empty overrides: decides whether Apply has work to do. */
export function sameOptions(a: ImportOptions, b: ImportOptions): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && !(isPlainObject(v) && Object.keys(v).length === 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
