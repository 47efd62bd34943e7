// The Vega-Lite spec exactly as rendered: rows as the named dataset, size from the container,
// and nothing from the spec that could change how it is embedded. Pure, so it is unit-tested.
import type { TopLevelSpec } from 'vega-lite';
import { ChartFailure } from './chart-failure';

/** The dataset name chart specs read: `data: { name: 'table' }`. */
export const DATASET_NAME = 'table';

/**
 * The spec as rendered: our rows as the `table` dataset, and no `usermeta` (vega-embed reads
 * `usermeta.embedOptions` from the spec and would let it replace our loader or turn `ast` off).
 */
export function prepareSpec(spec: TopLevelSpec, rows: readonly object[], size: { width?: number; height?: number } = {}): TopLevelSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new ChartFailure('spec', 'The chart spec must be a JSON object.');
  const { usermeta: _ignored, datasets: _theirs, ...rest } = spec as TopLevelSpec & { usermeta?: unknown; datasets?: unknown };
  const prepared: Record<string, unknown> = { ...rest, data: (rest as { data?: unknown }).data ?? { name: DATASET_NAME } };
  // A fixed width in the spec (not embed's view.width) so autosize 'fit' also sizes band
  // (category) axes; facet/concat/repeat layouts size themselves per panel.
  if (!isCompositeLayout(prepared)) {
    if (size.width !== undefined && (prepared.width === undefined || prepared.width === 'container')) prepared.width = size.width;
    if (size.height !== undefined && (prepared.height === undefined || prepared.height === 'container')) prepared.height = size.height;
  }
  prepared.datasets = { [DATASET_NAME]: rows };
  return prepared as unknown as TopLevelSpec;
}

export function isCompositeLayout(spec: Record<string, unknown>): boolean {
  return ['facet', 'repeat', 'concat', 'hconcat', 'vconcat'].some((key) => key in spec)
    || (typeof spec.encoding === 'object' && spec.encoding !== null && ['facet', 'row', 'column'].some((key) => key in (spec.encoding as object)));
}
