// Pure helpers of the cluster cell's editor and view: feature list edits, cluster renames,
// z-score shading and proposed names.
import { describe, expect, it } from 'vitest';
import type { ClusterProfile } from '../../src/core/kmeans/explain';
import { defaultKmeansSettings } from '../../src/core/kmeans/settings';
import { MAX_TOLERANCE, parseWinsorise, patchFeature, renameCluster, toggleFeature, toleranceIn, wholeNumberIn, winsoriseKey } from '../../src/ui/cells/cluster/feature-edits';
import { zBackground } from '../../src/ui/cells/cluster/z-shading';
import { clusterNames, proposeClusterNames } from '../../src/workers/kmeans/cluster-names';

const COLUMNS = ['customer_id', 'recency', 'frequency', 'monetary', 'channel'].map((name) => ({ name, type: name === 'channel' ? 'VARCHAR' : 'BIGINT' }));
const base = { ...defaultKmeansSettings(), features: [], names: ['old'] };

describe('feature edits', () => {
  it('adds features in the input column order and forgets names of the old clusters', () => {
    const a = toggleFeature(base, 'monetary', true, COLUMNS);
    const b = toggleFeature(a, 'recency', true, COLUMNS);
    expect(b.features.map((f) => f.column)).toEqual(['recency', 'monetary']);
    expect(b.features[0]).toEqual({ column: 'recency', log1p: false, scale: 'standardise', winsorise: null });
    expect(a.names).toEqual([]);
    expect(toggleFeature(b, 'recency', false, COLUMNS).features.map((f) => f.column)).toEqual(['monetary']);
    expect(base.features).toEqual([]); // input not mutated
  });

  it('changes one feature only', () => {
    const s = toggleFeature(toggleFeature(base, 'recency', true, COLUMNS), 'frequency', true, COLUMNS);
    const patched = patchFeature(s, 'frequency', { log1p: true, winsorise: { lower: 1, upper: 99 } });
    expect(patched.features.map((f) => [f.column, f.log1p, winsoriseKey(f.winsorise)])).toEqual([['recency', false, ''], ['frequency', true, '1-99']]);
  });

  it('reads winsorise choices and whole numbers strictly', () => {
    expect(parseWinsorise('5-95')).toEqual({ lower: 5, upper: 95 });
    expect(parseWinsorise('')).toBeNull();
    expect(wholeNumberIn('4', 1, 50)).toBe(4);
    expect([wholeNumberIn('4.5', 1, 50), wholeNumberIn('', 1, 50), wholeNumberIn('0', 1, 50), wholeNumberIn('51', 1, 50)]).toEqual([null, null, null, null]);
  });

  it('reads a tolerance from 0 to 0.1, in decimal or exponent notation, and refuses anything else', () => {
    expect([toleranceIn('0.0001'), toleranceIn(' 1e-4 '), toleranceIn('0'), toleranceIn(String(MAX_TOLERANCE))]).toEqual([1e-4, 1e-4, 0, 0.1]);
    expect(MAX_TOLERANCE).toBe(0.1);
    for (const bad of ['', '  ', '-0.001', '0.10001', '1', 'abc', '1e-', 'Infinity', 'NaN']) expect(toleranceIn(bad), bad).toBeNull();
  });

  it('renames a cluster, padding earlier names and trimming trailing blanks', () => {
    const named = renameCluster({ ...base, names: [] }, 2, '  VIPs ');
    expect(named.names).toEqual(['', '', 'VIPs']);
    expect(renameCluster(named, 2, '').names).toEqual([]);
  });
});

describe('z shading', () => {
  it('is blue above the mean, orange below, stronger with |z| up to 2, clear at 0', () => {
    expect(zBackground(0)).toBe('transparent');
    expect(zBackground(1)).toMatch(/^hsl\(212 /);
    expect(zBackground(-1)).toMatch(/^hsl\(24 /);
    const alpha = (css: string) => Number(/\/ ([\d.]+)\)$/.exec(css)![1]);
    expect(alpha(zBackground(1))).toBeLessThan(alpha(zBackground(2)));
    expect(alpha(zBackground(2))).toBe(alpha(zBackground(5)));
  });
});

describe('proposed names', () => {
  const profile = (cluster: number, distinctive: ClusterProfile['distinctive']): ClusterProfile =>
    ({ cluster, size: 1, share: 0.25, centre: [], mean: [], z: [], distinctive }) as ClusterProfile;
  const profiles = [
    profile(0, [{ feature: 'monetary', direction: 'high', z: 1.8 }, { feature: 'frequency', direction: 'high', z: 1.1 }, { feature: 'recency', direction: 'low', z: -0.7 }]),
    profile(1, [{ feature: 'recency', direction: 'high', z: 0.3 }]),
    profile(2, [{ feature: 'recency', direction: 'high', z: 0.2 }]),
    profile(3, [{ feature: 'recency', direction: 'low', z: -0.9 }]),
  ];
  it('names the two most distinctive features, calls the rest typical, and numbers repeats', () => {
    expect(proposeClusterNames(profiles, 'en')).toEqual(['High monetary · High frequency', 'Typical', 'Typical (3)', 'Low recency']);
    expect(proposeClusterNames(profiles, 'ko')).toEqual(['monetary 높음 · frequency 높음', '평균형', '평균형 (3)', 'recency 낮음']);
  });
  it('lets edited names win', () => {
    expect(clusterNames(['a', 'b', 'c'], ['', ' VIP '])).toEqual(['a', 'VIP', 'c']);
  });
});
