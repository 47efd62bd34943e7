// .xlsx -> Arrow IPC with read-excel-file (its "universal" entry: no nested workers, runs in our
// worker and in Node). Numbers -> DOUBLE, dates -> TIMESTAMP, everything else VARCHAR.

import { Bool, Float64, Table, TimestampMicrosecond, Utf8, vectorFromArray, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import type { ColumnInfo, XlsxOptions } from '../../core/workbook/import-options';
import { arrowTypeName, decodeRows } from '../arrow';
import { segbookError } from '../../core/errors';

type Cell = string | number | boolean | Date | null | undefined;

export interface XlsxSheets {
  sheets: { name: string; rows: Cell[][] }[];
}

export async function readWorkbook(file: string, bytes: Uint8Array): Promise<XlsxSheets> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { default: readXlsxFile } = await import('read-excel-file/universal'); // only when an xlsx arrives
    const sheets = await readXlsxFile(buffer);
    return { sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as Cell[][] })) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw segbookError('file.parse', { file, detail }, detail);
  }
}

export function sheetRows(file: string, book: XlsxSheets, options: XlsxOptions | undefined): { header: string[]; rows: Cell[][] } {
  const sheet = options?.sheet === undefined ? book.sheets[0] : book.sheets.find((s) => s.name === options.sheet);
  if (!sheet) throw segbookError('file.sheetMissing', { file, sheet: options?.sheet ?? '' });
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const useHeader = options?.header ?? true;
  const first = useHeader ? (sheet.rows[0] ?? []) : [];
  const header = uniqueNames(Array.from({ length: width }, (_, i) => cellText(first[i]) || `column${i + 1}`));
  return { header, rows: useHeader ? sheet.rows.slice(1) : sheet.rows };
}

/** Arrow IPC of the sheet (first `limit` rows when given; types always judged on every row). */
export function sheetTable(header: string[], rows: Cell[][], limit = rows.length): { ipc: Uint8Array; columns: ColumnInfo[] } {
  const vectors: Record<string, Vector> = {};
  const columns = header.map((name, c) => {
    const values = rows.map((r) => r[c] ?? null);
    const type = columnType(values);
    vectors[name] = vectorFromArray(values.slice(0, limit).map((v) => convert(v, type)), type);
    return { name, type: arrowTypeName(type) };
  });
  return { ipc: tableToIPC(new Table(vectors), 'stream'), columns };
}

export function sheetPreview(file: string, book: XlsxSheets, options: XlsxOptions, limit: number) {
  const { header, rows } = sheetRows(file, book, options);
  const { ipc, columns } = sheetTable(header, rows, limit);
  return { columns, rows: decodeRows(ipc).rows };
}

function columnType(values: Cell[]): DataType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return new Utf8();
  if (present.every((v) => typeof v === 'number')) return new Float64();
  if (present.every((v) => v instanceof Date)) return new TimestampMicrosecond();
  if (present.every((v) => typeof v === 'boolean')) return new Bool();
  return new Utf8();
}

function convert(value: Cell, type: DataType): unknown {
  if (value === null || value === undefined || (value === '' && !(type instanceof Utf8))) return null;
  if (type instanceof Utf8) return cellText(value);
  if (type instanceof TimestampMicrosecond) return (value as Date).getTime();
  return value;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = seen.get(n) ?? 0;
    seen.set(n, count + 1);
    return count === 0 ? n : `${n}_${count + 1}`;
  });
}
