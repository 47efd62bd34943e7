// Hamerly's rescans unrolled by feature count, like lloyd-unrolled.ts (same padding, same
// left-to-right distance, same tie rule: current centre first, then the lowest index). For each
// listed row: tighten the upper bound with the exact distance to its centre; if the bounds still
// do not settle it, scan every centre for the nearest and second nearest. A row that changes
// cluster moves its values between the sums exactly as the Lloyd kernels do.

import type { Partition } from './assign-generic';
import type { HamerlyBounds } from './hamerly';


// prettier-ignore
export function rescanW2(x: Float64Array, d: number, c: Float64Array, k: number, rows: Int32Array, count: number, part: Partition, bounds: HamerlyBounds): number {
  const { labels, dist2, counts } = part;
  const { upper, lower, halfGap, margin } = bounds;
  let changed = 0;
  for (let n = 0; n < count; n++) {
    const i = rows[n]!, r = i * d;
    const x0 = x[r]!, x1 = d === 2 ? x[r + 1]! : 0;
    const label = labels[i]!, p = label < 0 ? 0 : label;
    let o = p * 2;
    let best = (x0 - c[o]!) * (x0 - c[o]!) + (x1 - c[o + 1]!) * (x1 - c[o + 1]!);
    if (label >= 0) {
      upper[i] = Math.sqrt(best);
      if (upper[i]! + margin < Math.max(halfGap[p]!, lower[i]!)) continue;
    }
    let bestJ = p, second = Infinity;
    for (let j = 0; j < k; j++) {
      if (j === p) continue;
      o = j * 2;
      const a0 = x0 - c[o]!, a1 = x1 - c[o + 1]!;
      const s = a0 * a0 + a1 * a1;
      if (s < best) { second = best; best = s; bestJ = j; } else if (s < second) second = s;
    }
    labels[i] = bestJ; dist2[i] = best; upper[i] = Math.sqrt(best); lower[i] = Math.sqrt(second);
    if (bestJ !== label) {
      changed++;
      const sums = (i & 1) === 0 ? part.sums : part.sumsOdd;
      o = bestJ * d; sums[o]! += x0; if (d === 2) sums[o + 1]! += x1; counts[bestJ]!++;
      if (label >= 0) { o = label * d; sums[o]! -= x0; if (d === 2) sums[o + 1]! -= x1; counts[label]!--; }
    }
  }
  return changed;
}

// prettier-ignore
export function rescanW4(x: Float64Array, d: number, c: Float64Array, k: number, rows: Int32Array, count: number, part: Partition, bounds: HamerlyBounds): number {
  const { labels, dist2, counts } = part;
  const { upper, lower, halfGap, margin } = bounds;
  let changed = 0;
  for (let n = 0; n < count; n++) {
    const i = rows[n]!, r = i * d;
    const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = d === 4 ? x[r + 3]! : 0;
    const label = labels[i]!, p = label < 0 ? 0 : label;
    let o = p * 4;
    let best = (x0 - c[o]!) * (x0 - c[o]!) + (x1 - c[o + 1]!) * (x1 - c[o + 1]!) + (x2 - c[o + 2]!) * (x2 - c[o + 2]!) + (x3 - c[o + 3]!) * (x3 - c[o + 3]!);
    if (label >= 0) {
      upper[i] = Math.sqrt(best);
      if (upper[i]! + margin < Math.max(halfGap[p]!, lower[i]!)) continue;
    }
    let bestJ = p, second = Infinity;
    for (let j = 0; j < k; j++) {
      if (j === p) continue;
      o = j * 4;
      const a0 = x0 - c[o]!, a1 = x1 - c[o + 1]!, a2 = x2 - c[o + 2]!, a3 = x3 - c[o + 3]!;
      const s = a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3;
      if (s < best) { second = best; best = s; bestJ = j; } else if (s < second) second = s;
    }
    labels[i] = bestJ; dist2[i] = best; upper[i] = Math.sqrt(best); lower[i] = Math.sqrt(second);
    if (bestJ !== label) {
      changed++;
      const sums = (i & 1) === 0 ? part.sums : part.sumsOdd;
      o = bestJ * d; sums[o]! += x0; sums[o + 1]! += x1; sums[o + 2]! += x2; if (d === 4) sums[o + 3]! += x3; counts[bestJ]!++;
      if (label >= 0) { o = label * d; sums[o]! -= x0; sums[o + 1]! -= x1; sums[o + 2]! -= x2; if (d === 4) sums[o + 3]! -= x3; counts[label]!--; }
    }
  }
  return changed;
}

