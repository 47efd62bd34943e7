// Default settings: quantile scoring with k = 5, the R-F map, as-of the day after the latest
// order, and column bindings guessed from names and types (the user confirms them).

import type { ColumnInfo } from '../../workbook/import-options';
import { rfmPresetTable } from './presets';
import type { RfmSettings } from './settings';

const TEMPORAL = /^(DATE|DATETIME|TIMESTAMP)/i;
const NUMERIC = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/i;

const NAME_HINTS = {
  customer: /customer|cust_?id|client|member|user_?id|고객|회원/i,
  timestamp: /date|time|_at$|일시|일자|날짜|시각/i,
  amount: /amount|revenue|sales|spend|total|price|dollars|금액|매출|결제/i,
  order: /order|invoice|transaction|receipt|주문|거래|영수증/i,
};

function guess(columns: readonly ColumnInfo[], hint: RegExp, type?: RegExp, exclude: string[] = []): string | undefined {
  const candidates = columns.filter((c) => !exclude.includes(c.name) && (!type || type.test(c.type)));
  return (candidates.find((c) => hint.test(c.name)) ?? (type ? candidates[0] : undefined))?.name;
}

export function defaultRfmSettings(columns: readonly ColumnInfo[] = []): RfmSettings {
  const customer = guess(columns, NAME_HINTS.customer) ?? '';
  const timestamp = guess(columns, NAME_HINTS.timestamp, TEMPORAL) ?? '';
  const amount = guess(columns, NAME_HINTS.amount, NUMERIC, [customer]) ?? '';
  const order = guess(columns, NAME_HINTS.order, undefined, [customer, timestamp, amount]);
  return {
    asOf: null,
    columns: { customer, timestamp, amount, ...(order === undefined ? {} : { order }) },
    frequency: 'orders',
    monetary: 'sum',
    k: 5,
    scoring: { r: { method: 'quantile' }, f: { method: 'quantile' }, m: { method: 'quantile' } },
    segments: rfmPresetTable('rf-map'),
  };
}
