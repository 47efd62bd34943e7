// Typed views of the profile queries' results, from decodeRows output ({ columns, rows }), so the
// guard and persona cards work on named numbers rather than positions.

import type { ColumnInfo } from '../../workbook/import-options';
import { indexColumn, meanColumn } from './compile-profile';
import type { ProfileSettings } from './settings';

export interface DecodedRows {
  columns: readonly ColumnInfo[];
  rows: readonly (readonly unknown[])[];
}

export interface ProfileExtra {
  column: string;
  mean: number | null;
  /** segment mean / all-customers mean * 100 */
  index: number | null;
}

export interface ProfileRow {
  isAll: boolean;
  segment: string | null;
  segmentId: string | null;
  customers: number;
  share: number | null;
  revenue: number | null;
  revenueShare: number | null;
  avgRevenue: number | null;
  aov: number | null;
  avgFrequency: number | null;
  avgRecency: number | null;
  revenueIndex: number | null;
  aovIndex: number | null;
  frequencyIndex: number | null;
  recencyIndex: number | null;
  extras: ProfileExtra[];
}

export interface TopValueRow {
  isAll: boolean;
  segment: string | null;
  segmentId: string | null;
  attribute: string;
  value: string;
  customers: number;
  share: number;
  overallShare: number;
  lift: number;
  rank: number;
}

export interface ParetoShare {
  customers: number;
  customersWithoutRevenue: number;
  revenue: number;
  topPercent: number;
  topCustomers: number;
  topRevenue: number;
  topRevenueShare: number | null;
}

export interface ParetoPoint {
  customers: number;
  customerShare: number;
  revenueShare: number | null;
}

type NamedRow = Record<string, unknown>;

function records(decoded: DecodedRows): NamedRow[] {
  return decoded.rows.map((row) => Object.fromEntries(decoded.columns.map((c, i) => [c.name, row[i]])));
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function readProfileRows(decoded: DecodedRows, settings: ProfileSettings): ProfileRow[] {
  return records(decoded).map((r) => ({
    isAll: r.is_all === true,
    segment: text(r.segment),
    segmentId: text(r.segment_id),
    customers: num(r.customers) ?? 0,
    share: num(r.share),
    revenue: num(r.revenue),
    revenueShare: num(r.revenue_share),
    avgRevenue: num(r.avg_revenue),
    aov: num(r.aov),
    avgFrequency: num(r.avg_frequency),
    avgRecency: num(r.avg_recency),
    revenueIndex: num(r.revenue_index),
    aovIndex: num(r.aov_index),
    frequencyIndex: num(r.frequency_index),
    recencyIndex: num(r.recency_index),
    extras: settings.numeric.map((column) => ({ column, mean: num(r[meanColumn(column)]), index: num(r[indexColumn(column)]) })),
  }));
}

export function readTopValueRows(decoded: DecodedRows): TopValueRow[] {
  return records(decoded).map((r) => ({
    isAll: r.is_all === true,
    segment: text(r.segment),
    segmentId: text(r.segment_id),
    attribute: String(r.attribute),
    value: String(r.value),
    customers: num(r.customers) ?? 0,
    share: num(r.share) ?? 0,
    overallShare: num(r.overall_share) ?? 0,
    lift: num(r.lift) ?? 0,
    rank: num(r.value_rank) ?? 0,
  }));
}

export function readParetoShare(decoded: DecodedRows): ParetoShare {
  const r = records(decoded)[0] ?? {};
  return {
    customers: num(r.customers) ?? 0,
    customersWithoutRevenue: num(r.customers_without_revenue) ?? 0,
    revenue: num(r.revenue) ?? 0,
    topPercent: num(r.top_percent) ?? 0,
    topCustomers: num(r.top_customers) ?? 0,
    topRevenue: num(r.top_revenue) ?? 0,
    topRevenueShare: num(r.top_revenue_share),
  };
}

export function readParetoCurve(decoded: DecodedRows): ParetoPoint[] {
  return records(decoded).map((r) => ({ customers: num(r.customers) ?? 0, customerShare: num(r.customer_share) ?? 0, revenueShare: num(r.revenue_share) }));
}