// prettier-ignore
export function rescanW6(x: Float64Array, d: number, c: Float64Array, k: number, rows: Int32Array, count: number, part: Partition, bounds: HamerlyBounds): number {
  const { labels, dist2, counts } = part;
  const { upper, lower, halfGap, margin } = bounds;
  let changed = 0;
  for (let n = 0; n < count; n++) {
    const i = rows[n]!, r = i * d;
    const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = x[r + 3]!, x4 = x[r + 4]!, x5 = d === 6 ? x[r + 5]! : 0;
    const label = labels[i]!, p = label < 0 ? 0 : label;
    let o = p * 6;
    let best = (x0 - c[o]!) * (x0 - c[o]!) + (x1 - c[o + 1]!) * (x1 - c[o + 1]!) + (x2 - c[o + 2]!) * (x2 - c[o + 2]!) + (x3 - c[o + 3]!) * (x3 - c[o + 3]!) + (x4 - c[o + 4]!) * (x4 - c[o + 4]!) + (x5 - c[o + 5]!) * (x5 - c[o + 5]!);
    if (label >= 0) {
      upper[i] = Math.sqrt(best);
      if (upper[i]! + margin < Math.max(halfGap[p]!, lower[i]!)) continue;
    }
    let bestJ = p, second = Infinity;
    for (let j = 0; j < k; j++) {
      if (j === p) continue;
      o = j * 6;
      const a0 = x0 - c[o]!, a1 = x1 - c[o + 1]!, a2 = x2 - c[o + 2]!, a3 = x3 - c[o + 3]!, a4 = x4 - c[o + 4]!, a5 = x5 - c[o + 5]!;
      const s = a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3 + a4 * a4 + a5 * a5;
      if (s < best) { second = best; best = s; bestJ = j; } else if (s < second) second = s;
    }
    labels[i] = bestJ; dist2[i] = best; upper[i] = Math.sqrt(best); lower[i] = Math.sqrt(second);
    if (bestJ !== label) {
      changed++;
      const sums = (i & 1) === 0 ? part.sums : part.sumsOdd;
      o = bestJ * d; sums[o]! += x0; sums[o + 1]! += x1; sums[o + 2]! += x2; sums[o + 3]! += x3; sums[o + 4]! += x4; if (d === 6) sums[o + 5]! += x5; counts[bestJ]!++;
      if (label >= 0) { o = label * d; sums[o]! -= x0; sums[o + 1]! -= x1; sums[o + 2]! -= x2; sums[o + 3]! -= x3; sums[o + 4]! -= x4; if (d === 6) sums[o + 5]! -= x5; counts[label]!--; }
    }
  }
  return changed;
}

// prettier-ignore
export function rescanW8(x: Float64Array, d: number, c: Float64Array, k: number, rows: Int32Array, count: number, part: Partition, bounds: HamerlyBounds): number {
  const { labels, dist2, counts } = part;
  const { upper, lower, halfGap, margin } = bounds;
  let changed = 0;
  for (let n = 0; n < count; n++) {
    const i = rows[n]!, r = i * d;
    const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = x[r + 3]!, x4 = x[r + 4]!, x5 = x[r + 5]!, x6 = x[r + 6]!, x7 = d === 8 ? x[r + 7]! : 0;
    const label = labels[i]!, p = label < 0 ? 0 : label;
    let o = p * 8;
    let best = (x0 - c[o]!) * (x0 - c[o]!) + (x1 - c[o + 1]!) * (x1 - c[o + 1]!) + (x2 - c[o + 2]!) * (x2 - c[o + 2]!) + (x3 - c[o + 3]!) * (x3 - c[o + 3]!) + (x4 - c[o + 4]!) * (x4 - c[o + 4]!) + (x5 - c[o + 5]!) * (x5 - c[o + 5]!) + (x6 - c[o + 6]!) * (x6 - c[o + 6]!) + (x7 - c[o + 7]!) * (x7 - c[o + 7]!);
    if (label >= 0) {
      upper[i] = Math.sqrt(best);
      if (upper[i]! + margin < Math.max(halfGap[p]!, lower[i]!)) continue;
    }
    let bestJ = p, second = Infinity;
    for (let j = 0; j < k; j++) {
      if (j === p) continue;
      o = j * 8;
      const a0 = x0 - c[o]!, a1 = x1 - c[o + 1]!, a2 = x2 - c[o + 2]!, a3 = x3 - c[o + 3]!, a4 = x4 - c[o + 4]!, a5 = x5 - c[o + 5]!, a6 = x6 - c[o + 6]!, a7 = x7 - c[o + 7]!;
      const s = a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3 + a4 * a4 + a5 * a5 + a6 * a6 + a7 * a7;
      if (s < best) { second = best; best = s; bestJ = j; } else if (s < second) second = s;
    }
    labels[i] = bestJ; dist2[i] = best; upper[i] = Math.sqrt(best); lower[i] = Math.sqrt(second);
    if (bestJ !== label) {
      changed++;
      const sums = (i & 1) === 0 ? part.sums : part.sumsOdd;
      o = bestJ * d; sums[o]! += x0; sums[o + 1]! += x1; sums[o + 2]! += x2; sums[o + 3]! += x3; sums[o + 4]! += x4; sums[o + 5]! += x5; sums[o + 6]! += x6; if (d === 8) sums[o + 7]! += x7; counts[bestJ]!++;
      if (label >= 0) { o = label * d; sums[o]! -= x0; sums[o + 1]! -= x1; sums[o + 2]! -= x2; sums[o + 3]! -= x3; sums[o + 4]! -= x4; sums[o + 5]! -= x5; sums[o + 6]! -= x6; if (d === 8) sums[o + 7]! -= x7; counts[label]!--; }
    }
  }
  return changed;
}

