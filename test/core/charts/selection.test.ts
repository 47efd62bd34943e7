// Which selection a builder chart offers, the params it adds, and brushed ends rounded outwards.
import { describe, expect, it } from 'vitest';
import { compileChartQuery } from '../../../src/core/charts/compile-query';
import { compileVegaLiteSpec } from '../../../src/core/charts/compile-spec';
import { roundInterval, selectionFor, withSelection } from '../../../src/core/charts/selection';
import type { ChartSettings } from '../../../src/core/charts/types';
import { compile } from 'vega-lite';

function offered(settings: ChartSettings) {
  const { fields } = compileChartQuery(settings, 't', { binExtent: { amount: { min: 0, max: 1000 } }, rowCount: 10 });
  const selection = selectionFor(settings, fields);
  const spec = compileVegaLiteSpec(settings, fields) as unknown as Record<string, unknown>;
  return { selection, spec: selection ? withSelection(spec, selection) : spec };
}

describe('chart selections', () => {
  it('picks categories on a bar chart and fades the others', () => {
    const { selection, spec } = offered({ mark: 'bar', encodings: { x: { field: 'country', type: 'nominal' }, y: { type: 'quantitative', aggregate: 'count' } } });
    expect(selection).toEqual({ name: 'pick', type: 'point', columns: { x: 'country' } });
    expect(spec.params).toEqual([{ name: 'pick', select: { type: 'point', fields: ['x'] } }]);
    expect((spec.encoding as Record<string, unknown>).opacity).toBeDefined();
    expect(() => compile({ ...spec, data: { values: [] } } as never)).not.toThrow();
  });

  it('brushes x on a histogram and a line, x and y on a scatter', () => {
    expect(offered({ mark: 'histogram', encodings: { x: { field: 'amount', type: 'quantitative', bin: true } } }).selection).toEqual({ name: 'brush', type: 'interval', columns: { x: 'amount' } });
    expect(offered({ mark: 'line', encodings: { x: { field: 'at', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'amount', type: 'quantitative', aggregate: 'sum' } } }).selection?.columns).toEqual({ x: 'at' });
    const scatter = offered({ mark: 'point', encodings: { x: { field: 'items', type: 'quantitative' }, y: { field: 'amount', type: 'quantitative' } } });
    expect(scatter.selection?.columns).toEqual({ x: 'items', y: 'amount' });
    expect(scatter.spec.params).toEqual([{ name: 'brush', select: { type: 'interval', encodings: ['x', 'y'] } }]);
    expect(() => compile({ ...scatter.spec, data: { values: [] } } as never)).not.toThrow();
  });

  it('offers nothing where a selection would not map back to one column', () => {
    expect(offered({ mark: 'boxplot', encodings: { x: { field: 'g', type: 'nominal' }, y: { field: 'amount', type: 'quantitative' } } }).selection).toBeNull();
    expect(offered({ mark: 'bar', encodings: { y: { type: 'quantitative', aggregate: 'count' } } }).selection).toBeNull();
  });

  it('rounds brushed ends outwards to three digits of the span', () => {
    expect(roundInterval(30.14886652381675, 82.60193858717638)).toEqual([30.1, 82.7]);
    expect(roundInterval(186.7219917012448, 809.1286307053942)).toEqual([186, 810]);
    expect(roundInterval(0.012345, 0.0199)).toEqual([0.01234, 0.0199]);
    expect(roundInterval(5, 5)).toEqual([5, 5]);
  });
});
