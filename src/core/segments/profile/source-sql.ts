// The first CTE of every profile query: the input's customer rows with the bound columns under
// fixed names, so later CTEs never see a user's column name. It is the only CTE that reads the
// input, and DuckDB resolves a name to an earlier CTE only, so any table name is safe.

import { quoteIdent } from '../../sql/quote';
import { boundColumn } from './problems';
import type { ProfileSettings } from './settings';

/** Internal name of the i-th (0-based) extra numeric column's value. */
export const numericName = (i: number): string => `numeric_${i + 1}`;
/** Internal name of the i-th (0-based) categorical column's value. */
export const categoryName = (i: number): string => `category_${i + 1}`;

function castOrNull(column: string | null, type: 'DOUBLE' | 'VARCHAR', name: string): string {
  return column === null ? `    CAST(NULL AS ${type}) AS ${name}` : `    CAST(${quoteIdent(column)} AS ${type}) AS ${name}`;
}

export interface CustomerRowsParts {
  /** revenue, orders, frequency, recency and the extra numeric columns */
  measures?: boolean;
  /** the categorical columns */
  categories?: boolean;
}

/** `customer_rows`: one row per customer with a non-null customer id. */
export function customerRowsCte(settings: ProfileSettings, table: string, parts: CustomerRowsParts): string {
  const lines = [
    `    ${quoteIdent(settings.columns.customer)} AS customer`,
    castOrNull(settings.columns.segment, 'VARCHAR', 'segment'),
    castOrNull(boundColumn(settings, 'segmentId'), 'VARCHAR', 'segment_id'),
  ];
  if (parts.measures) {
    for (const role of ['revenue', 'orders', 'frequency', 'recency'] as const) lines.push(castOrNull(boundColumn(settings, role), 'DOUBLE', role));
    settings.numeric.forEach((column, i) => lines.push(castOrNull(column, 'DOUBLE', numericName(i))));
  }
  if (parts.categories) settings.categorical.forEach((column, i) => lines.push(castOrNull(column, 'VARCHAR', categoryName(i))));
  return [
    'customer_rows AS (',
    '  SELECT',
    lines.join(',\n'),
    `  FROM ${quoteIdent(table)}`,
    `  WHERE ${quoteIdent(settings.columns.customer)} IS NOT NULL`,
    ')',
  ].join('\n');
}

/** `WITH a AS (...),\nb AS (...)`: the CTEs in order, one after another. */
export function withClause(ctes: readonly string[]): string {
  return `WITH\n${ctes.join(',\n')}`;
}
