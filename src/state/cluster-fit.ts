// When a cluster cell's rerun can skip the fit: the cluster names and the id column only change
// the join of the labels to the input, and the scan range only the scan (its own job), so the
// labels table the last fit left behind is joined again.
// Pure, so the decision is tested in Node (test/state/cluster-fit.test.ts).
import type { KmeansSettings } from '../core/kmeans/settings';
import type { CellId } from '../core/workbook/types';

/** What a fit's labels table belongs to: these settings (names aside) on this run of the input. */
export interface FittedLabels {
  /** The hidden labels table (workers/kmeans/write-cluster-table.ts labelsTableName). */
  table: string;
  fitKey: string;
  inputId: CellId;
  /** The input cell's runtime version (bumped whenever its table is rebuilt). */
  inputVersion: number;
}

/** The settings the fit reads (not names, id column or scan range), keys sorted: equal settings give equal keys, whatever their key order. */
export function fitKey(settings: KmeansSettings): string {
  const { names: _names, idColumn: _idColumn, scan: _scan, ...fit } = settings;
  return JSON.stringify(fit, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * True when `previous` labels still hold for `next`: same fit settings (see fitKey), same input
 * cell, and that input not rebuilt since (and up to date now). Anything else refits.
 */
export function canRelabel(previous: FittedLabels | null | undefined, next: FittedLabels, inputFresh: boolean): boolean {
  return (
    previous != null &&
    inputFresh &&
    previous.table === next.table &&
    previous.fitKey === next.fitKey &&
    previous.inputId === next.inputId &&
    previous.inputVersion === next.inputVersion
  );
}
