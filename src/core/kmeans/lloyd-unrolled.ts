// Lloyd's assignment kernels unrolled by hand for feature counts up to 8: V8 neither unrolls
// nor vectorises the inner loop, and the generic loop is about 2x slower. Each kernel takes two
// rows at a time so each centre coordinate loaded serves both, and starts from the row's current
// centre so that once labels settle the "closer centre found" branch is rarely taken (branch
// mispredictions cost more than the arithmetic here). d in {W - 1, W}: centres are padded to
// stride W with zeros and the missing lane of a row reads as 0. Same arithmetic and tie rule as
// assign-generic.ts (see the contract there, and the incremental sums). Rows are taken in pairs
// from an even index: the even row's changes go to part.sums, the odd row's to part.sumsOdd.

import { assignGeneric, type Partition } from './assign-generic';

/** d in {1, 2}; centres padded to stride 2. */
// prettier-ignore
export function assignW2(x: Float64Array, d: number, c: Float64Array, k: number, part: Partition, from: number, to: number): number {
  const { labels, dist2, sums, sumsOdd, counts } = part;
  let changed = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const r = i * d, q = r + d;
    const x0 = x[r]!, x1 = d === 2 ? x[r + 1]! : 0;
    const y0 = x[q]!, y1 = d === 2 ? x[q + 1]! : 0;
    const px = labels[i]!, py = labels[i + 1]!;
    let jx = px < 0 ? 0 : px, jy = py < 0 ? 0 : py;
    let o = jx * 2;
    let bx = ((x0 - c[o]!) * (x0 - c[o]!)) + ((x1 - c[o + 1]!) * (x1 - c[o + 1]!));
    o = jy * 2;
    let by = ((y0 - c[o]!) * (y0 - c[o]!)) + ((y1 - c[o + 1]!) * (y1 - c[o + 1]!));
    for (let j = 0; j < k; j++) {
      o = j * 2;
      const c0 = c[o]!, c1 = c[o + 1]!;
      const a0 = x0 - c0, a1 = x1 - c1;
      const b0 = y0 - c0, b1 = y1 - c1;
      const s = a0 * a0 + a1 * a1;
      const t = b0 * b0 + b1 * b1;
      if (s < bx) { bx = s; jx = j; }
      if (t < by) { by = t; jy = j; }
    }
    labels[i] = jx; dist2[i] = bx; labels[i + 1] = jy; dist2[i + 1] = by;
    if (jx !== px) {
      changed++;
      o = jx * d; sums[o]! += x0; if (d === 2) sums[o + 1]! += x1; counts[jx]!++;
      if (px >= 0) { o = px * d; sums[o]! -= x0; if (d === 2) sums[o + 1]! -= x1; counts[px]!--; }
    }
    if (jy !== py) {
      changed++;
      o = jy * d; sumsOdd[o]! += y0; if (d === 2) sumsOdd[o + 1]! += y1; counts[jy]!++;
      if (py >= 0) { o = py * d; sumsOdd[o]! -= y0; if (d === 2) sumsOdd[o + 1]! -= y1; counts[py]!--; }
    }
  }
  if (i < to) changed += assignGeneric(x, d, c, 2, k, part, i, to);
  return changed;
}

