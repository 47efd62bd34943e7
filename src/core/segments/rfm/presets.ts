// Segment rule tables shipped as data (DESIGN.md section 4). Both are written for k = 5:
// compiling them with another k returns the problem 'rfm.rulesScale' instead of guessing.

import type { RfmSegmentRule, RfmSegmentTable } from './settings';

export type RfmPresetId = 'rf-map' | 'rfm-package';

export interface RfmPreset {
  id: RfmPresetId;
  name: { en: string; ko: string };
  table: RfmSegmentTable;
}

const rule = (id: string, en: string, ko: string, r: [number, number], f: [number, number], m?: [number, number]): RfmSegmentRule =>
  m === undefined ? { id, label: { en, ko }, r, f } : { id, label: { en, ko }, r, f, m };

/** The common 10-segment map on R and F; it covers all 25 cells of the 5 x 5 grid. */
const RF_MAP: RfmSegmentRule[] = [
  rule('champions', 'Champions', '챔피언', [5, 5], [4, 5]),
  rule('loyal', 'Loyal customers', '충성 고객', [3, 4], [4, 5]),
  rule('potential_loyalists', 'Potential loyalists', '잠재 충성 고객', [4, 5], [2, 3]),
  rule('new_customers', 'New customers', '신규 고객', [5, 5], [1, 1]),
  rule('promising', 'Promising', '유망 고객', [4, 4], [1, 1]),
  rule('need_attention', 'Need attention', '관심 필요', [3, 3], [3, 3]),
  rule('about_to_sleep', 'About to sleep', '휴면 직전', [3, 3], [1, 2]),
  rule('at_risk', 'At risk', '이탈 위험', [1, 2], [3, 4]),
  rule('cant_lose', "Can't lose them", '놓치면 안 될 고객', [1, 2], [5, 5]),
  rule('hibernating', 'Hibernating', '휴면 고객', [1, 2], [1, 2]),
];

/**
 * The segment table of the R package 'rfm' (Aravind Hebbali, rsquaredacademy/rfm).
 * rfm_segment() itself has no defaults (every bound argument is NULL); this is the table of
 * its documented example and of its own test, tests/testthat/test-rfm-segment.R:
 *   segment_names   Champions, Loyal Customers, Potential Loyalist, New Customers, Promising,
 *                   Need Attention, About To Sleep, At Risk, Can't Lose Them, Lost
 *   recency_lower   c(4, 2, 3, 4, 3, 2, 2, 1, 1, 1)   recency_upper   c(5, 5, 5, 5, 4, 3, 3, 2, 1, 2)
 *   frequency_lower c(4, 3, 1, 1, 1, 2, 1, 2, 4, 1)   frequency_upper c(5, 5, 3, 1, 1, 3, 2, 5, 5, 2)
 *   monetary_lower  c(4, 3, 1, 1, 1, 2, 1, 2, 4, 1)   monetary_upper  c(5, 5, 3, 1, 1, 3, 2, 5, 5, 2)
 * rfm_segment assigns a name only to customers not yet named, so the first match wins and
 * the unmatched are "Others", as here. (The 0.3.0 README shows a reordered variant.)
 */
const RFM_PACKAGE: RfmSegmentRule[] = [
  rule('champions', 'Champions', '챔피언', [4, 5], [4, 5], [4, 5]),
  rule('loyal_customers', 'Loyal Customers', '충성 고객', [2, 5], [3, 5], [3, 5]),
  rule('potential_loyalist', 'Potential Loyalist', '잠재 충성 고객', [3, 5], [1, 3], [1, 3]),
  rule('new_customers', 'New Customers', '신규 고객', [4, 5], [1, 1], [1, 1]),
  rule('promising', 'Promising', '유망 고객', [3, 4], [1, 1], [1, 1]),
  rule('need_attention', 'Need Attention', '관심 필요', [2, 3], [2, 3], [2, 3]),
  rule('about_to_sleep', 'About To Sleep', '휴면 직전', [2, 3], [1, 2], [1, 2]),
  rule('at_risk', 'At Risk', '이탈 위험', [1, 2], [2, 5], [2, 5]),
  rule('cant_lose', "Can't Lose Them", '놓치면 안 될 고객', [1, 1], [4, 5], [4, 5]),
  rule('lost', 'Lost', '이탈 고객', [1, 2], [1, 2], [1, 2]),
];

export const RFM_PRESETS: readonly RfmPreset[] = [
  { id: 'rf-map', name: { en: '10 segments on R and F', ko: 'R·F 10개 세그먼트' }, table: { scale: 5, rules: RF_MAP } },
  { id: 'rfm-package', name: { en: "R package 'rfm' segments", ko: "R 'rfm' 패키지 세그먼트" }, table: { scale: 5, rules: RFM_PACKAGE } },
];

/** A fresh copy, so the caller may edit it without touching the shipped table. */
export function rfmPresetTable(id: RfmPresetId): RfmSegmentTable {
  const preset = RFM_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown RFM preset ${id}`);
  return structuredClone(preset.table);
}
