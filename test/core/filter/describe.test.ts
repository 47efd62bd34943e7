import { describe, expect, it } from 'vitest';
import { describeFilter } from '../../../src/core/filter';
import { and, cond, or, where } from './build';

const ukOver100 = where(and(cond('Country', 'eq', ['United Kingdom']), cond('amount', 'gt', [100])));

describe('describeFilter', () => {
  it('says the filter in a short sentence, in English and Korean', () => {
    expect(describeFilter(ukOver100, 'en')).toBe('Country is United Kingdom and amount > 100');
    expect(describeFilter(ukOver100, 'ko')).toBe('Country = United Kingdom 그리고 amount > 100');
  });

  it('puts nested groups in parentheses', () => {
    const settings = where(or(cond('vip', 'isTrue'), and(cond('고객 등급', 'in', ['VIP', '골드']), cond('amount', 'between', [10, 500]))));
    expect(describeFilter(settings, 'en')).toBe('vip is true or (고객 등급 is one of VIP, 골드 and amount between 10 and 500)');
    expect(describeFilter(settings, 'ko')).toBe('vip = 참 또는 (고객 등급: VIP, 골드 중 하나 그리고 amount 10 ~ 500)');
  });

  it('shortens long lists and long values', () => {
    const settings = where(cond('Country', 'notIn', ['A', 'B', 'C', 'D', 'E']));
    expect(describeFilter(settings, 'en')).toBe('Country is none of A, B, C and 2 more');
    expect(describeFilter(settings, 'ko')).toBe('Country: A, B, C 외 2개 제외');
    expect(describeFilter(where(cond('note', 'contains', ['x'.repeat(100)])), 'en')).toBe(`note contains "${'x'.repeat(39)}…"`);
  });

  it('describes relative dates with their anchor', () => {
    const latest = where(cond('ordered_at', 'inLast', [], { amount: 90, unit: 'day', anchor: { kind: 'maxDate' } }));
    expect(describeFilter(latest, 'en')).toBe('ordered_at in the last 90 days (up to the latest date)');
    expect(describeFilter(latest, 'ko')).toBe('ordered_at: 최근 90일 (마지막 날짜 기준)');
    const fixed = where(cond('주문일시', 'notInLast', [], { amount: 1, unit: 'month', anchor: { kind: 'date', date: '2024-03-31' } }));
    expect(describeFilter(fixed, 'en')).toBe('주문일시 not in the last 1 month (as of 2024-03-31)');
    expect(describeFilter(fixed, 'ko')).toBe('주문일시: 최근 1개월 외 (기준일 2024-03-31)');
    const today = where(cond('d', 'inLast', [], { amount: 2, unit: 'week', anchor: { kind: 'today' } }));
    expect(describeFilter(today, 'en')).toBe('d in the last 2 weeks');
  });

  it('says "All rows" for an empty filter', () => {
    expect(describeFilter(where(and(or())), 'en')).toBe('All rows');
    expect(describeFilter(where(and()), 'ko')).toBe('모든 행');
  });

  it('never fills placeholders that come from user text', () => {
    expect(describeFilter(where(cond('{v}', 'eq', ['{c}'])), 'en')).toBe('{v} is {c}');
  });

  it('marks a value not given yet', () => {
    expect(describeFilter(where(cond('amount', 'between', [5])), 'en')).toBe('amount between 5 and …');
  });
});
