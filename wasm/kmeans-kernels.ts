// k-means kernels in AssemblyScript, compiled to WebAssembly with 128-bit SIMD by
// `npm run build:wasm` (scripts/build-wasm.ts), which writes src/core/kmeans/wasm/kernels-bytes.ts.
// The TypeScript side (src/core/kmeans/wasm/kernels.ts) lays out the memory and calls these.
//
// Why WebAssembly: these loops are all the time a fit takes, they are memory-bound, and V8 runs
// them as scalar code with a bounds check per typed-array access. Two doubles per SIMD lane
// measured 2-4x faster than the unrolled JavaScript kernels they replace.
//
// Layout: every pointer is a byte offset into the one memory. Rows (and centres, and candidate
// rows) are stored at an even stride s = d + (d & 1), the extra lane zero, so a row is s / 2
// f64x2 pairs; per-cluster sums are at stride d. Buffers are 16-byte aligned, and the row
// buffer has 64 bytes of slack after it (a row's first four pairs are read ahead).
//
// The squared distance everywhere (here and squaredDistance in assign.ts) is the sum of the even
// lanes' squares in feature order, plus the sum of the odd lanes' squares in feature order:
// (((a0^2 + a2^2) + a4^2) + ...) + ((a1^2 + a3^2) + a5^2) + ...). A zero padding lane adds
// (0 - 0)^2 = 0, which leaves a double unchanged. Every kernel gives bit-identical distances.
//
// Nearest centre: the smallest distance; among equal distances the row's current centre, then
// the lowest index. Row moves update the sums of even rows in `sums`, odd rows in `sumsOdd`,
// in row order (see Partition in assign.ts): Lloyd and Hamerly leave identical sums.

// prettier-ignore
@inline function distance(x0: v128, x1: v128, x2: v128, x3: v128, r: usize, o: usize, pairs: i32): f64 {
  let a = f64x2.sub(x0, v128.load(o));
  let acc = f64x2.mul(a, a);
  if (pairs > 1) {
    a = f64x2.sub(x1, v128.load(o, 16)); acc = f64x2.add(acc, f64x2.mul(a, a));
    if (pairs > 2) {
      a = f64x2.sub(x2, v128.load(o, 32)); acc = f64x2.add(acc, f64x2.mul(a, a));
      if (pairs > 3) {
        a = f64x2.sub(x3, v128.load(o, 48)); acc = f64x2.add(acc, f64x2.mul(a, a));
        for (let t = 4; t < pairs; t++) {
          const off = <usize>t << 4;
          a = f64x2.sub(v128.load(r + off), v128.load(o + off)); acc = f64x2.add(acc, f64x2.mul(a, a));
        }
      }
    }
  }
  return f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
}

/** Moves row values (d features at `r`) into cluster `to`'s sums, and out of `from`'s (when >= 0). */
@inline function moveRow(r: usize, d: i32, sums: usize, counts: usize, from: i32, to: i32): void {
  let o = sums + ((<usize>to * <usize>d) << 3);
  for (let t = 0; t < d; t++) {
    const at = o + (<usize>t << 3);
    store<f64>(at, load<f64>(at) + load<f64>(r + (<usize>t << 3)));
  }
  store<f64>(counts + (<usize>to << 3), load<f64>(counts + (<usize>to << 3)) + 1);
  if (from >= 0) {
    o = sums + ((<usize>from * <usize>d) << 3);
    for (let t = 0; t < d; t++) {
      const at = o + (<usize>t << 3);
      store<f64>(at, load<f64>(at) - load<f64>(r + (<usize>t << 3)));
    }
    store<f64>(counts + (<usize>from << 3), load<f64>(counts + (<usize>from << 3)) - 1);
  }
}

/** Lloyd's assignment of rows [from, to): nearest centre, its squared distance, sums moved. Returns labels changed. */
export function assignLloyd(
  x: usize, s: i32, d: i32, c: usize, k: i32,
  labels: usize, dist2: usize, sums: usize, sumsOdd: usize, counts: usize, from: i32, to: i32,
): i32 {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  let changed = 0;
  for (let i = from; i < to; i++) {
    const r = x + <usize>i * rowBytes;
    const x0 = v128.load(r), x1 = v128.load(r, 16), x2 = v128.load(r, 32), x3 = v128.load(r, 48);
    const p = load<i32>(labels + (<usize>i << 2));
    let bestJ = p < 0 ? 0 : p;
    let best = distance(x0, x1, x2, x3, r, c + <usize>bestJ * rowBytes, pairs);
    for (let j = 0; j < k; j++) {
      const s2 = distance(x0, x1, x2, x3, r, c + <usize>j * rowBytes, pairs);
      if (s2 < best) {
        best = s2;
        bestJ = j;
      }
    }
    store<i32>(labels + (<usize>i << 2), bestJ);
    store<f64>(dist2 + (<usize>i << 3), best);
    if (bestJ != p) {
      changed++;
      moveRow(r, d, (i & 1) == 0 ? sums : sumsOdd, counts, p, bestJ);
    }
  }
  return changed;
}

