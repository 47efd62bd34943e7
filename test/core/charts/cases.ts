// Chart settings covering every mark and encoding feature; each is compiled to golden SQL,
// run in DuckDB against the references and compiled by Vega-Lite.

import type { ChartSettings } from '../../../src/core/charts/types';
import { AMOUNT, CUSTOMER, GRADE, ITEMS, ORDERED_AT, REGION, SIGNUP } from './dataset';

export interface ChartCase {
  name: string;
  settings: ChartSettings;
  /** Vega-Lite mark (or layer marks) and encoding channels the spec must have. */
  spec: { mark: string | string[]; channels: string[] };
}

export const CHART_CASES: ChartCase[] = [
  {
    name: 'bar-count-by-grade-sorted',
    settings: { mark: 'bar', encodings: { x: { field: GRADE, type: 'nominal', sort: '-y' }, y: { type: 'quantitative', aggregate: 'count' } } },
    spec: { mark: 'bar', channels: ['x', 'y', 'tooltip'] },
  },
  {
    name: 'bar-sum-stacked-by-region',
    settings: {
      mark: 'bar',
      encodings: {
        x: { field: GRADE, type: 'nominal', sort: '-y' },
        y: { field: AMOUNT, type: 'quantitative', aggregate: 'sum' },
        color: { field: REGION, type: 'nominal' },
      },
    },
    spec: { mark: 'bar', channels: ['x', 'y', 'color', 'tooltip'] },
  },
  {
    name: 'line-mean-by-yearmonth',
    settings: {
      mark: 'line',
      encodings: {
        x: { field: ORDERED_AT, type: 'temporal', timeUnit: 'yearmonth' },
        y: { field: AMOUNT, type: 'quantitative', aggregate: 'mean' },
        color: { field: REGION, type: 'nominal' },
      },
    },
    spec: { mark: 'line', channels: ['x', 'y', 'color', 'tooltip'] },
  },
  {
    name: 'area-max-by-week-of-date-column',
    settings: {
      mark: 'area',
      encodings: { x: { field: SIGNUP, type: 'temporal', timeUnit: 'week' }, y: { field: AMOUNT, type: 'quantitative', aggregate: 'max' } },
    },
    spec: { mark: 'area', channels: ['x', 'y', 'tooltip'] },
  },
  {
    name: 'heatmap-month-by-weekday',
    settings: {
      mark: 'rect',
      encodings: {
        x: { field: ORDERED_AT, type: 'ordinal', timeUnit: 'month' },
        y: { field: ORDERED_AT, type: 'ordinal', timeUnit: 'day' },
        color: { type: 'quantitative', aggregate: 'count' },
      },
    },
    spec: { mark: 'rect', channels: ['x', 'y', 'color', 'tooltip'] },
  },
  {
    name: 'line-median-by-quarter-and-hour',
    settings: {
      mark: 'line',
      encodings: {
        x: { field: ORDERED_AT, type: 'temporal', timeUnit: 'hour' },
        y: { field: AMOUNT, type: 'quantitative', aggregate: 'median' },
        color: { field: ORDERED_AT, type: 'ordinal', timeUnit: 'quarter' },
      },
    },
    spec: { mark: 'line', channels: ['x', 'y', 'color', 'tooltip'] },
  },
  {
    name: 'histogram-amount',
    settings: { mark: 'histogram', encodings: { x: { field: AMOUNT, type: 'quantitative' } } },
    spec: { mark: 'bar', channels: ['x', 'x2', 'y', 'tooltip'] },
  },
  {
    name: 'histogram-items-by-grade-20-bins',
    settings: {
      mark: 'histogram',
      encodings: { x: { field: ITEMS, type: 'quantitative', bin: { maxbins: 20 } }, color: { field: GRADE, type: 'nominal' } },
    },
    spec: { mark: 'bar', channels: ['x', 'x2', 'y', 'color', 'tooltip'] },
  },
  {
    name: 'heatmap-binned-amount-by-items',
    settings: {
      mark: 'rect',
      encodings: {
        x: { field: AMOUNT, type: 'quantitative', bin: true },
        y: { field: ITEMS, type: 'quantitative', bin: { maxbins: 5 } },
        color: { type: 'quantitative', aggregate: 'count' },
      },
    },
    spec: { mark: 'rect', channels: ['x', 'x2', 'y', 'y2', 'color', 'tooltip'] },
  },
  {
    name: 'bar-distinct-customers-per-region',
    settings: {
      mark: 'bar',
      encodings: { y: { field: REGION, type: 'nominal', sort: 'descending' }, x: { field: CUSTOMER, type: 'quantitative', aggregate: 'distinct' } },
    },
    spec: { mark: 'bar', channels: ['x', 'y', 'tooltip'] },
  },
  {
    name: 'point-mean-size-count-facet-region',
    settings: {
      mark: 'point',
      encodings: {
        x: { field: GRADE, type: 'nominal' },
        y: { field: AMOUNT, type: 'quantitative', aggregate: 'mean' },
        size: { type: 'quantitative', aggregate: 'count' },
        facet: { field: REGION, type: 'nominal' },
      },
    },
    spec: { mark: 'point', channels: ['x', 'y', 'size', 'facet', 'tooltip'] },
  },
  {
    name: 'arc-sum-by-region',
    settings: { mark: 'arc', encodings: { color: { field: REGION, type: 'nominal' }, y: { field: AMOUNT, type: 'quantitative', aggregate: 'sum' } } },
    spec: { mark: 'arc', channels: ['theta', 'color', 'tooltip'] },
  },
  {
    name: 'point-raw-scatter',
    settings: {
      mark: 'point',
      encodings: { x: { field: AMOUNT, type: 'quantitative' }, y: { field: ITEMS, type: 'quantitative' }, color: { field: GRADE, type: 'nominal' } },
    },
    spec: { mark: 'point', channels: ['x', 'y', 'color', 'tooltip'] },
  },
  {
    name: 'boxplot-amount-by-grade',
    settings: { mark: 'boxplot', encodings: { x: { field: GRADE, type: 'nominal', sort: '-y' }, y: { field: AMOUNT, type: 'quantitative' } } },
    spec: { mark: ['rule', 'bar', 'tick'], channels: ['x'] },
  },
  {
    name: 'boxplot-horizontal-by-region-and-grade-faceted',
    settings: {
      mark: 'boxplot',
      encodings: {
        y: { field: REGION, type: 'nominal' },
        x: { field: AMOUNT, type: 'quantitative' },
        color: { field: GRADE, type: 'nominal' },
        facet: { field: ITEMS, type: 'ordinal' },
      },
    },
    spec: { mark: ['rule', 'bar', 'tick'], channels: ['y', 'color', 'yOffset'] },
  },
];
