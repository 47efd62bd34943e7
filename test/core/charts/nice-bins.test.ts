// niceBins must draw the bins Vega would have drawn: compared with vega-statistics' own `bin`
// over many extents, plus the properties the chart relies on.

import { describe, expect, it } from 'vitest';
// @ts-expect-error vega-statistics ships no type declarations
import { bin as vegaBin } from 'vega-statistics';
import { niceBins } from '../../../src/core/charts/nice-bins';

function extents(): [number, number, number][] {
  let seed = 11;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const out: [number, number, number][] = [[0, 0, 10], [5, 5, 10], [-3, -3, 10], [0, 1, 10], [1, 12, 20], [-19.5, 998.25, 10], [0.001, 0.0042, 10]];
  for (let i = 0; i < 300; i++) {
    const scale = 10 ** Math.floor(next() * 10 - 4);
    const a = (next() - 0.3) * scale;
    out.push([a, a + next() * scale * 3, [5, 6, 10, 20, 50][i % 5]!]);
  }
  return out;
}

describe('niceBins', () => {
  it('agrees with Vega on step, start and stop', () => {
    for (const [min, max, maxbins] of extents()) {
      const ours = niceBins(min, max, maxbins);
      const vega = vegaBin({ extent: [min, max], maxbins }) as { start: number; stop: number; step: number };
      const where = `[${min}, ${max}] maxbins ${maxbins}`;
      expect(ours.step, where).toBeCloseTo(vega.step, 12);
      expect(ours.start / ours.step, where).toBeCloseTo(vega.start / vega.step, 6);
      expect(ours.stop / ours.step, where).toBeCloseTo(vega.stop / vega.step, 6);
    }
  });

  it('covers the extent in at most maxbins steps of 1, 2 or 5 times a power of ten', () => {
    for (const [min, max, maxbins] of extents()) {
      const { start, stop, step } = niceBins(min, max, maxbins);
      expect(start).toBeLessThanOrEqual(min);
      expect(stop).toBeGreaterThanOrEqual(max);
      expect(Math.round((stop - start) / step)).toBeLessThanOrEqual(maxbins + 1);
      const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
      expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6), `step ${step}`).toBe(true);
    }
  });

  it('rejects an extent that is not a pair of finite numbers', () => {
    expect(() => niceBins(0, Number.NaN)).toThrow();
  });
});
