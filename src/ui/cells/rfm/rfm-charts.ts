// The natural charts of an RFM cell, as Vega-Lite specs over its summary rows: segment shares
// of customers beside shares of revenue, and the R x F grid as a heatmap.
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FORMAT } from '../../charts/chart-formats';

export function segmentShareSpec(labels: { customers: string; revenue: string }): TopLevelSpec {
  return {
    data: { name: 'table' },
    transform: [
      { fold: ['customer_share', 'revenue_share'], as: ['measure', 'share'] },
      { calculate: `datum.measure === 'customer_share' ? ${JSON.stringify(labels.customers)} : ${JSON.stringify(labels.revenue)}`, as: 'of' },
    ],
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'segment', type: 'nominal', sort: null, title: null },
      yOffset: { field: 'of', type: 'nominal', sort: [labels.customers, labels.revenue] },
      x: { field: 'share', type: 'quantitative', title: null, axis: { format: CHART_FORMAT.percent } },
      color: { field: 'of', type: 'nominal', title: null, sort: [labels.customers, labels.revenue], legend: { orient: 'top' } },
      tooltip: [
        { field: 'segment', type: 'nominal' },
        { field: 'of', type: 'nominal' },
        { field: 'share', type: 'quantitative', format: CHART_FORMAT.percent },
        { field: 'customers', type: 'quantitative', format: CHART_FORMAT.integer },
      ],
    },
  } as TopLevelSpec;
}

export function gridSpec(customersLabel: string): TopLevelSpec {
  return {
    data: { name: 'table' },
    // label colour flips on dark cells: compare with the fullest cell
    transform: [{ joinaggregate: [{ op: 'max', field: 'customers', as: 'fullest' }] }],
    encoding: {
      x: { field: 'f', type: 'ordinal', title: 'F' },
      y: { field: 'r', type: 'ordinal', title: 'R', sort: 'descending' },
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: { field: 'customers', type: 'quantitative', title: customersLabel, scale: { type: 'sqrt' } },
          tooltip: [
            { field: 'r', type: 'ordinal', title: 'R' },
            { field: 'f', type: 'ordinal', title: 'F' },
            { field: 'customers', type: 'quantitative', format: CHART_FORMAT.integer, title: customersLabel },
            { field: 'avg_monetary', type: 'quantitative', format: CHART_FORMAT.number },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'customers', type: 'quantitative', format: CHART_FORMAT.integer },
          color: { condition: { test: 'datum.customers > datum.fullest * 0.55', value: 'white' }, value: 'black' },
        },
      },
    ],
  } as TopLevelSpec;
}
