// Choosing k: the scan's figures equal separate fits of each k, the silhouette is exact up to
// the limit and sampled (and flagged) above it, the recommendation follows its documented rule.

import { describe, expect, it } from 'vitest';
import { actionabilityNotes, recommendK, scanK } from '../../../src/core/kmeans/choose-k';
import { DEFAULT_FIT_OPTIONS, fitKmeans } from '../../../src/core/kmeans/fit';
import { silhouetteScore } from '../../../src/core/kmeans/silhouette';
import { preparedReference, reference } from './fixtures';

const { matrix } = preparedReference(reference.datasets[0]!); // 4,338 customers, log1p + standardised RFM
const options = { ...DEFAULT_FIT_OPTIONS, nInit: 3 };

describe('scanK', () => {
  const scan = scanK(matrix, { ...options, kMin: 1, kMax: 5 });
  if (!scan.ok) throw new Error(scan.problem.code);

  it('reports, per k, what a separate fit and silhouetteScore give', () => {
    expect(scan.value.rows.map((r) => r.k)).toEqual([1, 2, 3, 4, 5]);
    for (const row of scan.value.rows) {
      const fit = fitKmeans(matrix, { ...options, k: row.k });
      if (!fit.ok) throw new Error(fit.problem.code);
      expect(row.inertia).toBe(fit.value.inertia);
      expect(row.sizes).toEqual(fit.value.sizes);
      const score = row.k > 1 ? silhouetteScore(matrix, fit.value.labels, row.k) : null;
      expect(row.silhouette).toBe(score && score.ok ? score.value.score : null);
    }
    expect(scan.value.silhouetteSampled).toBe(false);
  });

  it('inertia falls as k grows; the recommendation is the best silhouette (ties to smaller k)', () => {
    const inertias = scan.value.rows.map((r) => r.inertia);
    expect(inertias).toEqual([...inertias].sort((a, b) => b - a));
    expect(scan.value.recommended).toBe(recommendK(scan.value.rows, 0.01));
  });

  it('samples the silhouette above the exact limit, says so, and stays close to the exact score', () => {
    const sampled = scanK(matrix, { ...options, kMin: 3, kMax: 3, silhouette: { exactMaxRows: 1_000 } });
    if (!sampled.ok) throw new Error(sampled.problem.code);
    expect(sampled.value.silhouetteSampled).toBe(true);
    expect(sampled.value.silhouetteRows).toBe(1_000);
    expect(sampled.value.notes).toEqual([{ code: 'kmeans.silhouetteSampled', params: { sample: 1_000, rows: matrix.rows } }]);
    const exact = scan.value.rows.find((r) => r.k === 3)!.silhouette!;
    expect(Math.abs(sampled.value.rows[0]!.silhouette! - exact)).toBeLessThan(0.03);
  });

  it('refuses an empty or reversed range, cuts one that passes the rows', () => {
    expect(scanK(matrix, { ...options, kMin: 4, kMax: 3 })).toMatchObject({ ok: false, problem: { code: 'kmeans.kInvalid' } });
    const small = { data: Float64Array.from([0, 1, 5, 6]), rows: 4, cols: 1 };
    const cut = scanK(small, { ...options, kMin: 2, kMax: 9 });
    if (!cut.ok) throw new Error(cut.problem.code);
    expect(cut.value.rows.map((r) => r.k)).toEqual([2, 3, 4]);
    expect(cut.value.rows[2]!.silhouette).toBeNull(); // one row per cluster: undefined, as sklearn
  });

  it('reports progress by stage and stops on cancel', () => {
    const stages = new Set<string>();
    scanK(matrix, { ...options, kMin: 2, kMax: 3 }, { onProgress: (p) => stages.add(p.stage) });
    expect([...stages].sort()).toEqual(['scan', 'silhouette']);
    let polls = 0;
    expect(scanK(matrix, { ...options, kMin: 2, kMax: 6 }, { isCancelled: () => ++polls > 5 })).toEqual({ ok: false, problem: { code: 'kmeans.cancelled', params: {} } });
  });
});

describe('recommendK and warnings', () => {
  it('highest silhouette; within the tie tolerance the smaller k; null without scores', () => {
    const rows = [{ k: 1, silhouette: null }, { k: 2, silhouette: 0.41 }, { k: 3, silhouette: 0.5 }, { k: 4, silhouette: 0.505 }, { k: 5, silhouette: 0.3 }];
    expect(recommendK(rows, 0.01)).toBe(3);
    expect(recommendK(rows, 0)).toBe(4);
    expect(recommendK([{ k: 1, silhouette: null }], 0.01)).toBeNull();
  });

  it('flags more than 8 clusters and clusters under 2% of rows', () => {
    expect(actionabilityNotes(9, [500, 300, 100, 50, 20, 10, 10, 5, 5], 1_000)).toEqual([
      { code: 'kmeans.manyClusters', params: { k: 9 } },
      { code: 'kmeans.smallCluster', params: { cluster: 5, share: 1 } },
      { code: 'kmeans.smallCluster', params: { cluster: 6, share: 1 } },
      { code: 'kmeans.smallCluster', params: { cluster: 7, share: 0.5 } },
      { code: 'kmeans.smallCluster', params: { cluster: 8, share: 0.5 } },
    ]);
    expect(actionabilityNotes(3, [400, 350, 250], 1_000)).toEqual([]);
  });
});