/** d in {3, 4}; centres padded to stride 4. */
// prettier-ignore
export function assignW4(x: Float64Array, d: number, c: Float64Array, k: number, part: Partition, from: number, to: number): number {
  const { labels, dist2, sums, sumsOdd, counts } = part;
  let changed = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const r = i * d, q = r + d;
    const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = d === 4 ? x[r + 3]! : 0;
    const y0 = x[q]!, y1 = x[q + 1]!, y2 = x[q + 2]!, y3 = d === 4 ? x[q + 3]! : 0;
    const px = labels[i]!, py = labels[i + 1]!;
    let jx = px < 0 ? 0 : px, jy = py < 0 ? 0 : py;
    let o = jx * 4;
    let bx = ((x0 - c[o]!) * (x0 - c[o]!)) + ((x1 - c[o + 1]!) * (x1 - c[o + 1]!)) + ((x2 - c[o + 2]!) * (x2 - c[o + 2]!)) + ((x3 - c[o + 3]!) * (x3 - c[o + 3]!));
    o = jy * 4;
    let by = ((y0 - c[o]!) * (y0 - c[o]!)) + ((y1 - c[o + 1]!) * (y1 - c[o + 1]!)) + ((y2 - c[o + 2]!) * (y2 - c[o + 2]!)) + ((y3 - c[o + 3]!) * (y3 - c[o + 3]!));
    for (let j = 0; j < k; j++) {
      o = j * 4;
      const c0 = c[o]!, c1 = c[o + 1]!, c2 = c[o + 2]!, c3 = c[o + 3]!;
      const a0 = x0 - c0, a1 = x1 - c1, a2 = x2 - c2, a3 = x3 - c3;
      const b0 = y0 - c0, b1 = y1 - c1, b2 = y2 - c2, b3 = y3 - c3;
      const s = a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3;
      const t = b0 * b0 + b1 * b1 + b2 * b2 + b3 * b3;
      if (s < bx) { bx = s; jx = j; }
      if (t < by) { by = t; jy = j; }
    }
    labels[i] = jx; dist2[i] = bx; labels[i + 1] = jy; dist2[i + 1] = by;
    if (jx !== px) {
      changed++;
      o = jx * d; sums[o]! += x0; sums[o + 1]! += x1; sums[o + 2]! += x2; if (d === 4) sums[o + 3]! += x3; counts[jx]!++;
      if (px >= 0) { o = px * d; sums[o]! -= x0; sums[o + 1]! -= x1; sums[o + 2]! -= x2; if (d === 4) sums[o + 3]! -= x3; counts[px]!--; }
    }
    if (jy !== py) {
      changed++;
      o = jy * d; sumsOdd[o]! += y0; sumsOdd[o + 1]! += y1; sumsOdd[o + 2]! += y2; if (d === 4) sumsOdd[o + 3]! += y3; counts[jy]!++;
      if (py >= 0) { o = py * d; sumsOdd[o]! -= y0; sumsOdd[o + 1]! -= y1; sumsOdd[o + 2]! -= y2; if (d === 4) sumsOdd[o + 3]! -= y3; counts[py]!--; }
    }
  }
  if (i < to) changed += assignGeneric(x, d, c, 4, k, part, i, to);
  return changed;
}

