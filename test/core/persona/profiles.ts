// Hand-made profile rows: an all-customers row and segments described by their raw averages;
// the indices are derived from the averages as the profile query derives them.

import type { ProfileRow } from '../../../src/core/segments/profile';

export interface Averages {
  segment: string | null;
  segmentId?: string | null;
  customers: number;
  revenue?: number | null;
  aov?: number | null;
  frequency?: number | null;
  recency?: number | null;
  response?: number | null;
}

export const ALL = { customers: 10_000, revenue: 1e9, aov: 40_000, frequency: 2.5, recency: 80 } as const;

const index = (value: number | null | undefined, overall: number) => (value === null || value === undefined ? null : (value / overall) * 100);

export function allRow(response: number | null = null): ProfileRow {
  return {
    isAll: true, segment: 'All customers', segmentId: null, customers: ALL.customers, share: 1, revenue: ALL.revenue, revenueShare: 1,
    avgRevenue: ALL.revenue / ALL.customers, aov: ALL.aov, avgFrequency: ALL.frequency, avgRecency: ALL.recency,
    revenueIndex: 100, aovIndex: 100, frequencyIndex: 100, recencyIndex: 100,
    extras: response === null ? [] : [{ column: 'responded', mean: response, index: 100 }],
  };
}

export function segmentRow(a: Averages): ProfileRow {
  const avgRevenue = a.revenue === null || a.revenue === undefined ? null : a.revenue / a.customers;
  return {
    isAll: false,
    segment: a.segment,
    segmentId: a.segmentId ?? null,
    customers: a.customers,
    share: a.customers / ALL.customers,
    revenue: a.revenue ?? null,
    revenueShare: a.revenue === null || a.revenue === undefined ? null : a.revenue / ALL.revenue,
    avgRevenue,
    aov: a.aov ?? null,
    avgFrequency: a.frequency ?? null,
    avgRecency: a.recency ?? null,
    revenueIndex: index(avgRevenue, ALL.revenue / ALL.customers),
    aovIndex: index(a.aov, ALL.aov),
    frequencyIndex: index(a.frequency, ALL.frequency),
    recencyIndex: index(a.recency, ALL.recency),
    extras: a.response === undefined ? [] : [{ column: 'responded', mean: a.response, index: index(a.response, 0.2) }],
  };
}
