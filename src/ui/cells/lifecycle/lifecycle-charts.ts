// The natural chart of a lifecycle cell: customers per state as a funnel (new -> active ->
// loyal -> at risk -> churned) with reactivated set apart, as a Vega-Lite spec over the
// summary rows, plus the pure reading of those rows that the sentence and the table share.
import type { TopLevelSpec } from 'vega-lite';
import { LIFECYCLE_STATES, type LifecycleState } from '../../../core/segments/lifecycle';
import { CHART_FORMAT } from '../../charts/chart-formats';

export interface StateRow {
  position: number;
  stateId: LifecycleState;
  state: string;
  customers: number;
  share: number;
  /** null when the cell binds no amount column. */
  revenueShare: number | null;
  /** 'funnel' for the five steps, 'apart' for reactivated, which can follow any of them. */
  group: 'funnel' | 'apart';
}

const isState = (value: unknown): value is LifecycleState => (LIFECYCLE_STATES as readonly unknown[]).includes(value);
const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : Number(value ?? fallback) || fallback);

/**
 * The summary query's rows as typed state rows in funnel order. Every state is there, with 0
 * customers when nobody is in it (the summary query already pads; this guards older rows).
 */
export function stateRows(rows: readonly Record<string, unknown>[]): StateRow[] {
  const hasRevenue = rows.some((r) => 'revenue_share' in r);
  const byId = new Map(rows.filter((r) => isState(r.state_id)).map((r) => [r.state_id as LifecycleState, r]));
  return LIFECYCLE_STATES.map((stateId, i) => {
    const row = byId.get(stateId);
    return {
      position: row ? numberOr(row.position, i + 1) : i + 1,
      stateId,
      state: row ? String(row.state) : stateId,
      customers: row ? numberOr(row.customers, 0) : 0,
      share: row ? numberOr(row.share, 0) : 0,
      revenueShare: hasRevenue ? (row ? numberOr(row.revenue_share, 0) : 0) : null,
      group: stateId === 'reactivated' ? 'apart' : 'funnel',
    };
  });
}

/** The `count` fullest states, biggest first; ties keep funnel order. Empty states are left out. */
export function biggestStates(rows: readonly StateRow[], count = 2): StateRow[] {
  return rows
    .filter((r) => r.customers > 0)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.customers - a.r.customers || a.i - b.i)
    .slice(0, count)
    .map(({ r }) => r);
}

export interface FunnelLabels {
  customers: string;
  share: string;
  revenueShare: string;
  funnel: string;
  apart: string;
}

/** Horizontal bars, one per state in funnel order, each labelled with its count and share. */
export function funnelSpec(labels: FunnelLabels, withRevenue: boolean): TopLevelSpec {
  const tooltip = [
    { field: 'state', type: 'nominal', title: null },
    { field: 'customers', type: 'quantitative', format: CHART_FORMAT.integer, title: labels.customers },
    { field: 'share', type: 'quantitative', format: CHART_FORMAT.percent, title: labels.share },
    ...(withRevenue ? [{ field: 'revenueShare', type: 'quantitative', format: CHART_FORMAT.percent, title: labels.revenueShare }] : []),
  ];
  return {
    data: { name: 'table' },
    transform: [
      { calculate: `datum.group === 'apart' ? ${JSON.stringify(labels.apart)} : ${JSON.stringify(labels.funnel)}`, as: 'part' },
      // "1,234 · 12.3%": d3 formats through Vega expressions keep the chart's locale
      { calculate: `format(datum.customers, ',.0f') + ' · ' + format(datum.share, '.1~%')`, as: 'label' },
      // room right of the longest bar for its label: an invisible mark a third further out
      { joinaggregate: [{ op: 'max', field: 'customers', as: 'fullest' }] },
      { calculate: 'max(datum.fullest * 1.35, 1)', as: 'room' },
    ],
    encoding: {
      // op min: layers union their domains, and a union keeps only min/max/count sorts (else alphabetical)
      y: { field: 'state', type: 'nominal', sort: { field: 'position', op: 'min', order: 'ascending' }, title: null, axis: { labelLimit: 180 } },
      x: { field: 'customers', type: 'quantitative', title: labels.customers, axis: { format: CHART_FORMAT.integer, tickMinStep: 1 }, scale: { nice: true } },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3 },
        encoding: {
          color: { field: 'part', type: 'nominal', title: null, sort: [labels.funnel, labels.apart], legend: { orient: 'top', labelLimit: 320 } },
          tooltip,
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { text: { field: 'label', type: 'nominal' }, tooltip },
      },
      { mark: { type: 'tick', opacity: 0 }, encoding: { x: { field: 'room', type: 'quantitative' } } },
    ],
  } as TopLevelSpec;
}
