// The natural charts of a profile cell, as Vega-Lite specs over rows built here: a heatmap of
// each segment's index against all customers (100 = like everyone) and the Pareto curve of
// revenue by customers ranked by spend.
import type { TopLevelSpec } from 'vega-lite';
import type { ParetoPoint, ProfileRow } from '../../../core/segments/profile';
import { CHART_FORMAT } from '../../charts/chart-formats';

export interface IndexLabels {
  revenue: string;
  aov: string;
  frequency: string;
  recency: string;
}

export interface IndexCell {
  segment: string;
  metric: string;
  index: number;
  /** log2(index / 100) clamped to ±2, sign flipped where lower is better: > 0 reads "better than all customers". */
  tone: number;
}

const TONE_LIMIT = 2;

/** Doubling the index is one step of colour; 0 and negative (refund-heavy) indices sit at the end. */
export function indexTone(index: number, lowerIsBetter: boolean): number {
  const raw = index > 0 ? Math.log2(index / 100) : -TONE_LIMIT;
  const clamped = Math.max(-TONE_LIMIT, Math.min(TONE_LIMIT, raw));
  return lowerIsBetter ? -clamped : clamped;
}

/**
 * One cell per segment (with customers) and compared measure whose index is known. Recency is
 * days since the last order, so a lower index is the better one.
 */
export function indexCells(segments: readonly ProfileRow[], labels: IndexLabels, noSegment: string): IndexCell[] {
  const cells: IndexCell[] = [];
  for (const row of segments) {
    if (row.isAll || row.customers === 0) continue;
    const measures: [string, number | null, boolean][] = [
      [labels.revenue, row.revenueIndex, false],
      [labels.aov, row.aovIndex, false],
      [labels.frequency, row.frequencyIndex, false],
      [labels.recency, row.recencyIndex, true],
      ...row.extras.map((e): [string, number | null, boolean] => [e.column, e.index, false]),
    ];
    for (const [metric, index, lowerIsBetter] of measures) {
      if (index === null || !Number.isFinite(index)) continue;
      cells.push({ segment: row.segment ?? noSegment, metric, index, tone: indexTone(index, lowerIsBetter) });
    }
  }
  return cells;
}

export function indexHeatmapSpec(metrics: readonly string[], indexLabel: string): TopLevelSpec {
  return {
    data: { name: 'table' },
    encoding: {
      x: { field: 'metric', type: 'nominal', sort: [...metrics], title: null, axis: { orient: 'top', labelAngle: 0, labelLimit: 120, labelOverlap: false } },
      y: { field: 'segment', type: 'nominal', sort: null, title: null, axis: { labelLimit: 180 } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          // reversed blue-orange: blue reads better than all customers, orange worse
          color: { field: 'tone', type: 'quantitative', scale: { domain: [-TONE_LIMIT, TONE_LIMIT], scheme: 'blueorange', reverse: true }, legend: null },
          tooltip: [
            { field: 'segment', type: 'nominal' },
            { field: 'metric', type: 'nominal' },
            { field: 'index', type: 'quantitative', format: CHART_FORMAT.integer, title: indexLabel },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'index', type: 'quantitative', format: CHART_FORMAT.integer },
          color: { condition: { test: `abs(datum.tone) > ${TONE_LIMIT * 0.6}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  } as TopLevelSpec;
}

export interface ParetoChartRow {
  customerShare: number;
  revenueShare: number;
}

/** The curve from (0, 0), points without a revenue share left out. */
export function paretoRows(curve: readonly ParetoPoint[]): ParetoChartRow[] {
  const points = curve
    .filter((p): p is ParetoPoint & { revenueShare: number } => p.revenueShare !== null)
    .map((p) => ({ customerShare: p.customerShare, revenueShare: p.revenueShare }));
  return points.length > 0 && points[0]!.customerShare > 0 ? [{ customerShare: 0, revenueShare: 0 }, ...points] : points;
}

export function paretoSpec(labels: { customers: string; revenue: string }, top: { percent: number; share: number | null }): TopLevelSpec {
  const axis = { format: CHART_FORMAT.percent, tickCount: 5 };
  const x = { field: 'customerShare', type: 'quantitative', title: labels.customers, axis, scale: { domain: [0, 1] } };
  const layers: object[] = [
    // everyone spending alike would give the diagonal
    { mark: { type: 'line', strokeDash: [4, 4], opacity: 0.5, color: 'gray' }, encoding: { x, y: { field: 'customerShare', type: 'quantitative' } } },
    {
      mark: { type: 'line', strokeWidth: 2.5, interpolate: 'monotone' },
      encoding: {
        x,
        y: { field: 'revenueShare', type: 'quantitative', title: labels.revenue, axis, scale: { domain: [0, 1] } },
        tooltip: [
          { field: 'customerShare', type: 'quantitative', format: CHART_FORMAT.percent, title: labels.customers },
          { field: 'revenueShare', type: 'quantitative', format: CHART_FORMAT.percent, title: labels.revenue },
        ],
      },
    },
    // one mark, not one per curve point: a single-row dataset of its own
    { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [2, 3], color: 'gray' }, encoding: { x: { datum: top.percent / 100, type: 'quantitative' } } },
  ];
  if (top.share !== null) {
    layers.push({ data: { values: [{}] }, mark: { type: 'point', filled: true, size: 70 }, encoding: { x: { datum: top.percent / 100, type: 'quantitative' }, y: { datum: top.share, type: 'quantitative' } } });
  }
  return { data: { name: 'table' }, layer: layers } as TopLevelSpec;
}
