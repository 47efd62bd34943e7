// Over-segmentation guard: segments too many or too small to act on, as data with a suggestion.
// Empty segments (listed with 0 customers) are reported apart and do not count toward "too many".

import { DEFAULT_PROFILE_GUARD, type ProfileGuard } from './settings';
import type { ProfileRow } from './rows';

export type SegmentationWarningCode =
  | 'profile.tooManySegments' // params.count, params.max
  | 'profile.smallSegment' // params.segment, params.customers, params.percent, params.minCustomers, params.minPercent
  | 'profile.emptySegment'; // params.segment

export type SegmentationSuggestionCode =
  | 'profile.suggestMerge' // params.count: merge at least this many segments into others
  | 'profile.suggestLowerK' // params.k: cluster again with at most this many clusters
  | 'profile.suggestMergeInto' // params.segment, params.into: the most similar segment large enough
  | 'profile.suggestDropSegment'; // params.segment: remove the rule nobody matches

export interface SegmentationWarning {
  code: SegmentationWarningCode;
  params: Record<string, string | number>;
  /** The segment at fault (absent for tooManySegments). */
  segment?: { segment: string | null; segmentId: string | null };
  suggestion: { code: SegmentationSuggestionCode; params: Record<string, string | number> };
}

export interface GuardOptions {
  /** Clusters (k-means) are fixed by lowering k; rule-based segments by merging rules. */
  segmentsFrom?: 'rules' | 'clusters';
}

const NULL_SEGMENT = '(null)';
const labelOf = (row: ProfileRow) => row.segment ?? NULL_SEGMENT;
const percent = (share: number) => Math.round(share * 1000) / 10;

/** Index values the rows share, as ratios to all customers. */
function indexVector(row: ProfileRow): (number | null)[] {
  const indices = [row.revenueIndex, row.aovIndex, row.frequencyIndex, row.recencyIndex, ...row.extras.map((e) => e.index)];
  return indices.map((i) => (i === null ? null : i / 100));
}

/** The large-enough segment whose profile indices are closest (squared distance), or null. */
function mostSimilar(row: ProfileRow, candidates: readonly ProfileRow[]): ProfileRow | null {
  const own = indexVector(row);
  let best: { row: ProfileRow; distance: number } | null = null;
  for (const candidate of candidates) {
    const other = indexVector(candidate);
    const pairs = own.flatMap((a, i) => (a === null || other[i] == null ? [] : [[a, other[i]!] as const]));
    if (pairs.length === 0) continue;
    const distance = pairs.reduce((sum, [a, b]) => sum + (a - b) ** 2, 0);
    if (best === null || distance < best.distance) best = { row: candidate, distance };
  }
  return best?.row ?? null;
}

export function segmentationWarnings(rows: readonly ProfileRow[], guard: ProfileGuard = DEFAULT_PROFILE_GUARD, options: GuardOptions = {}): SegmentationWarning[] {
  const segments = rows.filter((r) => !r.isAll);
  const total = rows.find((r) => r.isAll)?.customers ?? segments.reduce((sum, r) => sum + r.customers, 0);
  const shareOf = (r: ProfileRow) => r.share ?? (total > 0 ? r.customers / total : 0);
  const isSmall = (r: ProfileRow) => r.customers > 0 && (r.customers < guard.minCustomers || shareOf(r) < guard.minShare);
  const nonEmpty = segments.filter((r) => r.customers > 0);
  const large = nonEmpty.filter((r) => !isSmall(r));
  const warnings: SegmentationWarning[] = [];

  if (nonEmpty.length > guard.maxSegments) {
    const suggestion: SegmentationWarning['suggestion'] =
      options.segmentsFrom === 'clusters'
        ? { code: 'profile.suggestLowerK', params: { k: guard.maxSegments } }
        : { code: 'profile.suggestMerge', params: { count: nonEmpty.length - guard.maxSegments } };
    warnings.push({ code: 'profile.tooManySegments', params: { count: nonEmpty.length, max: guard.maxSegments }, suggestion });
  }
  for (const row of segments) {
    const segment = { segment: row.segment, segmentId: row.segmentId };
    if (row.customers === 0) {
      warnings.push({ code: 'profile.emptySegment', params: { segment: labelOf(row) }, segment, suggestion: { code: 'profile.suggestDropSegment', params: { segment: labelOf(row) } } });
      continue;
    }
    if (!isSmall(row)) continue;
    const into = mostSimilar(row, large);
    warnings.push({
      code: 'profile.smallSegment',
      params: { segment: labelOf(row), customers: row.customers, percent: percent(shareOf(row)), minCustomers: guard.minCustomers, minPercent: percent(guard.minShare) },
      segment,
      suggestion: into
        ? { code: 'profile.suggestMergeInto', params: { segment: labelOf(row), into: labelOf(into) } }
        : { code: 'profile.suggestMerge', params: { count: 1 } },
    });
  }
  return warnings;
}
