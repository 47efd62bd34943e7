// What the RFM query left out, so the cell can say it: one row with the as-of date used, the
// input and used row counts, the customers scored, and the rows excluded per reason. Each row
// is counted once, under the first reason in RFM_EXCLUSION_REASONS that applies, so
// input_rows = used_rows + the sum of the reason columns.

import { checkRfmSettings } from './problems';
import { missingValueReasons, sourceCtes, withClause } from './source-sql';
import type { RfmCompiled, RfmInput } from './compile-rfm';
import type { RfmSettings } from './settings';

/** Reason columns, in priority order. null_order stays 0 when no order column is bound. */
export const RFM_EXCLUSION_REASONS = ['null_customer', 'null_timestamp', 'null_amount', 'null_order', 'on_or_after_as_of'] as const;
export type RfmExclusionReason = (typeof RFM_EXCLUSION_REASONS)[number];

/** Columns: as_of DATE, input_rows, used_rows, customers, then one BIGINT per reason. */
export function compileRfmChecks(settings: RfmSettings, input: RfmInput): RfmCompiled {
  const problem = checkRfmSettings(settings, input.columns);
  if (problem) return { problem };
  const [orderRows, validOrders, asOf] = sourceCtes(settings, input.table) as [string, string, string];
  const whens = missingValueReasons(settings).map(([reason, column]) => `      WHEN ${column} IS NULL THEN '${reason}'`);
  const classified = [
    'classified AS (',
    '  SELECT',
    '    customer,',
    '    CASE',
    ...whens,
    "      WHEN ordered_at >= as_of_at THEN 'on_or_after_as_of'",
    "      ELSE 'used'",
    '    END AS reason',
    '  FROM order_rows, as_of',
    ')',
  ].join('\n');
  const select = [
    'SELECT',
    '  (SELECT CAST(as_of_at AS DATE) FROM as_of) AS as_of,',
    '  count(*) AS input_rows,',
    "  count(*) FILTER (WHERE reason = 'used') AS used_rows,",
    "  count(DISTINCT customer) FILTER (WHERE reason = 'used') AS customers,",
    RFM_EXCLUSION_REASONS.map((reason) => `  count(*) FILTER (WHERE reason = '${reason}') AS ${reason}`).join(',\n'),
    'FROM classified',
  ].join('\n');
  return { sql: `${withClause([orderRows, validOrders, asOf, classified])}\n${select}` };
}
