// Seeded sample of row indices without replacement, returned in ascending order so that
// reading the sampled rows walks memory forwards.

import type { Rng } from './rng';

/** `size` distinct indices in [0, rows), or all of them when size >= rows. */
export function sampleRows(rows: number, size: number, rng: Rng): Int32Array {
  if (size >= rows) return Int32Array.from({ length: rows }, (_, i) => i);
  // Floyd's algorithm: exactly `size` draws, memory O(size) even for millions of rows.
  const chosen = new Set<number>();
  for (let j = rows - size; j < rows; j++) {
    const t = rng.int(j + 1);
    chosen.add(chosen.has(t) ? j : t);
  }
  return Int32Array.from(chosen).sort();
}
