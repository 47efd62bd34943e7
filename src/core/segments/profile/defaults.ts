// Default settings: column bindings guessed from names and types (the RFM table's own names
// first, then English and Korean hints); the user confirms them. No compared columns yet.

import type { ColumnInfo } from '../../workbook/import-options';
import { DEFAULT_PROFILE_GUARD, type ProfileSettings } from './settings';

const NUMERIC = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/i;

const NAME_HINTS = {
  customer: /^customer$|customer|cust_?id|client|member|user_?id|고객|회원/i,
  segmentId: /^segment_id$|^cluster_id$/i,
  segment: /^segment$|segment|cluster|세그먼트|군집|그룹/i,
  revenue: /^monetary$|revenue|sales|spend|amount|total|금액|매출/i,
  orders: /^orders$|order_?count|num_?orders|주문\s?수/i,
  frequency: /^frequency$|freq|빈도|구매\s?횟수/i,
  recency: /^recency$|days_since|경과일|최근/i,
};

function guess(columns: readonly ColumnInfo[], hint: RegExp, taken: Set<string>, numeric = false): string | undefined {
  const found = columns.find((c) => !taken.has(c.name) && hint.test(c.name) && (!numeric || NUMERIC.test(c.type)))?.name;
  if (found !== undefined) taken.add(found);
  return found;
}

export function defaultProfileSettings(columns: readonly ColumnInfo[] = []): ProfileSettings {
  const taken = new Set<string>();
  // segment_id before segment, so the id column is not taken for the label.
  const segmentId = guess(columns, NAME_HINTS.segmentId, taken);
  const customer = guess(columns, NAME_HINTS.customer, taken) ?? '';
  const segment = guess(columns, NAME_HINTS.segment, taken) ?? '';
  const optional = {
    ...(segmentId === undefined ? {} : { segmentId }),
    revenue: guess(columns, NAME_HINTS.revenue, taken, true),
    orders: guess(columns, NAME_HINTS.orders, taken, true),
    frequency: guess(columns, NAME_HINTS.frequency, taken, true),
    recency: guess(columns, NAME_HINTS.recency, taken, true),
  };
  const bound = Object.fromEntries(Object.entries(optional).filter(([, name]) => name !== undefined)) as Partial<ProfileSettings['columns']>;
  return {
    columns: { customer, segment, ...bound },
    numeric: [],
    categorical: [],
    topN: 3,
    pareto: { topPercent: 20, points: 100 },
    guard: { ...DEFAULT_PROFILE_GUARD },
  };
}
