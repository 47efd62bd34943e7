// The generator's PRNG against an independent implementation, and the samplers' basic statistics.

import { describe, expect, it } from 'vitest';
import { poisson, pickCumulative, cumulativeWeights, sfc32, streamFor, uniformInt } from '../../src/demo-data/random';

describe('sfc32', () => {
  it('matches the PractRand reference algorithm', () => {
    // Expected words from this Python transcription of PractRand's sfc32 (a, b, c, counter):
    //   t = (a + b + d) & M; d = (d + 1) & M; a = b ^ (b >> 9); b = (c + (c << 3)) & M
    //   c = (((c << 21) | (c >> 11)) & M) + t & M; yield t
    const words = (r: () => number, k: number) => Array.from({ length: k }, () => r() * 4294967296);
    expect(words(sfc32(1, 2, 3, 4), 5)).toEqual([7, 34, 56623200, 188882296, 3431242869]);
    expect(words(sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, 1), 5)).toEqual([3262571586, 2602127793, 3691875691, 1400833174, 2246018411]);
  });

  it('gives independent, repeatable streams per (seed, key, stream)', () => {
    const first = (seed: number, key: number, stream: number) => Array.from({ length: 4 }, streamFor(seed, key, stream));
    expect(first(7, 1, 0)).toEqual(first(7, 1, 0));
    const variants = [first(7, 1, 0), first(8, 1, 0), first(7, 2, 0), first(7, 1, 1), first(7, 2 ** 32 + 1, 0)];
    expect(new Set(variants.map((v) => v.join())).size).toBe(variants.length);
  });

  it('is uniform on [0, 1) to within sampling error', () => {
    const r = streamFor(1, 1, 0);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) bins[Math.floor(r() * 10)]!++;
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500); // ~5 standard deviations
  });
});

describe('samplers', () => {
  it('draws Poisson counts with the asked mean, for small and large means', () => {
    const r = streamFor(2, 1, 0);
    for (const mean of [0.3, 4, 80]) {
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += poisson(r, mean);
      expect(sum / 20_000).toBeCloseTo(mean, mean < 1 ? 1 : 0);
    }
    expect(poisson(r, 0)).toBe(0);
  });

  it('picks indices in proportion to their weights and never a zero weight', () => {
    const r = streamFor(3, 1, 0);
    const cum = cumulativeWeights([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pickCumulative(r, cum)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeCloseTo(3, 0);
  });

  it('draws integers over the whole closed interval', () => {
    const r = streamFor(4, 1, 0);
    const seen = new Set(Array.from({ length: 1000 }, () => uniformInt(r, 3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});