/**
 * Hamerly's assignment of rows [from, to) (Hamerly 2010). Row i's upper bound on the distance to
 * its centre is upper[i] + drift[label]; its lower bound on the distance to any other centre is
 * lower[i] - lowerDrift (bounds are stored net of how far the centres moved: see hamerly.ts).
 * A row is skipped only when its bounds clear by `margin`; otherwise its upper bound is tightened
 * and, if that does not settle it, every centre is scanned. Returns labels changed.
 */
export function assignHamerly(
  x: usize, s: i32, d: i32, c: usize, k: i32,
  labels: usize, dist2: usize, sums: usize, sumsOdd: usize, counts: usize,
  upper: usize, lower: usize, drift: usize, lowerDrift: f64, halfGap: usize, margin: f64, from: i32, to: i32,
): i32 {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  let changed = 0;
  for (let i = from; i < to; i++) {
    const label = load<i32>(labels + (<usize>i << 2));
    const p = label < 0 ? 0 : label;
    const u8 = upper + (<usize>i << 3), l8 = lower + (<usize>i << 3);
    const far = max(load<f64>(halfGap + (<usize>p << 3)), load<f64>(l8) - lowerDrift);
    if (label >= 0 && load<f64>(u8) + load<f64>(drift + (<usize>p << 3)) + margin < far) continue;
    const r = x + <usize>i * rowBytes;
    const x0 = v128.load(r), x1 = v128.load(r, 16), x2 = v128.load(r, 32), x3 = v128.load(r, 48);
    let best = distance(x0, x1, x2, x3, r, c + <usize>p * rowBytes, pairs);
    if (label >= 0) {
      const u = sqrt<f64>(best);
      store<f64>(u8, u - load<f64>(drift + (<usize>p << 3)));
      if (u + margin < far) continue;
    }
    let bestJ = p;
    let second = Infinity;
    for (let j = 0; j < k; j++) {
      if (j == p) continue;
      const s2 = distance(x0, x1, x2, x3, r, c + <usize>j * rowBytes, pairs);
      if (s2 < best) {
        second = best;
        best = s2;
        bestJ = j;
      } else if (s2 < second) second = s2;
    }
    store<i32>(labels + (<usize>i << 2), bestJ);
    store<f64>(dist2 + (<usize>i << 3), best);
    store<f64>(u8, sqrt<f64>(best) - load<f64>(drift + (<usize>bestJ << 3)));
    store<f64>(l8, sqrt<f64>(second) + lowerDrift);
    if (bestJ != label) {
      changed++;
      moveRow(r, d, (i & 1) == 0 ? sums : sumsOdd, counts, label, bestJ);
    }
  }
  return changed;
}

/** After a full Lloyd pass: upper[i] = sqrt(dist2[i]) - drift[label], lower[i] = lowerDrift (a lower bound of 0). */
export function primeBounds(labels: usize, dist2: usize, upper: usize, lower: usize, drift: usize, lowerDrift: f64, n: i32): void {
  for (let i = 0; i < n; i++) {
    const label = load<i32>(labels + (<usize>i << 2));
    store<f64>(upper + (<usize>i << 3), sqrt<f64>(load<f64>(dist2 + (<usize>i << 3))) - load<f64>(drift + (<usize>label << 3)));
    store<f64>(lower + (<usize>i << 3), lowerDrift);
  }
}

/** dist2[i] = squared distance of row i to its assigned centre, for rows [from, to); returns their sum in row order. */
export function assignedDistances(x: usize, s: i32, c: usize, labels: usize, dist2: usize, from: i32, to: i32): f64 {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  let total = 0.0;
  for (let i = from; i < to; i++) {
    const r = x + <usize>i * rowBytes;
    const label = load<i32>(labels + (<usize>i << 2));
    const v = distance(v128.load(r), v128.load(r, 16), v128.load(r, 32), v128.load(r, 48), r, c + <usize>label * rowBytes, pairs);
    store<f64>(dist2 + (<usize>i << 3), v);
    total += v;
  }
  return total;
}

