// Seeded randomness for the demo-data generator.
//
// sfc32 (Chris Doty-Humphrey's "small fast counting" generator from PractRand): 128-bit state,
// passes PractRand and BigCrush, and needs only 32-bit integer ops, so it gives the same stream in
// Node and in a browser worker. Every customer gets independent streams keyed by (seed, customer
// id, stream), which is what lets the generator emit one table at a time, or a chunk of customers,
// and still produce exactly the rows a full run produces.

export type Random = () => number;

/** sfc32 over four 32-bit words; returns floats in [0, 1). */
export function sfc32(a: number, b: number, c: number, d: number): Random {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output, so nearby keys give unrelated seeds. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Independent stream for (seed, key, stream). Keys above 2^32 are folded in two halves. */
export function streamFor(seed: number, key: number, stream: number): Random {
  const base = mix32(mix32((seed >>> 0) ^ 0x9e3779b9) ^ mix32(key >>> 0) ^ mix32(Math.floor(key / 4294967296) + 0x632be5ab));
  const s = mix32(base ^ Math.imul(stream + 1, 0x27d4eb2f));
  const next = sfc32(s, mix32(s ^ 0x1b873593), mix32(s ^ 0xcc9e2d51), 1);
  // Discarding a few outputs is the warm-up the sfc32 author recommends for arbitrary seeds.
  for (let i = 0; i < 12; i++) next();
  return next;
}

export function uniformInt(r: Random, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

export function uniform(r: Random, lo: number, hi: number): number {
  return lo + r() * (hi - lo);
}

/** Standard normal by Box-Muller (one value per call: simpler, and speed is not the bottleneck). */
export function normal(r: Random): number {
  const u = 1 - r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export function exponential(r: Random, mean: number): number {
  return -Math.log(1 - r()) * mean;
}

/** Poisson count: Knuth's product method for small means, a rounded normal above 30 (error is irrelevant here). */
export function poisson(r: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(r)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = r();
  while (p > limit) {
    k++;
    p *= r();
  }
  return k;
}

/** Index drawn with probability proportional to weights[i]. */
export function pickWeighted(r: Random, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let target = r() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** Running totals of weights, for drawing many times from one distribution with pickCumulative. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const cum = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cum[i] = total += w));
  return cum;
}

/** pickWeighted over precomputed running totals: the hot paths draw millions of times. */
export function pickCumulative(r: Random, cum: Float64Array): number {
  const target = r() * cum[cum.length - 1]!;
  let i = 0;
  while (i < cum.length - 1 && cum[i]! <= target) i++;
  return i;
}

/** Index i with cumulative[i] <= target < cumulative[i + 1], searched inside [from, to). */
export function searchCumulative(cumulative: Float64Array, target: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (cumulative[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