/** d in {5, 6}; centres padded to stride 6. */
// prettier-ignore
export function assignW6(x: Float64Array, d: number, c: Float64Array, k: number, part: Partition, from: number, to: number): number {
  const { labels, dist2, sums, sumsOdd, counts } = part;
  let changed = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const r = i * d, q = r + d;
    const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = x[r + 3]!, x4 = x[r + 4]!, x5 = d === 6 ? x[r + 5]! : 0;
    const y0 = x[q]!, y1 = x[q + 1]!, y2 = x[q + 2]!, y3 = x[q + 3]!, y4 = x[q + 4]!, y5 = d === 6 ? x[q + 5]! : 0;
    const px = labels[i]!, py = labels[i + 1]!;
    let jx = px < 0 ? 0 : px, jy = py < 0 ? 0 : py;
    let o = jx * 6;
    let bx = ((x0 - c[o]!) * (x0 - c[o]!)) + ((x1 - c[o + 1]!) * (x1 - c[o + 1]!)) + ((x2 - c[o + 2]!) * (x2 - c[o + 2]!)) + ((x3 - c[o + 3]!) * (x3 - c[o + 3]!)) + ((x4 - c[o + 4]!) * (x4 - c[o + 4]!)) + ((x5 - c[o + 5]!) * (x5 - c[o + 5]!));
    o = jy * 6;
    let by = ((y0 - c[o]!) * (y0 - c[o]!)) + ((y1 - c[o + 1]!) * (y1 - c[o + 1]!)) + ((y2 - c[o + 2]!) * (y2 - c[o + 2]!)) + ((y3 - c[o + 3]!) * (y3 - c[o + 3]!)) + ((y4 - c[o + 4]!) * (y4 - c[o + 4]!)) + ((y5 - c[o + 5]!) * (y5 - c[o + 5]!));
    for (let j = 0; j < k; j++) {
      o = j * 6;
      const c0 = c[o]!, c1 = c[o + 1]!, c2 = c[o + 2]!, c3 = c[o + 3]!, c4 = c[o + 4]!, c5 = c[o + 5]!;
      const a0 = x0 - c0, a1 = x1 - c1, a2 = x2 - c2, a3 = x3 - c3, a4 = x4 - c4, a5 = x5 - c5;
      const b0 = y0 - c0, b1 = y1 - c1, b2 = y2 - c2, b3 = y3 - c3, b4 = y4 - c4, b5 = y5 - c5;
      const s = a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3 + a4 * a4 + a5 * a5;
      const t = b0 * b0 + b1 * b1 + b2 * b2 + b3 * b3 + b4 * b4 + b5 * b5;
      if (s < bx) { bx = s; jx = j; }
      if (t < by) { by = t; jy = j; }
    }
    labels[i] = jx; dist2[i] = bx; labels[i + 1] = jy; dist2[i + 1] = by;
    if (jx !== px) {
      changed++;
      o = jx * d; sums[o]! += x0; sums[o + 1]! += x1; sums[o + 2]! += x2; sums[o + 3]! += x3; sums[o + 4]! += x4; if (d === 6) sums[o + 5]! += x5; counts[jx]!++;
      if (px >= 0) { o = px * d; sums[o]! -= x0; sums[o + 1]! -= x1; sums[o + 2]! -= x2; sums[o + 3]! -= x3; sums[o + 4]! -= x4; if (d === 6) sums[o + 5]! -= x5; counts[px]!--; }
    }
    if (jy !== py) {
      changed++;
      o = jy * d; sumsOdd[o]! += y0; sumsOdd[o + 1]! += y1; sumsOdd[o + 2]! += y2; sumsOdd[o + 3]! += y3; sumsOdd[o + 4]! += y4; if (d === 6) sumsOdd[o + 5]! += y5; counts[jy]!++;
      if (py >= 0) { o = py * d; sumsOdd[o]! -= y0; sumsOdd[o + 1]! -= y1; sumsOdd[o + 2]! -= y2; sumsOdd[o + 3]! -= y3; sumsOdd[o + 4]! -= y4; if (d === 6) sumsOdd[o + 5]! -= y5; counts[py]!--; }
    }
  }
  if (i < to) changed += assignGeneric(x, d, c, 6, k, part, i, to);
  return changed;
}

