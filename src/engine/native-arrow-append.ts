// Arrow IPC -> a native DuckDB table through the appender, one data chunk at a time: native
// DuckDB has no Arrow scan without the arrow extension, and going through JSON text took
// seconds for a million rows (this takes about 0.3 s for 1M rows of three numbers).
// Only flat columns are filled this way; a table with any other column returns false and the
// caller takes its general (slower) path.

import {
  BIGINT, BOOLEAN, DOUBLE, DuckDBDataChunk, FLOAT, INTEGER, SMALLINT, TINYINT, UBIGINT, UINTEGER, USMALLINT, UTINYINT, VARCHAR,
  DuckDBVector, type DuckDBConnection, type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';
import { Type, type DataType, type Table, type Vector } from 'apache-arrow';
import { quoteIdent } from '../core/sql/quote';

/** The DuckDB type a column is appended as (the type DuckDB-WASM's Arrow import gives it), or null. */
function appendedType(type: DataType): DuckDBType | null {
  switch (type.typeId) {
    case Type.Bool: return BOOLEAN;
    case Type.Utf8: return VARCHAR;
    case Type.Float: {
      const { precision } = type as unknown as { precision: number }; // 0 half, 1 single, 2 double
      return precision === 2 ? DOUBLE : precision === 1 ? FLOAT : null;
    }
    case Type.Int: {
      const { bitWidth, isSigned } = type as unknown as { bitWidth: 8 | 16 | 32 | 64; isSigned: boolean };
      const signed = { 8: TINYINT, 16: SMALLINT, 32: INTEGER, 64: BIGINT }[bitWidth];
      const unsigned = { 8: UTINYINT, 16: USMALLINT, 32: UINTEGER, 64: UBIGINT }[bitWidth];
      return (isSigned ? signed : unsigned) ?? null;
    }
    case Type.Dictionary: // tableFromArrays makes text columns dictionaries; DuckDB stores the values
      return appendedType((type as unknown as { dictionary: DataType }).dictionary);
    default:
      return null;
  }
}

/** Row r's value; primitive columns read from their typed array, not decoded value by value. */
function valueReader(column: Vector): (r: number) => DuckDBValue | null {
  const typed = column.type.typeId === Type.Int || column.type.typeId === Type.Float;
  const values = typed ? (column.toArray() as ArrayLike<DuckDBValue>) : null;
  const read = values ? (r: number) => values[r]! : (r: number) => column.get(r) as DuckDBValue;
  return column.nullCount > 0 ? (r) => (column.isValid(r) ? read(r) : null) : read;
}

/**
 * Creates `staging` (a fresh name) with the Arrow table's columns and appends every row.
 * Returns false, creating nothing, when a column has a type this path does not fill.
 */
export async function appendArrowTable(conn: DuckDBConnection, staging: string, table: Table): Promise<boolean> {
  const fields = table.schema.fields;
  const types = fields.map((f) => appendedType(f.type));
  if (fields.length === 0 || types.some((t) => t === null)) return false;
  const duckTypes = types as DuckDBType[];
  const columns = fields.map((f, i) => `${quoteIdent(f.name)} ${duckTypes[i]!.toString()}`);
  await conn.run(`CREATE TABLE ${quoteIdent(staging)} (${columns.join(', ')})`);
  const appender = await conn.createAppender(staging);
  const chunkRows = DuckDBVector.standardSize(); // a data chunk holds at most this many rows
  try {
    for (const batch of table.batches) {
      const readers = fields.map((_, c) => valueReader(batch.getChildAt(c)!));
      for (let start = 0; start < batch.numRows; start += chunkRows) {
        const rows = Math.min(chunkRows, batch.numRows - start);
        const chunk = DuckDBDataChunk.create(duckTypes, rows);
        readers.forEach((read, c) => {
          const target = chunk.getColumnVector(c);
          for (let i = 0; i < rows; i++) target.setItem(i, read(start + i));
          target.flush();
        });
        appender.appendDataChunk(chunk);
      }
    }
  } finally {
    appender.closeSync();
  }
  return true;
}
