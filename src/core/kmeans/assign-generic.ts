// The squared distance every part of the engine uses, and the generic (any d) assignment loop.
//
// Exactness contract, relied on by Hamerly == Lloyd: the squared distance is always the
// left-to-right sum over features of (x_t - c_t)^2 (what `squaredDistance` computes); unrolled
// kernels add padded lanes (0 - 0)^2 = 0, which leaves a double unchanged. Nearest centre: the
// smallest distance; among equal distances the row's current centre, then the lowest index.

export interface Partition {
  labels: Int32Array;
  /** Squared distance of each row to the centre it was assigned to. */
  dist2: Float64Array;
  /**
   * k x d sums of each cluster's even-numbered rows (sums) and odd-numbered rows (sumsOdd); a
   * centre is (sums + sumsOdd) / count. Kept up to date incrementally: a row that changes
   * cluster is added to the new one and subtracted from the old, in row order, by Lloyd and
   * Hamerly alike, so both hold the same sums bit for bit and Hamerly needs no pass over the
   * rows it skips. Two sums instead of one halve the chains of dependent additions.
   */
  sums: Float64Array;
  sumsOdd: Float64Array;
  counts: Float64Array;
}

/** Left-to-right sum of squared differences of a[ai..ai+d) and b[bi..bi+d). */
export function squaredDistance(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const diff = a[ai + t]! - b[bi + t]!;
    s += diff * diff;
  }
  return s;
}

/** Assigns rows [from, to) with centres at `stride`; fuses sums and counts; returns labels changed. */
export function assignGeneric(x: Float64Array, d: number, c: Float64Array, stride: number, k: number, part: Partition, from: number, to: number): number {
  const { labels, dist2, counts } = part;
  let changed = 0;
  for (let i = from, r = from * d; i < to; i++, r += d) {
    const p = labels[i]!;
    let best = p < 0 ? 0 : p;
    let bestD = squaredDistance(x, r, c, best * stride, d);
    for (let j = 0, o = 0; j < k; j++, o += stride) {
      let s = 0;
      let t = 0;
      // Unrolled by four; still one left-to-right sum, as squaredDistance.
      for (; t + 3 < d; t += 4) {
        const a0 = x[r + t]! - c[o + t]!, a1 = x[r + t + 1]! - c[o + t + 1]!;
        const a2 = x[r + t + 2]! - c[o + t + 2]!, a3 = x[r + t + 3]! - c[o + t + 3]!;
        s = s + a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3;
      }
      for (; t < d; t++) {
        const diff = x[r + t]! - c[o + t]!;
        s += diff * diff;
      }
      if (s < bestD) {
        bestD = s;
        best = j;
      }
    }
    labels[i] = best;
    dist2[i] = bestD;
    if (best !== p) {
      changed++;
      moveRow(x, r, d, part, i, p, best);
    }
  }
  return changed;
}

/** Row i (values at x[r..r+d)) leaves cluster `from` (-1: none yet) for cluster `to`. */
export function moveRow(x: Float64Array, r: number, d: number, part: Partition, i: number, from: number, to: number): void {
  const sums = (i & 1) === 0 ? part.sums : part.sumsOdd;
  for (let t = 0, o = to * d; t < d; t++) sums[o + t]! += x[r + t]!;
  part.counts[to]!++;
  if (from < 0) return;
  for (let t = 0, o = from * d; t < d; t++) sums[o + t]! -= x[r + t]!;
  part.counts[from]!--;
}
