// The squared distance every part of the engine uses, bit for bit the one the WebAssembly
// kernels compute (wasm/kmeans-kernels.ts): the even features' squares summed in order, plus
// the odd features' squares summed in order. The kernels hold two features per SIMD lane pair
// and add the two lanes at the end; the same grouping here keeps Lloyd, Hamerly, the inertia
// and the relocation of empty clusters in exact agreement.

export function squaredDistance(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  let even = 0, odd = 0, t = 0;
  for (; t + 1 < d; t += 2) {
    const e = a[ai + t]! - b[bi + t]!;
    const o = a[ai + t + 1]! - b[bi + t + 1]!;
    even += e * e;
    odd += o * o;
  }
  if (t < d) {
    const e = a[ai + t]! - b[bi + t]!;
    even += e * e;
  }
  return even + odd;
}

/** Row stride in kernel memory: d rounded up to even (whole lane pairs); the extra lane is zero. */
export function kernelStride(d: number): number {
  return d + (d & 1);
}

/** Copies `rows` rows of d values into `out` at stride s (the padding lanes stay as they are: zero). */
export function copyRows(data: Float64Array, rows: number, d: number, s: number, out: Float64Array): void {
  if (s === d) {
    out.set(data.subarray(0, rows * d));
    return;
  }
  for (let i = 0, from = 0, to = 0; i < rows; i++, from += d, to += s) for (let t = 0; t < d; t++) out[to + t] = data[from + t]!;
}
