// The one query that reads a cluster cell's features out of DuckDB: the input's rowid (to join
// the labels back) and each feature cast to DOUBLE, in rowid order, so row i of the result is
// row i of every feature array.
import { quoteIdent } from '../../core/sql/quote';

export const ROW_ID = '__segbook_row';

/** Result column name of feature j (input names may clash with ROW_ID or be odd). */
export const featureAlias = (j: number): string => `f${j}`;

export function featureQuery(table: string, columns: string[]): string {
  const features = columns.map((column, j) => `CAST(${quoteIdent(column)} AS DOUBLE) AS ${featureAlias(j)}`);
  return `SELECT CAST(rowid AS DOUBLE) AS ${ROW_ID}${features.map((f) => `, ${f}`).join('')} FROM ${quoteIdent(table)} ORDER BY rowid`;
}
