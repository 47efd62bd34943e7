// Switching builder -> JSON -> builder keeps every builder setting, and a hand-written spec is
// read back with what the builder cannot hold named, not silently dropped.
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { builderToSpec, specFields, specToBuilder } from '../../../src/core/charts/portable-spec';
import { normalizeSettings } from '../../../src/core/charts/plan';
import type { ChartSettings } from '../../../src/core/charts/types';
import { CHART_CASES } from './cases';

/** Histogram settings are stored as the user left them; compare what they mean. */
const meaning = (s: ChartSettings) => JSON.parse(JSON.stringify(normalizeSettings(s))) as ChartSettings;

describe('builder settings as a Vega-Lite spec', () => {
  it.each(CHART_CASES)('$name survives builder -> JSON -> builder', ({ settings }) => {
    const spec = builderToSpec(settings, 'Title');
    const back = specToBuilder(JSON.parse(JSON.stringify(spec)));
    expect(back.lost).toEqual([]);
    expect(back.title).toBe('Title');
    expect(meaning(back.settings)).toEqual(meaning(settings));
  });

  it.each(CHART_CASES)('$name compiles in Vega-Lite over the raw fields', ({ settings }) => {
    const spec = { ...builderToSpec(settings), data: { values: [] } };
    expect(() => compile(spec as never)).not.toThrow();
  });

  it('writes the builder week and hour in Vega-Lite spelling', () => {
    const spec = builderToSpec({ mark: 'line', encodings: { x: { field: 'at', type: 'temporal', timeUnit: 'week' }, y: { field: 'at', type: 'ordinal', timeUnit: 'hour' } } });
    const encoding = spec.encoding as Record<string, { timeUnit: string }>;
    expect([encoding.x!.timeUnit, encoding.y!.timeUnit]).toEqual(['yearweek', 'hours']);
  });

  it('draws a pie value as theta', () => {
    const spec = builderToSpec({ mark: 'arc', encodings: { y: { field: 'v', type: 'quantitative', aggregate: 'sum' }, color: { field: 'g', type: 'nominal' } } });
    expect(Object.keys(spec.encoding as object)).toEqual(['y', 'color'].map((c) => (c === 'y' ? 'theta' : c)));
  });
});

describe('reading a hand-written spec', () => {
  it('names every part the builder cannot hold', () => {
    const read = specToBuilder({
      mark: { type: 'bar', color: 'red' },
      transform: [{ filter: 'datum.x > 1' }],
      encoding: { x: { field: 'region', type: 'nominal', axis: { labelAngle: 0 } }, y: { aggregate: 'sum', field: 'amount', type: 'quantitative' }, opacity: { value: 0.5 } },
    });
    expect(read.lost.sort()).toEqual(['encoding.opacity', 'encoding.x.axis', 'mark', 'transform']);
    expect(read.settings).toEqual({ mark: 'bar', encodings: { x: { field: 'region', type: 'nominal' }, y: { field: 'amount', type: 'quantitative', aggregate: 'sum' } } });
  });

  it('reads a binned x counted on y as a histogram', () => {
    const read = specToBuilder({ mark: 'bar', encoding: { x: { field: 'amount', bin: { maxbins: 30 }, type: 'quantitative' }, y: { aggregate: 'count', type: 'quantitative' } } });
    expect(read.settings.mark).toBe('histogram');
    expect(read.lost).toEqual([]);
  });

  it('does not take a mark it cannot draw', () => {
    const read = specToBuilder({ mark: 'tick', encoding: { x: { field: 'a', type: 'quantitative' } } });
    expect(read.settings.mark).toBe('bar');
    expect(read.lost).toEqual(['mark "tick"']);
  });

  it('is safe on anything JSON.parse returns', () => {
    for (const value of [null, 3, 'bar', [], { encoding: [] }, { encoding: { x: null } }, { mark: null }]) {
      expect(() => specToBuilder(value)).not.toThrow();
    }
  });

  it('lists the fields a spec reads, not inline data', () => {
    expect(specFields({ data: { values: [{ field: 'no' }] }, encoding: { x: { field: 'a' }, y: { field: 'b', sort: { field: 'c' } } }, transform: [{ filter: { field: 'd', equal: 1 } }] }).sort())
      .toEqual(['a', 'b', 'c', 'd']);
  });
});
