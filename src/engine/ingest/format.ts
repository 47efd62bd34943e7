// Which reader a file needs, from its magic bytes first and its extension second.

import type { FileFormat } from '../../core/workbook/import-options';
import { segbookError } from '../../core/errors';

export interface DetectedFormat {
  format: FileFormat;
  /** gzip-compressed text (csv.gz); DuckDB's CSV reader decompresses it itself. */
  gzip: boolean;
}

const TEXT_EXT = new Set(['csv', 'tsv', 'txt', 'tab', 'dat']);
const JSON_EXT = new Set(['json', 'ndjson', 'jsonl']);
const UNSUPPORTED_EXT = new Set(['xls', 'xlsb', 'ods', 'numbers', 'zip', 'sav', 'dta', 'sqlite', 'db', 'duckdb']);

export function fileExtension(name: string): string {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1);
}

export function detectFormat(name: string, size: number, head: Uint8Array): DetectedFormat {
  if (size === 0) throw segbookError('file.empty', { file: name });
  const ext = fileExtension(name);
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return { format: 'parquet', gzip: false }; // PAR1
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === 'xlsx' || ext === 'xlsm' || ext === '') return { format: 'xlsx', gzip: false };
    throw segbookError('file.unsupported', { file: name, ext: ext || 'zip' });
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) throw segbookError('file.unsupported', { file: name, ext: ext || 'xls' });
  const gzip = startsWith(head, [0x1f, 0x8b]);
  if (UNSUPPORTED_EXT.has(ext)) throw segbookError('file.unsupported', { file: name, ext });
  if (ext === 'parquet' || ext === 'xlsx') throw segbookError('file.parse', { file: name, detail: `not a valid .${ext} file` });
  if (JSON_EXT.has(ext)) return { format: 'json', gzip };
  if (TEXT_EXT.has(ext)) return { format: 'csv', gzip };
  // unknown extension: text content is tried as CSV; the encoding check rejects binary
  return { format: 'csv', gzip };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
