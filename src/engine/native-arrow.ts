// Native DuckDB result -> Arrow IPC stream, so QueryResult means the same on both engines.
// Correctness over speed: values go through JS arrays. Nested types (LIST, STRUCT, MAP, ...)
// travel as their JSON text in a VARCHAR column.

import type { DuckDBResultReader } from '@duckdb/node-api';
import {
  Bool, DateDay, Float64, Int32, Int64, RecordBatch, Schema, Struct, Field, Table, TimestampMicrosecond, Utf8,
  makeData, tableToIPC, vectorFromArray, type DataType,
} from 'apache-arrow';

// DuckDBTypeId values (see @duckdb/node-api DuckDBTypeId)
const INT32 = new Set([2, 3, 4, 6, 7]); // TINYINT SMALLINT INTEGER UTINYINT USMALLINT
const INT64 = new Set([5, 8]); // BIGINT UINTEGER
const FLOAT = new Set([9, 10, 11, 16, 19, 32]); // UBIGINT FLOAT DOUBLE HUGEINT DECIMAL UHUGEINT
const TIMESTAMP = new Set([12, 20, 21, 22, 31]);

export async function readerToIpc(reader: DuckDBResultReader): Promise<Uint8Array> {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const jsColumns = reader.getColumnsJS();
  const jsonColumns = reader.getColumnsJson();
  const fields: Field[] = [];
  const children = names.map((name, i) => {
    const typeId = types[i]!.typeId as number;
    const arrowType = arrowTypeFor(typeId);
    fields.push(new Field(name, arrowType, true));
    const values = (arrowType instanceof Utf8 ? jsonColumns[i] : jsColumns[i]) ?? [];
    return vectorFromArray(values.map((v) => toArrowValue(v, arrowType)), arrowType).data[0]!;
  });
  const schema = new Schema(fields);
  const length = reader.currentRowCount;
  const data = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return tableToIPC(new Table([new RecordBatch(schema, data)]), 'stream');
}

function arrowTypeFor(typeId: number): DataType {
  if (typeId === 1) return new Bool();
  if (INT32.has(typeId)) return new Int32();
  if (INT64.has(typeId)) return new Int64();
  if (FLOAT.has(typeId)) return new Float64();
  if (typeId === 13) return new DateDay();
  if (TIMESTAMP.has(typeId)) return new TimestampMicrosecond(typeId === 31 ? 'UTC' : null);
  return new Utf8();
}

function toArrowValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (type instanceof Int64) return BigInt(value as bigint | number);
  if (type instanceof Float64 || type instanceof Int32) return Number(value);
  if (type instanceof DateDay || type instanceof TimestampMicrosecond) {
    return value instanceof Date ? value.getTime() : Number(value);
  }
  if (type instanceof Utf8) return typeof value === 'string' ? value : JSON.stringify(value);
  return value;
}