/**
 * Per lane (feature) over rows [0, n): out[0 .. s) the smallest value, out[s .. 2s) the largest,
 * out[2s .. 3s) the sum, each feature's values taken in row order. Returns the sum of all squared
 * values (lane-wise partial sums: for progress figures only).
 */
export function columnStats(x: usize, s: i32, n: i32, out: usize): f64 {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  const lows = out, highs = out + (<usize>s << 3), sums = highs + (<usize>s << 3);
  for (let t = 0; t < pairs; t++) {
    const o = <usize>t << 4;
    v128.store(lows + o, f64x2.splat(Infinity));
    v128.store(highs + o, f64x2.splat(-Infinity));
    v128.store(sums + o, f64x2.splat(0));
  }
  let squares = f64x2.splat(0);
  for (let i = 0; i < n; i++) {
    const r = x + <usize>i * rowBytes;
    for (let t = 0; t < pairs; t++) {
      const o = <usize>t << 4;
      const v = v128.load(r + o);
      v128.store(lows + o, f64x2.min(v128.load(lows + o), v));
      v128.store(highs + o, f64x2.max(v128.load(highs + o), v));
      v128.store(sums + o, f64x2.add(v128.load(sums + o), v));
      squares = f64x2.add(squares, f64x2.mul(v, v));
    }
  }
  return f64x2.extract_lane(squares, 0) + f64x2.extract_lane(squares, 1);
}

/** Per lane: out[t] = the sum over rows, in row order, of (x[i][t] - means[t])^2. */
export function columnDeviations(x: usize, s: i32, n: i32, means: usize, out: usize): void {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  for (let t = 0; t < pairs; t++) v128.store(out + (<usize>t << 4), f64x2.splat(0));
  for (let i = 0; i < n; i++) {
    const r = x + <usize>i * rowBytes;
    for (let t = 0; t < pairs; t++) {
      const o = <usize>t << 4;
      const dev = f64x2.sub(v128.load(r + o), v128.load(means + o));
      v128.store(out + o, f64x2.add(v128.load(out + o), f64x2.mul(dev, dev)));
    }
  }
}

/**
 * k-means++ seeding, for rows [from, to) and `count` candidate rows (stored at `cand`, stride s):
 * out[t * n + i] = min(closest[i], squared distance of row i to candidate t) (no minimum when
 * closest is 0), and totals[t] += that, in row order.
 */
export function seedDistances(x: usize, s: i32, n: i32, cand: usize, count: i32, closest: usize, out: usize, totals: usize, from: i32, to: i32): void {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  const plane = <usize>n << 3;
  for (let i = from; i < to; i++) {
    const r = x + <usize>i * rowBytes;
    const x0 = v128.load(r), x1 = v128.load(r, 16), x2 = v128.load(r, 32), x3 = v128.load(r, 48);
    const near = closest == 0 ? Infinity : load<f64>(closest + (<usize>i << 3));
    for (let t = 0; t < count; t++) {
      const d2 = distance(x0, x1, x2, x3, r, cand + <usize>t * rowBytes, pairs);
      const v = near < d2 ? near : d2;
      store<f64>(out + <usize>t * plane + (<usize>i << 3), v);
      const at = totals + (<usize>t << 3);
      store<f64>(at, load<f64>(at) + v);
    }
  }
}

/**
 * The O(n^2) part of the silhouette, for rows i in [from, to): sums[i * k + c] += distance from
 * row i to every row j > i of cluster c, and sums[j * k + label_i] += the same, each pair once.
 */
export function pairDistanceSums(x: usize, s: i32, n: i32, labels: usize, k: i32, sums: usize, from: i32, to: i32): void {
  const pairs = s >> 1;
  const rowBytes = <usize>s << 3;
  const sumRow = <usize>k << 3;
  for (let i = from; i < to; i++) {
    const r = x + <usize>i * rowBytes;
    const x0 = v128.load(r), x1 = v128.load(r, 16), x2 = v128.load(r, 32), x3 = v128.load(r, 48);
    const own = <usize>load<i32>(labels + (<usize>i << 2)) << 3;
    const at = sums + <usize>i * sumRow;
    for (let j = i + 1; j < n; j++) {
      const dist = sqrt<f64>(distance(x0, x1, x2, x3, r, x + <usize>j * rowBytes, pairs));
      const mine = at + (<usize>load<i32>(labels + (<usize>j << 2)) << 3);
      store<f64>(mine, load<f64>(mine) + dist);
      const theirs = sums + <usize>j * sumRow + own;
      store<f64>(theirs, load<f64>(theirs) + dist);
    }
  }
}
