// The profile editor's edits: bindings, compared-column lists with their caps, suggestions on an
// RFM table with a currency guess, playbook action text in one language, and that the guard's
// codes have sentences whose every placeholder is filled, in English and Korean.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { defaultProfileCellSettings } from '../../src/core/cells/segments';
import { personaSettingsSchema, defaultPlaybook } from '../../src/core/segments/persona';
import { MAX_PROFILE_NUMERIC, profileSettingsSchema, segmentationWarnings, type ProfileRow } from '../../src/core/segments/profile';
import { messagesFor } from '../../src/i18n/messages';
import { suggestionKey, warningKey } from '../../src/ui/cells/profile/guard-text';
import { bindColumn, comparableColumns, editActionText, guessCurrency, suggestColumns, toggleListed } from '../../src/ui/cells/profile/profile-edits';

const RFM_COLUMNS = [
  ['customer', 'BIGINT'], ['recency', 'INTEGER'], ['frequency', 'BIGINT'], ['monetary', 'DOUBLE'], ['r', 'INTEGER'], ['f', 'INTEGER'],
  ['m', 'INTEGER'], ['rfm_code', 'VARCHAR'], ['segment', 'VARCHAR'], ['segment_id', 'VARCHAR'], ['consent', 'BOOLEAN'],
].map(([name, type]) => ({ name: name!, type: type! }));

describe('profile editor edits', () => {
  it('suggests the RFM table bindings, keeps what still fits, and guesses won', () => {
    let s = defaultProfileCellSettings();
    s = { ...s, profile: { ...s.profile, numeric: ['r', 'gone'], topN: 5 } };
    const next = suggestColumns(s, RFM_COLUMNS, 'KRW');
    expect(next.profile.columns).toEqual({ customer: 'customer', segment: 'segment', segmentId: 'segment_id', revenue: 'monetary', frequency: 'frequency', recency: 'recency' });
    expect(next.profile.numeric).toEqual(['r']);
    expect(next.profile.topN).toBe(5);
    expect(next.persona.currency).toBe('KRW');
    expect(suggestColumns({ ...next, persona: { ...next.persona, currency: 'USD' } }, RFM_COLUMNS, 'KRW').persona.currency).toBe('USD');
    expect(v.safeParse(profileSettingsSchema, next.profile).success).toBe(true);
  });

  it('guesses won from column names or a Korean workbook, else nothing', () => {
    expect(guessCurrency(['order_id', 'amount_krw'], 'en')).toBe('KRW');
    expect(guessCurrency(['결제금액(원)'], 'en')).toBe('KRW');
    expect(guessCurrency(['amount'], 'ko')).toBe('KRW');
    expect(guessCurrency(['amount', 'known'], 'en')).toBeNull();
  });

  it('unbinds an optional role but keeps a required one as empty text', () => {
    const s = suggestColumns(defaultProfileCellSettings(), RFM_COLUMNS, null);
    expect('revenue' in bindColumn(s, 'revenue', '').profile.columns).toBe(false);
    expect(bindColumn(s, 'segment', '').profile.columns.segment).toBe('');
    expect(bindColumn(s, 'orders', 'frequency').profile.columns.orders).toBe('frequency');
  });

  it('offers numbers and yes/no for averages, text and yes/no for top values, never the keys', () => {
    const s = suggestColumns(defaultProfileCellSettings(), RFM_COLUMNS, null);
    const offered = comparableColumns(s.profile, RFM_COLUMNS);
    expect(offered.numeric).toEqual(['recency', 'frequency', 'monetary', 'r', 'f', 'm', 'consent']);
    expect(offered.categorical).toEqual(['rfm_code', 'consent']);
  });

  it('adds and removes compared columns up to the cap, and unsets a dropped response column', () => {
    let s = defaultProfileCellSettings();
    for (let i = 0; i < MAX_PROFILE_NUMERIC + 2; i++) s = toggleListed(s, 'numeric', `c${i}`, true);
    expect(s.profile.numeric).toHaveLength(MAX_PROFILE_NUMERIC);
    expect(toggleListed(s, 'numeric', 'c0', true)).toBe(s);
    s = { ...s, persona: { ...s.persona, responseColumn: 'c3' } };
    const dropped = toggleListed(s, 'numeric', 'c3', false);
    expect(dropped.profile.numeric).not.toContain('c3');
    expect(dropped.persona.responseColumn).toBeNull();
    expect(toggleListed(s, 'numeric', 'c4', false).persona.responseColumn).toBe('c3');
    expect(toggleListed(s, 'categorical', 'city', true).profile.categorical).toEqual(['city']);
  });

  it('rewrites one action in one language and leaves the rest of the playbook alone', () => {
    const base = defaultPlaybook();
    const entry = base.find((e) => e.id === 'at_risk')!;
    const next = editActionText(base, 'at_risk', 0, 'ko', '  쿠폰 20% 보내기  ');
    const edited = next.find((e) => e.id === 'at_risk')!;
    expect(edited.actions[0]!.text).toEqual({ en: entry.actions[0]!.text.en, ko: '쿠폰 20% 보내기' });
    expect(edited.actions[0]!.channels).toEqual(entry.actions[0]!.channels);
    expect(next.map((e) => e.id)).toEqual(base.map((e) => e.id));
    expect(next.filter((e) => e.id !== 'at_risk')).toEqual(base.filter((e) => e.id !== 'at_risk'));
    expect(v.safeParse(personaSettingsSchema, { ...defaultProfileCellSettings().persona, playbook: next }).success).toBe(true);
    expect(editActionText(base, 'at_risk', 0, 'en', '   ')).toBe(base);
    expect(editActionText(base, 'nope', 0, 'en', 'x')).toBe(base);
    expect(editActionText(base, 'at_risk', 9, 'en', 'x')).toBe(base);
    expect(editActionText(base, 'at_risk', 0, 'en', 'y'.repeat(500)).find((e) => e.id === 'at_risk')!.actions[0]!.text.en).toHaveLength(200);
  });
});

describe('guard sentences', () => {
  const row = (segment: string, customers: number, total: number, isAll = false): ProfileRow => ({
    isAll, segment, segmentId: null, customers, share: customers / total, revenue: null, revenueShare: null, avgRevenue: null, aov: null,
    avgFrequency: null, avgRecency: null, revenueIndex: isAll ? 100 : 90, aovIndex: null, frequencyIndex: null, recencyIndex: null, extras: [],
  });
  const sizes = [...Array(13).fill(500), 5, 0];
  const total = sizes.reduce((a, b) => a + b, 0);
  const rows = [row('All', total, total, true), ...sizes.map((n, i) => row(`s${i}`, n, total))];

  it.each(['en', 'ko'] as const)('fills every placeholder of every warning and suggestion (%s)', (locale) => {
    const warnings = [...segmentationWarnings(rows), ...segmentationWarnings(rows, undefined, { segmentsFrom: 'clusters' })];
    const codes = new Set(warnings.flatMap((w) => [w.code, w.suggestion.code]));
    expect(codes.size).toBe(7);
    const { t } = messagesFor(locale);
    for (const w of warnings) {
      for (const text of [t(warningKey(w.code), w.params), t(suggestionKey(w.suggestion.code), w.suggestion.params)]) {
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/^profile\./);
      }
    }
    if (locale === 'ko') expect(t(warningKey('profile.emptySegment'), { segment: 's' })).toMatch(/[가-힣]/);
  });
});
