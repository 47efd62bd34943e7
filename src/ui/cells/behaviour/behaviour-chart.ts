// The natural chart of a behaviour cell: customers per value (category, channel) or per count
// (abandoned carts, views, orders), from the summary query (core/segments/behaviour/compile-summary.ts).
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FORMAT } from '../../charts/chart-formats';

export interface BucketRow {
  position: number;
  bucket: string;
  customers: number;
}

export function bucketRows(rows: readonly Record<string, unknown>[]): BucketRow[] {
  return rows.map((r) => ({ position: Number(r.position), bucket: String(r.bucket ?? ''), customers: Number(r.customers) }));
}

/** Vertical bars in the query's order, each labelled with its count. */
export function bucketSpec(labels: { bucket: string; customers: string }): TopLevelSpec {
  const tooltip = [
    { field: 'bucket', type: 'nominal', title: labels.bucket },
    { field: 'customers', type: 'quantitative', format: CHART_FORMAT.integer, title: labels.customers },
  ];
  return {
    data: { name: 'table' },
    encoding: {
      x: { field: 'bucket', type: 'nominal', sort: { field: 'position', op: 'min', order: 'ascending' }, title: labels.bucket, axis: { labelAngle: 0, labelLimit: 120 } },
      y: { field: 'customers', type: 'quantitative', title: labels.customers, axis: { format: CHART_FORMAT.integer, tickMinStep: 1 } },
    },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 3 }, encoding: { tooltip } },
      { mark: { type: 'text', dy: -6, fontSize: 11 }, encoding: { text: { field: 'customers', type: 'quantitative', format: CHART_FORMAT.integer }, tooltip } },
    ],
  } as TopLevelSpec;
}
