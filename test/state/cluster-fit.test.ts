// When a cluster cell's rerun may skip the fit (state/cluster-fit.ts): only when nothing but the
// cluster names, the id column or the scan range changed, on the same, unrebuilt and up-to-date
// input, with its labels table.
import { describe, expect, it } from 'vitest';
import { defaultKmeansSettings, type KmeansSettings } from '../../src/core/kmeans/settings';
import { canRelabel, fitKey, type FittedLabels } from '../../src/state/cluster-fit';
import { renameCluster } from '../../src/ui/cells/cluster/feature-edits';

const COLUMNS = ['customer_id', 'recency', 'frequency', 'monetary'].map((name) => ({ name, type: 'BIGINT' }));
const settings: KmeansSettings = { ...defaultKmeansSettings(COLUMNS), names: ['Loyal'] };
const fitted = (s: KmeansSettings, patch: Partial<FittedLabels> = {}): FittedLabels => ({
  table: '__segbook_labels_c1', fitKey: fitKey(s), inputId: 'c0', inputVersion: 3, ...patch,
});
const previous = fitted(settings);

describe('renaming clusters skips the fit', () => {
  it('relabels when only names changed (renamed, cleared or added)', () => {
    for (const names of [renameCluster(settings, 0, 'Big spenders').names, [], ['Loyal', '', 'New']]) {
      expect(canRelabel(previous, fitted({ ...settings, names }), true)).toBe(true);
    }
  });

  it('relabels when the id column or the scan range changed (neither changes the clusters)', () => {
    expect(canRelabel(previous, fitted({ ...settings, idColumn: null }), true)).toBe(true);
    expect(canRelabel(previous, fitted({ ...settings, scan: { kMin: 3, kMax: 9 } }), true)).toBe(true);
  });

  it('does not depend on the key order of saved settings', () => {
    const reordered = Object.fromEntries(Object.entries(settings).reverse()) as KmeansSettings;
    expect(fitKey(reordered)).toBe(fitKey(settings));
    expect(canRelabel(previous, fitted(reordered), true)).toBe(true);
  });

  it('refits when anything the fit reads changed', () => {
    const changed: KmeansSettings[] = [
      { ...settings, k: settings.k + 1 },
      { ...settings, seed: 1 },
      { ...settings, nInit: 3 },
      { ...settings, tol: 1e-3 },
      { ...settings, algorithm: 'lloyd' },
      { ...settings, missing: 'impute-mean' },
      { ...settings, features: settings.features.slice(1) },
      { ...settings, features: settings.features.map((f, i) => (i === 0 ? { ...f, log1p: true } : f)) },
    ];
    for (const s of changed) expect(canRelabel(previous, fitted(s), true), JSON.stringify(s)).toBe(false);
  });

  it('refits after the input was rebuilt or replaced, when it is not up to date, or without a previous fit', () => {
    const next = fitted({ ...settings, names: ['Other'] });
    expect(canRelabel(previous, { ...next, inputVersion: 4 }, true)).toBe(false);
    expect(canRelabel(previous, { ...next, inputId: 'c9' }, true)).toBe(false);
    expect(canRelabel(previous, next, false)).toBe(false);
    expect(canRelabel(previous, { ...next, table: '__segbook_labels_c2' }, true)).toBe(false);
    expect(canRelabel(null, next, true)).toBe(false);
    expect(canRelabel(undefined, next, true)).toBe(false);
  });
});
