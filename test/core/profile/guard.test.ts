// Over-segmentation guard over hand-made profile rows: too many segments, small and empty ones,
// the suggestion that comes with each, and the thresholds the user can change.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE_GUARD, segmentationWarnings, type ProfileRow } from '../../../src/core/segments/profile';

function row(segment: string | null, customers: number, total: number, indices: Partial<ProfileRow> = {}): ProfileRow {
  return {
    isAll: false, segment, segmentId: segment && segment.toLowerCase(), customers, share: total === 0 ? null : customers / total,
    revenue: null, revenueShare: null, avgRevenue: null, aov: null, avgFrequency: null, avgRecency: null,
    revenueIndex: null, aovIndex: null, frequencyIndex: null, recencyIndex: null, extras: [], ...indices,
  };
}
const allRow = (customers: number): ProfileRow => ({ ...row('All customers', customers, customers), isAll: true, segmentId: null });

/** A profile of segments with these sizes (named s1, s2, ...). */
function profile(sizes: number[]): ProfileRow[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  return [allRow(total), ...sizes.map((n, i) => row(`s${i + 1}`, n, total))];
}

describe('segmentationWarnings', () => {
  it('says nothing about a dozen large segments', () => {
    expect(segmentationWarnings(profile(Array(12).fill(500)))).toEqual([]);
  });

  it('warns past 12 segments, suggesting merges for rules and a lower k for clusters', () => {
    const rows = profile(Array(15).fill(500));
    expect(segmentationWarnings(rows)).toEqual([
      { code: 'profile.tooManySegments', params: { count: 15, max: 12 }, suggestion: { code: 'profile.suggestMerge', params: { count: 3 } } },
    ]);
    expect(segmentationWarnings(rows, DEFAULT_PROFILE_GUARD, { segmentsFrom: 'clusters' })[0]!.suggestion).toEqual({ code: 'profile.suggestLowerK', params: { k: 12 } });
    expect(segmentationWarnings(rows, { ...DEFAULT_PROFILE_GUARD, maxSegments: 15 })).toEqual([]);
  });

  it.each([
    [[5000, 5000, 29], 's3', 29, 0.3],
    [[9000, 950, 50], 's3', 50, 0.5],
  ])('flags a segment under 30 customers or 1%% of customers (%j)', (sizes, segment, customers, percent) => {
    const warnings = segmentationWarnings(profile(sizes));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'profile.smallSegment', params: { segment, customers, percent, minCustomers: 30, minPercent: 1 }, segment: { segment, segmentId: segment } });
  });

  it('suggests merging a small segment into the most similar large one by its indices', () => {
    const total = 1010;
    const rows = [
      allRow(total),
      row('Near', 500, total, { revenueIndex: 90, recencyIndex: 110, frequencyIndex: 95 }),
      row('Far', 500, total, { revenueIndex: 300, recencyIndex: 20, frequencyIndex: 250 }),
      row('Small', 10, total, { revenueIndex: 80, recencyIndex: 120, frequencyIndex: 90 }),
      row('Also small', 5, total, { revenueIndex: 310, recencyIndex: 25, frequencyIndex: 240 }),
    ];
    const suggestions = segmentationWarnings(rows).map((w) => w.suggestion);
    expect(suggestions).toEqual([
      { code: 'profile.suggestMergeInto', params: { segment: 'Small', into: 'Near' } },
      { code: 'profile.suggestMergeInto', params: { segment: 'Also small', into: 'Far' } },
    ]);
  });

  it('suggests a plain merge when no index can compare, and names a null segment', () => {
    const warnings = segmentationWarnings(profile([1000, 1000]).concat(row(null, 3, 2003)));
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'profile.smallSegment', params: expect.objectContaining({ segment: '(null)', customers: 3 }), suggestion: { code: 'profile.suggestMerge', params: { count: 1 } } }),
    ]);
  });

  it('reports empty segments apart, suggesting to drop them, and does not count them as too many', () => {
    const rows = profile([...Array(12).fill(500), 0]);
    expect(segmentationWarnings(rows)).toEqual([
      { code: 'profile.emptySegment', params: { segment: 's13' }, segment: { segment: 's13', segmentId: 's13' }, suggestion: { code: 'profile.suggestDropSegment', params: { segment: 's13' } } },
    ]);
  });

  it('follows the thresholds the user sets', () => {
    const rows = profile([5000, 5000, 29]);
    expect(segmentationWarnings(rows, { ...DEFAULT_PROFILE_GUARD, minCustomers: 10, minShare: 0.002 })).toEqual([]);
    expect(segmentationWarnings(rows, { maxSegments: 12, minShare: 0.6, minCustomers: 0 }).map((w) => w.params.segment)).toEqual(['s1', 's2', 's3']);
  });
});
