// Seeded PRNG: xoshiro128** (Blackman & Vigna 2018), state filled by splitmix32 from (seed, stream).
// Why not Math.random: saved workbooks must give the same clusters on every machine. Why not
// numpy's Mersenne Twister: matching numpy draw for draw is not needed (tests compare quality,
// not the exact seeds), and xoshiro is small, fast on 32-bit integer ops and well tested.
// `stream` gives independent sequences from one user seed (one per k in a scan, per sample).

export interface Rng {
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number, stream = 0): Rng {
  const mix = splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x632be5ab));
  let a = mix(), b = mix(), c = mix(), d = mix();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => ((nextUint32() >>> 5) * 67_108_864 + (nextUint32() >>> 6)) / 9_007_199_254_740_992;
  return { next, int: (n) => Math.floor(next() * n) };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
