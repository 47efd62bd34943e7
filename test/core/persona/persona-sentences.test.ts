// Cards for hand-made profiles, exact in both languages: description, facts formatted with Intl,
// highlights from top values, and the playbook entry chosen.

import { describe, expect, it } from 'vitest';
import { defaultPersonaSettings, personaCard, personaCards, type PersonaLocale } from '../../../src/core/segments/persona';
import type { TopValueRow } from '../../../src/core/segments/profile';
import { allRow, segmentRow, type Averages } from './profiles';

const settings = { ...defaultPersonaSettings(), currency: 'KRW' };
const card = (a: Averages, locale: PersonaLocale, top: TopValueRow[] = []) => personaCard(segmentRow(a), allRow(), top, settings, locale);

// 92 days ago, 2.6 orders (index 104: regular), AOV 42,000 (index 105: mid value)
const AT_RISK: Averages = { segment: 'At risk', segmentId: 'at_risk', customers: 1_200, revenue: 1.5e8, aov: 42_000, frequency: 2.6, recency: 92 };
// 5 days ago, 7.5 orders (often), AOV 80,000 (high)
const VIP: Averages = { segment: `Bob's "VIP"`, customers: 450, revenue: 3e8, aov: 80_000, frequency: 7.5, recency: 5 };
// 12 days ago, one order, AOV 25,000 (index 62.5: low)
const NEWCOMERS: Averages = { segment: '신규', customers: 2_000, revenue: 5e7, aov: 25_000, frequency: 1, recency: 12 };
// 700 days ago, once, no revenue bound
const GONE: Averages = { segment: null, customers: 30, frequency: 1.1, recency: 700 };

describe('descriptions', () => {
  it.each([
    [AT_RISK, 'en', 'Stopped buying about three months ago after regular mid-value orders. Makes up 12% of customers and 15% of revenue.'],
    [AT_RISK, 'ko', '정기적으로 중간 금액대 주문을 하다가 약 3개월 전부터 구매가 끊겼습니다. 전체 고객의 12%, 매출의 15%를 차지합니다.'],
    [VIP, 'en', 'Orders often, usually high-value, and last bought about five days ago. Makes up 4.5% of customers and 30% of revenue.'],
    [VIP, 'ko', '자주 높은 금액대 주문을 하며, 마지막 구매는 약 5일 전입니다. 전체 고객의 4.5%, 매출의 30%를 차지합니다.'],
    [NEWCOMERS, 'en', 'Placed one low-value order about twelve days ago and has not reordered yet. Makes up 20% of customers and 5% of revenue.'],
    [NEWCOMERS, 'ko', '약 12일 전에 낮은 금액대 주문을 한 번 했고, 아직 재구매는 없습니다. 전체 고객의 20%, 매출의 5%를 차지합니다.'],
    [GONE, 'en', 'Placed a single order about two years ago and has not come back. Makes up 0.3% of customers.'],
    [GONE, 'ko', '약 2년 전에 주문을 한 번 한 뒤 다시 구매하지 않았습니다. 전체 고객의 0.3%를 차지합니다.'],
  ] as const)('%# %s', (averages, locale, sentence) => {
    expect(card(averages, locale).description).toBe(sentence);
  });

  it('title the card with the segment label, or say there is none', () => {
    expect(card(VIP, 'en').title).toBe(`Bob's "VIP"`);
    expect(card(GONE, 'en').title).toBe('(no segment)');
    expect(card(GONE, 'ko').title).toBe('(세그먼트 없음)');
  });
});

describe('facts', () => {
  it('are formatted for the locale, money in the chosen currency', () => {
    const facts = (locale: PersonaLocale) => Object.fromEntries(card(AT_RISK, locale).facts.map((f) => [f.key, [f.label, f.value]]));
    expect(facts('en')).toEqual({
      customers: ['Customers', '1,200'], share: ['Share of customers', '12%'], revenueShare: ['Share of revenue', '15%'],
      aov: ['Average order value', '₩42,000'], recency: ['Since last order (average)', '92 days'],
    });
    expect(facts('ko')).toEqual({
      customers: ['고객 수', '1,200'], share: ['고객 비중', '12%'], revenueShare: ['매출 비중', '15%'],
      aov: ['평균 주문 금액', '₩42,000'], recency: ['마지막 주문 후 경과 (평균)', '92일'],
    });
  });

  it('leave out what the profile does not have, and print plain numbers without a currency', () => {
    expect(card(GONE, 'en').facts.map((f) => f.key)).toEqual(['customers', 'share', 'recency']);
    const plain = personaCard(segmentRow(AT_RISK), allRow(), [], defaultPersonaSettings(), 'en');
    expect(plain.facts.find((f) => f.key === 'aov')!.value).toBe('42,000');
  });
});

describe('highlights and actions', () => {
  const top = (segment: string, attribute: string, value: string, share: number, lift: number, rank = 1): TopValueRow =>
    ({ isAll: false, segment, segmentId: null, attribute, value, customers: 1, share, overallShare: share / lift, lift, rank });

  it('show the top value of each column of this segment only, with its lift', () => {
    const rows = [top('At risk', '시/도', '서울', 0.42, 1.64), top('At risk', '시/도', '부산', 0.2, 0.9, 2), top('Other', '시/도', 'Jeju', 0.5, 2), top('At risk', 'gender', 'F', 0.61, 1.2)];
    expect(card(AT_RISK, 'en', rows).highlights.map((h) => h.text)).toEqual([
      '시/도: 서울 — 42% of the segment, 1.6× the overall share',
      'gender: F — 61% of the segment, 1.2× the overall share',
    ]);
    expect(card(AT_RISK, 'ko', rows).highlights[0]!.text).toBe('시/도: 서울 — 세그먼트의 42%, 전체 대비 1.6배');
  });

  it('come from the playbook in the card language, by segment id first', () => {
    const atRisk = card(AT_RISK, 'ko');
    expect(atRisk.playbook).toEqual({ entryId: 'at_risk', label: '이탈 위험', matchedBy: 'segmentId' });
    expect(atRisk.actions).toEqual([{ text: '다시 찾아올 이유를 담은 재구매 혜택을 보내세요.', channels: ['email', 'kakaotalk', 'sms'] }]);
    // no id, an unknown label: the traits pick the entry (recent, often, high value: champions)
    expect(card(VIP, 'en').playbook).toEqual({ entryId: 'champions', label: 'Champions', matchedBy: 'traits' });
    expect(card(NEWCOMERS, 'en').playbook!.entryId).toBe('new_customers');
    expect(card(GONE, 'en').playbook!.entryId).toBe('hibernating');
  });

  it('rank cards by priority and skip empty segments', () => {
    const rows = [allRow(), segmentRow(AT_RISK), segmentRow(VIP), segmentRow({ segment: 'Empty', customers: 0 }), segmentRow(NEWCOMERS)];
    const result = personaCards(rows, [], settings, 'en');
    if (!('cards' in result)) throw new Error('problem');
    expect(result.cards.map((c) => c.title)).toEqual(['At risk', `Bob's "VIP"`, '신규']);
    const byScore = [...result.cards].sort((a, b) => b.priority.score - a.priority.score).map((c) => c.title);
    expect(result.cards.slice().sort((a, b) => a.priorityRank - b.priorityRank).map((c) => c.title)).toEqual(byScore);
    expect(personaCards([allRow()], [], settings, 'en')).toEqual({ cards: [] });
  });
});
