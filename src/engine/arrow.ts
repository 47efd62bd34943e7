// Arrow IPC -> JSON-safe rows for grids, charts and tests (page side and worker side).

import { tableFromIPC, Type, type DataType, type Vector } from 'apache-arrow';
import type { ColumnInfo } from './protocol';

export function decodeRows(ipc: Uint8Array): { columns: ColumnInfo[]; rows: unknown[][] } {
  const table = tableFromIPC(ipc);
  const fields = table.schema.fields;
  const columns = fields.map((f) => ({ name: f.name, type: arrowTypeName(f.type) }));
  const vectors = fields.map((_, i) => table.getChildAt(i) as Vector);
  const rows: unknown[][] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row = new Array(fields.length);
    for (let c = 0; c < fields.length; c++) row[c] = toJsonSafe(vectors[c]!.get(r), fields[c]!.type);
    rows[r] = row;
  }
  return { columns, rows };
}

export function toJsonSafe(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case Type.Int:
    case Type.Float:
      return typeof value === 'bigint' ? bigintToSafe(value) : value;
    case Type.Decimal:
      return decimalToNumber(value, (type as unknown as { scale: number }).scale);
    case Type.Date:
      return new Date(Number(value)).toISOString().slice(0, 10);
    case Type.Timestamp: {
      const iso = new Date(Number(value)).toISOString();
      // naive timestamps (no zone) must not pretend to be UTC
      return (type as unknown as { timezone?: string | null }).timezone ? iso : iso.slice(0, -1);
    }
    case Type.Time:
      return timeOfDay(value, (type as unknown as { unit: number }).unit);
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return Array.from(value as Uint8Array, (b) => b.toString(16).padStart(2, '0')).join('');
    case Type.List:
    case Type.FixedSizeList: {
      const child = (type as unknown as { children: { type: DataType }[] }).children[0]!.type;
      return Array.from(value as Iterable<unknown>, (v) => toJsonSafe(v, child));
    }
    case Type.Struct: {
      const out: Record<string, unknown> = {};
      const children = (type as unknown as { children: { name: string; type: DataType }[] }).children;
      const row = value as Record<string, unknown>;
      for (const child of children) out[child.name] = toJsonSafe(row[child.name], child.type);
      return out;
    }
    default:
      if (typeof value === 'bigint') return bigintToSafe(value);
      if (typeof value === 'object') return String(value);
      return value;
  }
}

function bigintToSafe(v: bigint): number | string {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}

/** Arrow JS returns decimals as unscaled big numbers whose String() is the integer digits. */
function decimalToNumber(value: unknown, scale: number): number {
  const digits = String(value).replace(/"/g, '');
  return Number(digits) / 10 ** scale;
}

function timeOfDay(value: unknown, unit: number): string {
  // TimeUnit: 0 s, 1 ms, 2 us, 3 ns
  const perSecond = [1, 1e3, 1e6, 1e9][unit] ?? 1;
  const seconds = Number(value) / perSecond;
  return new Date(seconds * 1000).toISOString().slice(11, 19);
}

/** The DuckDB name of the type DuckDB would have used for this Arrow column. */
export function arrowTypeName(type: DataType): string {
  const t = type as unknown as {
    bitWidth: number; isSigned: boolean; precision: number; scale: number; timezone?: string | null;
    children: { name: string; type: DataType }[];
  };
  switch (type.typeId) {
    case Type.Int: {
      const base = ({ 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' } as Record<number, string>)[t.bitWidth];
      return t.isSigned ? (base ?? 'BIGINT') : `U${base ?? 'BIGINT'}`;
    }
    case Type.Float: return (type as unknown as { precision: number }).precision === 2 ? 'DOUBLE' : 'FLOAT';
    case Type.Decimal: return `DECIMAL(${t.precision},${t.scale})`;
    case Type.Utf8: case Type.LargeUtf8: return 'VARCHAR';
    case Type.Bool: return 'BOOLEAN';
    case Type.Date: return 'DATE';
    case Type.Timestamp: return t.timezone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
    case Type.Time: return 'TIME';
    case Type.Interval: return 'INTERVAL';
    case Type.Binary: case Type.LargeBinary: case Type.FixedSizeBinary: return 'BLOB';
    case Type.List: case Type.FixedSizeList: return `${arrowTypeName(t.children[0]!.type)}[]`;
    case Type.Struct:
      return `STRUCT(${t.children.map((c) => `${c.name} ${arrowTypeName(c.type)}`).join(', ')})`;
    default: return String(type).toUpperCase();
  }
}
