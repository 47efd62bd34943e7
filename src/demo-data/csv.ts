// CSV for generated rows: UTF-8, a header line, RFC 4180 quoting (fields holding a comma, quote or
// line break are quoted, quotes doubled), LF line ends, null as an empty field, booleans as
// true/false, DATE as YYYY-MM-DD and TIMESTAMP as YYYY-MM-DD HH:MM:SS.
//
// Rows are encoded straight to UTF-8 bytes rather than joined as strings: at 10^8 rows, building
// and flattening JS strings took over half the run time, most of it in the garbage collector.

import { DAYS, RANGE_START, SECONDS_PER_DAY } from './calendar';
import { SHOP_SCHEMA, type Cell, type ColumnType, type Row, type ShopTable } from './schema';

const utf8 = new TextEncoder();
const NEEDS_QUOTES = /[",\r\n]/;

export function quoteCsvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatDate(seconds: number): string {
  return new Date(Math.floor(seconds / SECONDS_PER_DAY) * SECONDS_PER_DAY * 1000).toISOString().slice(0, 10);
}

export function formatTimestamp(seconds: number): string {
  return new Date(Math.floor(seconds) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

export function csvHeader(table: ShopTable): string {
  return SHOP_SCHEMA[table].map((c) => quoteCsvField(c.name)).join(',') + '\n';
}

// The generator's days as ASCII "YYYY-MM-DD", 10 bytes each; other days take the slow path.
const DAY_BYTES = utf8.encode(Array.from({ length: DAYS + 1 }, (_, d) => formatDate(RANGE_START + d * SECONDS_PER_DAY)).join(''));
const TRUE = utf8.encode('true');
const FALSE = utf8.encode('false');
// Generated text comes from small vocabularies (regions, categories, event types...), so each
// value is quoted and encoded once. The cap keeps arbitrary input from growing it without bound.
const textCache = new Map<string, Uint8Array>();
const TEXT_CACHE_LIMIT = 4096;

function encodedText(text: string): Uint8Array {
  let bytes = textCache.get(text);
  if (bytes === undefined) {
    bytes = utf8.encode(quoteCsvField(text));
    if (textCache.size < TEXT_CACHE_LIMIT) textCache.set(text, bytes);
  }
  return bytes;
}

/** A growable byte buffer: the encoder's output. */
interface Out {
  buf: Uint8Array;
  pos: number;
}

// Every non-text cell takes at most 21 bytes and a row has at most a dozen cells, so reserving this
// much at the start of each row (and after each text cell) lets the number writers skip the check.
const ROW_HEADROOM = 512;

function reserve(out: Out, n: number): void {
  if (out.pos + n <= out.buf.length) return;
  const bigger = new Uint8Array(Math.max(out.buf.length * 2, out.pos + n));
  bigger.set(out.buf.subarray(0, out.pos));
  out.buf = bigger;
}

function putBytes(out: Out, bytes: Uint8Array): void {
  reserve(out, bytes.length + ROW_HEADROOM);
  const { buf } = out;
  let pos = out.pos;
  for (let i = 0; i < bytes.length; i++) buf[pos++] = bytes[i]!;
  out.pos = pos;
}

function putTwoDigits(buf: Uint8Array, pos: number, v: number): void {
  buf[pos] = 48 + Math.floor(v / 10);
  buf[pos + 1] = 48 + (v % 10);
}

function putInteger(out: Out, v: number): void {
  const { buf } = out;
  if (v < 0) {
    buf[out.pos++] = 45; // '-'
    v = -v;
  }
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  let pos = out.pos + digits;
  out.pos = pos;
  // 32-bit integer division where it fits (ids, amounts): several times faster than Math.floor.
  while (v > 0x7fffffff) {
    buf[--pos] = 48 + (v % 10);
    v = Math.floor(v / 10);
  }
  do {
    buf[--pos] = 48 + (v % 10);
    v = (v / 10) | 0;
  } while (v > 0);
}

function putDateTime(out: Out, seconds: number, withTime: boolean): void {
  const day = Math.floor((seconds - RANGE_START) / SECONDS_PER_DAY);
  if (day < 0 || day > DAYS || !Number.isInteger(seconds)) {
    putBytes(out, utf8.encode(withTime ? formatTimestamp(seconds) : formatDate(seconds)));
    return;
  }
  const { buf } = out;
  let pos = out.pos;
  for (let i = day * 10, end = i + 10; i < end; i++) buf[pos++] = DAY_BYTES[i]!;
  if (withTime) {
    const s = seconds - RANGE_START - day * SECONDS_PER_DAY;
    buf[pos] = 32; // ' '
    putTwoDigits(buf, pos + 1, Math.floor(s / 3600));
    buf[pos + 3] = 58; // ':'
    putTwoDigits(buf, pos + 4, Math.floor(s / 60) % 60);
    buf[pos + 6] = 58;
    putTwoDigits(buf, pos + 7, s % 60);
    pos += 9;
  }
  out.pos = pos;
}

function putCell(out: Out, value: Cell, type: ColumnType): void {
  if (value === null) return;
  if (typeof value === 'number') {
    if (type === 'TIMESTAMP' || type === 'DATE') putDateTime(out, value, type === 'TIMESTAMP');
    else if (Number.isSafeInteger(value)) putInteger(out, value);
    else putBytes(out, utf8.encode(String(value)));
  } else if (typeof value === 'boolean') putBytes(out, value ? TRUE : FALSE);
  else putBytes(out, encodedText(value));
}

/** UTF-8 CSV lines (each ending in \n, no header) for rows of `table`, in column order. */
export function encodeCsvRows(table: ShopTable, rows: readonly Row[]): Uint8Array {
  const types = SHOP_SCHEMA[table].map((c) => c.type);
  const out: Out = { buf: new Uint8Array(Math.max(4096, rows.length * 64)), pos: 0 };
  for (const row of rows) {
    reserve(out, ROW_HEADROOM);
    for (let j = 0; j < types.length; j++) {
      if (j > 0) out.buf[out.pos++] = 44; // ','
      putCell(out, row[j] ?? null, types[j]!);
    }
    out.buf[out.pos++] = 10; // '\n'
  }
  return out.buf.subarray(0, out.pos);
}
