// The builder's defaults: what a field means on a channel, and what survives a type or mark change.
import { describe, expect, it } from 'vitest';
import { chartSettingsProblem } from '../../src/core/charts/plan';
import type { ChartSettings } from '../../src/core/charts/types';
import { COUNT_FIELD, fieldTypeOf, setEncoding, setField, setMark } from '../../src/ui/cells/chart/builder-edits';

const COLUMNS = [
  { name: 'region', type: 'VARCHAR' },
  { name: 'amount', type: 'DECIMAL(12,2)' },
  { name: 'items', type: 'BIGINT' },
  { name: 'ordered_at', type: 'TIMESTAMP' },
  { name: 'signup', type: 'DATE' },
  { name: 'vip', type: 'BOOLEAN' },
];
const EMPTY: ChartSettings = { mark: 'bar', encodings: {} };

describe('chart builder edits', () => {
  it('reads DuckDB types as Vega-Lite field types', () => {
    expect(COLUMNS.map((c) => fieldTypeOf(c))).toEqual(['nominal', 'quantitative', 'quantitative', 'temporal', 'temporal', 'nominal']);
  });

  it('sums a number on y of a bar chart and goes by month on a time x', () => {
    const chart = setField(setField(EMPTY, 'x', 'ordered_at', COLUMNS), 'y', 'amount', COLUMNS);
    expect(chart.encodings).toEqual({ x: { field: 'ordered_at', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'amount', type: 'quantitative', aggregate: 'sum' } });
    expect(chartSettingsProblem(chart)).toBeNull();
  });

  it('keeps raw values on a scatter', () => {
    const chart = setField(setField({ mark: 'point', encodings: {} }, 'x', 'items', COLUMNS), 'y', 'amount', COLUMNS);
    expect(chart.encodings.y).toEqual({ field: 'amount', type: 'quantitative' });
  });

  it('counts rows, and clears a channel', () => {
    const counted = setField(setField(EMPTY, 'x', 'region', COLUMNS), 'y', COUNT_FIELD, COLUMNS);
    expect(counted.encodings.y).toEqual({ type: 'quantitative', aggregate: 'count' });
    expect(setField(counted, 'y', null, COLUMNS).encodings).toEqual({ x: { field: 'region', type: 'nominal' } });
  });

  it('drops options that no longer fit a new type', () => {
    const binned = setEncoding(setField(EMPTY, 'x', 'amount', COLUMNS), 'x', { bin: true });
    expect(binned.encodings.x).toEqual({ field: 'amount', type: 'quantitative', bin: true });
    expect(setEncoding(binned, 'x', { type: 'nominal' }).encodings.x).toEqual({ field: 'amount', type: 'nominal' });
    const timed = setField({ mark: 'line', encodings: {} }, 'x', 'signup', COLUMNS);
    expect(setEncoding(timed, 'x', { type: 'nominal' }).encodings.x).toEqual({ field: 'signup', type: 'nominal' });
  });

  it('bins x when the mark becomes a histogram, so the chart stays valid', () => {
    const chart = setMark(setField(EMPTY, 'x', 'amount', COLUMNS), 'histogram');
    expect(chart.encodings.x?.bin).toBe(true);
    expect(chartSettingsProblem(chart)).toBeNull();
  });
});
