// The query run before a chart query when the chart needs facts about its input: the number
// of rows it reads (do raw marks need sampling?) and the min/max of each binned field.

import { quoteIdent } from '../sql/quote';
import { chartWhere, type BinExtent } from './chart-input';
import { planChart } from './plan';
import type { ChartSettings } from './types';

export interface ExtentQuery {
  sql: string;
  /** Binned fields in the order of their min/max column pairs after the row count. */
  binnedFields: string[];
}

export interface ChartExtent {
  rowCount: number;
  binExtent: BinExtent;
}

/** Null when the chart query can be compiled without one (aggregated charts without bins). */
export function compileExtentQuery(settings: ChartSettings, table: string): ExtentQuery | null {
  const plan = planChart(settings);
  const binnedFields = [
    ...new Set(plan.encodings.filter((p) => p.job === 'group' && p.encoding.bin).map((p) => p.encoding.field ?? '')),
  ];
  if (plan.kind !== 'raw' && binnedFields.length === 0) return null;
  const items = [
    `CAST(count(*) AS DOUBLE) AS "rows"`,
    ...binnedFields.flatMap((field, i) => [
      `CAST(min(${quoteIdent(field)}) AS DOUBLE) AS "min_${i}"`,
      `CAST(max(${quoteIdent(field)}) AS DOUBLE) AS "max_${i}"`,
    ]),
  ];
  return { sql: `SELECT\n  ${items.join(',\n  ')}\nFROM ${quoteIdent(table)}${chartWhere(plan).replaceAll('\n  ', '\n')}`, binnedFields };
}

/** Reads the extent query's single row (columns in query order, as decodeRows returns them). */
export function readChartExtent(query: ExtentQuery, row: readonly unknown[]): ChartExtent {
  const binExtent: BinExtent = {};
  query.binnedFields.forEach((field, i) => {
    const min = row[1 + 2 * i];
    const max = row[2 + 2 * i];
    // no rows: any extent will do, the chart query returns nothing
    binExtent[field] = typeof min === 'number' && typeof max === 'number' ? { min, max } : { min: 0, max: 0 };
  });
  return { rowCount: Number(row[0] ?? 0), binExtent };
}
