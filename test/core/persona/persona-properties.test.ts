// Properties over many generated profiles: the recency phrase matches the number in both
// languages, the frequency and value words match the indices, Korean text holds no Latin word a
// particle could follow, cards are deterministic, and priority rises with each of its factors.

import { describe, expect, it } from 'vitest';
import {
  defaultPersonaSettings,
  HIGH_INDEX,
  LOW_INDEX,
  personaCard,
  personaPriority,
  RECENCY_BAND_EDGES,
  recencyBand,
  type PriorityOptions,
} from '../../../src/core/segments/persona';
import { ALL, allRow, segmentRow, type Averages } from './profiles';

const settings = defaultPersonaSettings();
const UNIT_DAYS = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 } as const;
const EN_NUMBERS: Record<string, number> = { a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const KO_UNITS = { 일: 'day', 주: 'week', 개월: 'month', 년: 'year' } as const;

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(5);
const SEGMENTS: Averages[] = Array.from({ length: 200 }, (_, i) => ({
  segment: `s${i}`,
  customers: 1 + Math.floor(next() * 3000),
  revenue: next() < 0.1 ? null : next() * 4e8,
  aov: next() < 0.1 ? null : 5_000 + next() * 100_000,
  frequency: next() < 0.1 ? null : 1 + next() * 8,
  recency: next() < 0.1 ? null : next() ** 2 * 1500,
}));

/** The unit a number of days should be told in, from the documented band edges. */
const expectedUnit = (days: number) =>
  days < RECENCY_BAND_EDGES.weeks ? 'day' : days < RECENCY_BAND_EDGES.months ? 'week' : days < RECENCY_BAND_EDGES.years ? 'month' : 'year';

describe('recency phrase', () => {
  it('recencyBand rounds to the nearest whole unit of the right band', () => {
    for (let days = 0; days < 2000; days += 0.75) {
      const { unit, count } = recencyBand(days);
      expect(unit).toBe(expectedUnit(days));
      expect(count).toBeGreaterThanOrEqual(1);
      if (count > 1) expect(Math.abs(count * UNIT_DAYS[unit] - days)).toBeLessThanOrEqual(UNIT_DAYS[unit] / 2 + 1e-9);
    }
  });

  it.each(SEGMENTS.filter((s) => s.recency !== null).map((s) => [s.recency!.toFixed(1), s] as const))('matches %s days in both languages', (_, segment) => {
    const days = segment.recency!;
    const en = personaCard(segmentRow(segment), allRow(), [], settings, 'en').description;
    const ko = personaCard(segmentRow(segment), allRow(), [], settings, 'ko').description;
    const enMatch = /about (\w+) (day|week|month|year)s? ago/.exec(en);
    const koMatch = /약 (\d+)(일|주|개월|년) 전/.exec(ko);
    expect(enMatch, en).not.toBeNull();
    expect(koMatch, ko).not.toBeNull();
    const enCount = EN_NUMBERS[enMatch![1]!] ?? Number(enMatch![1]);
    const unit = enMatch![2] as keyof typeof UNIT_DAYS;
    expect(unit).toBe(expectedUnit(days));
    expect(KO_UNITS[koMatch![2] as keyof typeof KO_UNITS]).toBe(unit);
    expect(Number(koMatch![1])).toBe(enCount);
    expect(Math.abs(enCount * UNIT_DAYS[unit] - days)).toBeLessThanOrEqual(Math.max(UNIT_DAYS[unit] / 2, 1) + 1e-9);
  });
});

describe('frequency and value words', () => {
  it.each(SEGMENTS.map((s) => [s.segment, s] as const))('%s', (_, segment) => {
    const row = segmentRow(segment);
    const en = personaCard(row, allRow(), [], settings, 'en').description;
    const ko = personaCard(row, allRow(), [], settings, 'ko').description;
    expect(ko).not.toMatch(/[A-Za-z]/);
    const f = row.avgFrequency;
    if (f !== null && f <= 1.2) expect(en).toMatch(/single|one /);
    else if (f !== null && row.frequencyIndex! > HIGH_INDEX) expect(`${en} ${ko}`).toMatch(/(often|frequent).*자주/);
    else if (f !== null && row.frequencyIndex! < LOW_INDEX) expect(`${en} ${ko}`).toMatch(/(rarely|occasional).*가끔/);
    else if (f !== null) expect(`${en} ${ko}`).toMatch(/regular.*정기적으로/);
    const valueIndex = row.aovIndex ?? row.revenueIndex;
    const words = valueIndex === null ? null : valueIndex < LOW_INDEX ? ['low-value', '낮은'] : valueIndex > HIGH_INDEX ? ['high-value', '높은'] : ['mid-value', '중간'];
    if (words) {
      expect(en).toContain(words[0]);
      expect(ko).toContain(words[1]);
    } else expect(en).not.toMatch(/-value/);
  });

  it('are deterministic', () => {
    for (const segment of SEGMENTS.slice(0, 50)) {
      expect(personaCard(segmentRow(segment), allRow(), [], settings, 'ko')).toEqual(personaCard(segmentRow({ ...segment }), allRow(), [], settings, 'ko'));
    }
  });
});

describe('priority = value x size x responsiveness', () => {
  const options: PriorityOptions = { responseColumn: null, recencyHalfLifeDays: 90 };
  const score = (a: Averages, opts = options) => personaPriority(segmentRow(a), allRow(0.2), opts).score;
  const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
  const bases = SEGMENTS.filter((s) => s.revenue !== null && s.frequency !== null && s.recency !== null).slice(0, 60);

  it('rises with size at the same spend per customer', () => {
    for (const b of bases) expect(increasing([1, 2, 4].map((k) => score({ ...b, customers: b.customers * k, revenue: b.revenue! * k })))).toBe(true);
  });
  it('rises with spend per customer', () => {
    for (const b of bases) expect(increasing([1, 1.5, 3].map((k) => score({ ...b, revenue: b.revenue! * k })))).toBe(true);
  });
  it('rises as the last order gets more recent', () => {
    for (const b of bases) expect(increasing([400, 90, 30, 1].map((recency) => score({ ...b, recency })))).toBe(true);
  });
  it('rises with order frequency', () => {
    for (const b of bases) expect(increasing([1, 2, 5].map((frequency) => score({ ...b, frequency })))).toBe(true);
  });
  it('uses the response rate when a response column is given', () => {
    const withResponse: PriorityOptions = { ...options, responseColumn: 'responded' };
    for (const b of bases) {
      expect(increasing([0.01, 0.1, 0.4].map((response) => score({ ...b, response }, withResponse)))).toBe(true);
      const p = personaPriority(segmentRow({ ...b, response: 0.3 }), allRow(0.2), withResponse);
      expect(p).toMatchObject({ responsiveness: 0.3, responsivenessFrom: 'responseRate' });
      expect(p.score).toBeCloseTo(p.value * p.size * 0.3, 12);
    }
  });
  it('has value x size equal to the revenue share', () => {
    for (const b of bases) {
      const p = personaPriority(segmentRow(b), allRow(), options);
      expect(p.value * p.size).toBeCloseTo(b.revenue! / ALL.revenue, 12);
    }
  });
});
