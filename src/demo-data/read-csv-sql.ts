// DuckDB SQL that reads a demo-shop CSV with its exact column types (no sniffing), for converting
// the files to Parquet or loading them outside the app. Text only: the caller owns the database.

import { quoteLiteral } from '../core/sql/quote';
import { SHOP_SCHEMA, type ShopTable } from './schema';

/** A read_csv(...) table function call for `path` (plain or .gz) holding `table`. */
export function shopReadCsvSql(path: string, table: ShopTable): string {
  const columns = SHOP_SCHEMA[table].map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`).join(', ');
  return (
    `read_csv(${quoteLiteral(path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
    `columns = {${columns}}, dateformat = '%Y-%m-%d', timestampformat = '%Y-%m-%d %H:%M:%S')`
  );
}

/** COPY statement writing `table`'s CSV at `csvPath` as Parquet at `parquetPath`. */
export function shopCsvToParquetSql(csvPath: string, parquetPath: string, table: ShopTable): string {
  return `COPY (SELECT * FROM ${shopReadCsvSql(csvPath, table)}) TO ${quoteLiteral(parquetPath)} (FORMAT parquet)`;
}