/** d in {7, 8}; centres padded to stride 8. */
// prettier-ignore
export function assignW8(x: Float64Array, d: number, c: Float64Array, k: number, part: Partition, from: number, to: number): number {
  const { labels, dist2, sums, sumsOdd, counts } = part;
  let changed = 0;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const r = i * d, q = r + d;
    const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = x[r + 3]!, x4 = x[r + 4]!, x5 = x[r + 5]!, x6 = x[r + 6]!, x7 = d === 8 ? x[r + 7]! : 0;
    const y0 = x[q]!, y1 = x[q + 1]!, y2 = x[q + 2]!, y3 = x[q + 3]!, y4 = x[q + 4]!, y5 = x[q + 5]!, y6 = x[q + 6]!, y7 = d === 8 ? x[q + 7]! : 0;
    const px = labels[i]!, py = labels[i + 1]!;
    let jx = px < 0 ? 0 : px, jy = py < 0 ? 0 : py;
    let o = jx * 8;
    let bx = ((x0 - c[o]!) * (x0 - c[o]!)) + ((x1 - c[o + 1]!) * (x1 - c[o + 1]!)) + ((x2 - c[o + 2]!) * (x2 - c[o + 2]!)) + ((x3 - c[o + 3]!) * (x3 - c[o + 3]!)) + ((x4 - c[o + 4]!) * (x4 - c[o + 4]!)) + ((x5 - c[o + 5]!) * (x5 - c[o + 5]!)) + ((x6 - c[o + 6]!) * (x6 - c[o + 6]!)) + ((x7 - c[o + 7]!) * (x7 - c[o + 7]!));
    o = jy * 8;
    let by = ((y0 - c[o]!) * (y0 - c[o]!)) + ((y1 - c[o + 1]!) * (y1 - c[o + 1]!)) + ((y2 - c[o + 2]!) * (y2 - c[o + 2]!)) + ((y3 - c[o + 3]!) * (y3 - c[o + 3]!)) + ((y4 - c[o + 4]!) * (y4 - c[o + 4]!)) + ((y5 - c[o + 5]!) * (y5 - c[o + 5]!)) + ((y6 - c[o + 6]!) * (y6 - c[o + 6]!)) + ((y7 - c[o + 7]!) * (y7 - c[o + 7]!));
    for (let j = 0; j < k; j++) {
      o = j * 8;
      const c0 = c[o]!, c1 = c[o + 1]!, c2 = c[o + 2]!, c3 = c[o + 3]!, c4 = c[o + 4]!, c5 = c[o + 5]!, c6 = c[o + 6]!, c7 = c[o + 7]!;
      const a0 = x0 - c0, a1 = x1 - c1, a2 = x2 - c2, a3 = x3 - c3, a4 = x4 - c4, a5 = x5 - c5, a6 = x6 - c6, a7 = x7 - c7;
      const b0 = y0 - c0, b1 = y1 - c1, b2 = y2 - c2, b3 = y3 - c3, b4 = y4 - c4, b5 = y5 - c5, b6 = y6 - c6, b7 = y7 - c7;
      const s = a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3 + a4 * a4 + a5 * a5 + a6 * a6 + a7 * a7;
      const t = b0 * b0 + b1 * b1 + b2 * b2 + b3 * b3 + b4 * b4 + b5 * b5 + b6 * b6 + b7 * b7;
      if (s < bx) { bx = s; jx = j; }
      if (t < by) { by = t; jy = j; }
    }
    labels[i] = jx; dist2[i] = bx; labels[i + 1] = jy; dist2[i + 1] = by;
    if (jx !== px) {
      changed++;
      o = jx * d; sums[o]! += x0; sums[o + 1]! += x1; sums[o + 2]! += x2; sums[o + 3]! += x3; sums[o + 4]! += x4; sums[o + 5]! += x5; sums[o + 6]! += x6; if (d === 8) sums[o + 7]! += x7; counts[jx]!++;
      if (px >= 0) { o = px * d; sums[o]! -= x0; sums[o + 1]! -= x1; sums[o + 2]! -= x2; sums[o + 3]! -= x3; sums[o + 4]! -= x4; sums[o + 5]! -= x5; sums[o + 6]! -= x6; if (d === 8) sums[o + 7]! -= x7; counts[px]!--; }
    }
    if (jy !== py) {
      changed++;
      o = jy * d; sumsOdd[o]! += y0; sumsOdd[o + 1]! += y1; sumsOdd[o + 2]! += y2; sumsOdd[o + 3]! += y3; sumsOdd[o + 4]! += y4; sumsOdd[o + 5]! += y5; sumsOdd[o + 6]! += y6; if (d === 8) sumsOdd[o + 7]! += y7; counts[jy]!++;
      if (py >= 0) { o = py * d; sumsOdd[o]! -= y0; sumsOdd[o + 1]! -= y1; sumsOdd[o + 2]! -= y2; sumsOdd[o + 3]! -= y3; sumsOdd[o + 4]! -= y4; sumsOdd[o + 5]! -= y5; sumsOdd[o + 6]! -= y6; if (d === 8) sumsOdd[o + 7]! -= y7; counts[py]!--; }
    }
  }
  if (i < to) changed += assignGeneric(x, d, c, 8, k, part, i, to);
  return changed;
}
