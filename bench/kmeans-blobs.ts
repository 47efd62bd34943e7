// The data both k-means benchmarks fit: eight Gaussian blobs in 6 features with unequal spreads
// and sizes, on a standardised-like scale, rows shuffled by construction, seeded.
import { createRng } from '../src/core/kmeans/rng';
import type { Matrix } from '../src/core/kmeans/types';

export const D = 6;
export const K = 8;

export function generateBlobs(rows: number): Matrix {
  const rng = createRng(2024, 1);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const centres = Array.from({ length: K }, () => Array.from({ length: D }, () => normal() * 2.5));
  const spreads = Array.from({ length: K }, (_, j) => 0.6 + 0.15 * j);
  const data = new Float64Array(rows * D);
  for (let i = 0; i < rows; i++) {
    const j = Math.min(K - 1, Math.floor(rng.next() ** 1.3 * K));
    for (let t = 0; t < D; t++) data[i * D + t] = centres[j]![t]! + spreads[j]! * normal();
  }
  return { data, rows, cols: D };
}
