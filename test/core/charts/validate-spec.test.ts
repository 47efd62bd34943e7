// Hand-written specs are checked against Vega-Lite's own JSON schema, and the message names
// the place to fix and what would be accepted there.
import { describe, expect, it } from 'vitest';
import { builderToSpec } from '../../../src/core/charts/portable-spec';
import { validateVegaLite } from '../../../src/core/charts/validate-spec';
import { CHART_CASES } from './cases';

describe('Vega-Lite schema validation', () => {
  it.each(CHART_CASES)('accepts the builder spec of $name', async ({ settings }) => {
    expect(await validateVegaLite(builderToSpec(settings, 'T'))).toBeNull();
  });

  it('accepts a layered spec with transforms and a selection', async () => {
    const spec = {
      transform: [{ filter: 'datum.amount > 0' }],
      layer: [
        { mark: 'bar', params: [{ name: 'brush', select: { type: 'interval', encodings: ['x'] } }], encoding: { x: { field: 'region', type: 'nominal' }, y: { aggregate: 'sum', field: 'amount', type: 'quantitative' } } },
        { mark: { type: 'text', dy: -5 }, encoding: { x: { field: 'region', type: 'nominal' }, text: { aggregate: 'sum', field: 'amount', type: 'quantitative', format: ',.0f' } } },
      ],
    };
    expect(await validateVegaLite(spec)).toBeNull();
  });

  it('names a misspelt type and lists the valid ones', async () => {
    const problem = await validateVegaLite({ mark: 'bar', encoding: { x: { field: 'a', type: 'nominall' } } });
    expect(problem?.path).toBe('encoding.x.type');
    expect(problem?.detail).toContain('"nominal"');
  });

  it('names an unknown aggregate', async () => {
    const problem = await validateVegaLite({ mark: 'bar', encoding: { y: { field: 'a', type: 'quantitative', aggregate: 'total' } } });
    expect(problem?.path).toBe('encoding.y.aggregate');
  });

  it('names an unknown top-level property and an unknown mark', async () => {
    expect(await validateVegaLite({ mark: 'bar', colour: 'red' })).toEqual({ path: 'colour', detail: 'not a property Vega-Lite knows here' });
    expect((await validateVegaLite({ mark: 'barr' }))?.path).toBe('mark');
  });

  it('points into arrays with an index', async () => {
    const problem = await validateVegaLite({ layer: [{ mark: 'bar' }, { mark: 'line', encoding: { x: { field: 'a', type: 'time' } } }] });
    expect(problem?.path).toBe('layer[1].encoding.x.type');
  });
});
