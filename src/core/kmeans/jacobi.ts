// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: d is the number
// of features (a handful), so this is exact to rounding, short, and needs no library.

export interface SymmetricEigen {
  /** Descending. */
  values: number[];
  /** vectors[i] is the unit eigenvector of values[i]. */
  vectors: number[][];
}

/** `a` is d x d, row-major, symmetric; it is not modified. */
export function symmetricEigen(a: Float64Array, d: number): SymmetricEigen {
  const m = Float64Array.from(a);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  let scale = 0;
  for (let i = 0; i < d * d; i++) scale += m[i]! * m[i]!;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += m[p * d + q]! ** 2;
    if (off <= 1e-30 * scale) break;
    for (let p = 0; p < d; p++)
      for (let q = p + 1; q < d; q++) {
        const apq = m[p * d + q]!;
        if (apq === 0) continue;
        // Rotation angle that zeroes m[p][q] (Golub & Van Loan, Algorithm 8.4.1).
        const theta = (m[q * d + q]! - m[p * d + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(m, v, d, p, q, c, s);
      }
  }
  const order = Array.from({ length: d }, (_, i) => i).sort((i, j) => m[j * d + j]! - m[i * d + i]!);
  return {
    values: order.map((i) => m[i * d + i]!),
    vectors: order.map((i) => Array.from({ length: d }, (_, r) => v[r * d + i]!)),
  };
}

/** m <- J^T m J and v <- v J for the rotation J in the (p, q) plane. */
function rotate(m: Float64Array, v: Float64Array, d: number, p: number, q: number, c: number, s: number): void {
  for (let r = 0; r < d; r++) {
    const mrp = m[r * d + p]!, mrq = m[r * d + q]!;
    m[r * d + p] = c * mrp - s * mrq;
    m[r * d + q] = s * mrp + c * mrq;
  }
  for (let r = 0; r < d; r++) {
    const mpr = m[p * d + r]!, mqr = m[q * d + r]!;
    m[p * d + r] = c * mpr - s * mqr;
    m[q * d + r] = s * mpr + c * mqr;
  }
  for (let r = 0; r < d; r++) {
    const vrp = v[r * d + p]!, vrq = v[r * d + q]!;
    v[r * d + p] = c * vrp - s * vrq;
    v[r * d + q] = s * vrp + c * vrq;
  }
}
