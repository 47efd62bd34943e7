// RFM per customer (DESIGN.md section 4) as one readable SELECT:
//   order_rows -> valid_orders -> as_of -> orders_before_as_of -> per_customer
//   -> [ranked] -> [sorted_values -> edge_steps] -> edges -> scored -> segmented
// Output: customer, recency, frequency, monetary, r, f, m, rfm_code, segment, segment_id.
//
// Decisions the SQL pins (and the tests check):
// - Rows with a null customer, timestamp, amount or (when bound) order id are left out, and so
//   are rows on or after the as-of instant D; compileRfmChecks counts each reason.
// - Zero and negative amounts are kept: such rows are orders like any other (they count toward
//   frequency and recency) and lower monetary. Remove returns in a clean cell if they should not.
// - monetary 'mean' = total amount / frequency: per order, or per order day with frequency 'days'.
// - An as-of date before the data gives an empty table (zero customers), not an error: the
//   checks query then reports every row as on or after the as-of date.

import type { ColumnInfo } from '../../workbook/import-options';
import { checkRfmSettings, orderColumn, type RfmProblem } from './problems';
import { edgeStepCtes, edgesCte, rankedCte, scoredCte } from './scoring-sql';
import { segmentIdExpression, segmentLabelExpression } from './segment-sql';
import { MICROSECONDS_PER_DAY, sourceCtes, withClause } from './source-sql';
import type { RfmLocale, RfmSettings } from './settings';

export interface RfmInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export type RfmCompiled = { sql: string } | { problem: RfmProblem };

/** Output columns of the RFM query, in order. */
export const RFM_OUTPUT_COLUMNS = ['customer', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm_code', 'segment', 'segment_id'] as const;

function frequencyExpression(settings: RfmSettings): string {
  if (settings.frequency === 'days') return 'count(DISTINCT CAST(ordered_at AS DATE))';
  return orderColumn(settings) === null ? 'count(*)' : 'count(DISTINCT order_id)';
}

function perCustomerCte(settings: RfmSettings): string {
  const frequency = frequencyExpression(settings);
  // fsum is a compensated sum: the total does not depend on the order DuckDB adds rows in,
  // so a customer sitting exactly on an edge scores the same on every run.
  const monetary = settings.monetary === 'sum' ? 'fsum(amount)' : `fsum(amount) / ${frequency}`;
  return [
    'per_customer AS MATERIALIZED (',
    '  SELECT',
    '    customer,',
    '    -- whole days from the last order to the as-of instant: floor((D - last) / 24 h)',
    `    CAST((epoch_us(as_of_at) - epoch_us(max(ordered_at))) // ${MICROSECONDS_PER_DAY} AS INTEGER) AS recency,`,
    `    CAST(${frequency} AS INTEGER) AS frequency,`,
    `    ${monetary} AS monetary`,
    '  FROM orders_before_as_of, as_of',
    '  GROUP BY customer, as_of_at',
    ')',
  ].join('\n');
}

function segmentedCte(settings: RfmSettings): string {
  return ['segmented AS (', '  SELECT', '    scored.*,', `    ${segmentIdExpression(settings.segments.rules)} AS segment_id`, '  FROM scored', ')'].join('\n');
}

/** The RFM table's SELECT, or the first problem with the settings. Labels are in `locale`. */
export function compileRfm(settings: RfmSettings, input: RfmInput, locale: RfmLocale = 'en'): RfmCompiled {
  const problem = checkRfmSettings(settings, input.columns);
  if (problem) return { problem };
  const ranked = rankedCte(settings);
  const ctes = [
    ...sourceCtes(settings, input.table),
    perCustomerCte(settings),
    ...(ranked === null ? [] : [ranked]),
    ...edgeStepCtes(settings),
    edgesCte(settings),
    scoredCte(settings, ranked === null ? 'per_customer' : 'ranked'),
    segmentedCte(settings),
  ];
  const select = [
    'SELECT',
    '  customer, recency, frequency, monetary, r, f, m,',
    '  concat(r, f, m) AS rfm_code,',
    `  ${segmentLabelExpression(settings.segments.rules, locale).replaceAll('\n  ', '\n')} AS segment,`,
    '  segment_id',
    'FROM segmented',
    'ORDER BY customer',
  ].join('\n');
  return { sql: `${withClause(ctes)}\n${select}` };
}
