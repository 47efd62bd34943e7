// The words of describeFilter in English and Korean. Korean phrases avoid particles that
// depend on the last syllable of a column name (이/가, 을/를), which may well be Latin.

import type { FilterOperator, RelativeUnit } from './types';

export type FilterLocale = 'en' | 'ko';

/** {c} column, {v} value, {a}/{b} range ends, {list} values, {n} count, {unit}, {anchor}. */
export const OPERATOR_PHRASES: Record<FilterLocale, Record<FilterOperator, string>> = {
  en: {
    eq: '{c} is {v}',
    neq: '{c} is not {v}',
    lt: '{c} < {v}',
    lte: '{c} ≤ {v}',
    gt: '{c} > {v}',
    gte: '{c} ≥ {v}',
    between: '{c} between {a} and {b}',
    in: '{c} is one of {list}',
    notIn: '{c} is none of {list}',
    contains: '{c} contains "{v}"',
    notContains: '{c} does not contain "{v}"',
    startsWith: '{c} starts with "{v}"',
    endsWith: '{c} ends with "{v}"',
    isEmpty: '{c} is empty',
    isNotEmpty: '{c} is not empty',
    isTrue: '{c} is true',
    isFalse: '{c} is false',
    on: '{c} on {v}',
    before: '{c} before {v}',
    after: '{c} after {v}',
    inLast: '{c} in the last {n} {unit}{anchor}',
    notInLast: '{c} not in the last {n} {unit}{anchor}',
    isNull: '{c} is missing',
    isNotNull: '{c} is present',
  },
  ko: {
    eq: '{c} = {v}',
    neq: '{c} ≠ {v}',
    lt: '{c} < {v}',
    lte: '{c} ≤ {v}',
    gt: '{c} > {v}',
    gte: '{c} ≥ {v}',
    between: '{c} {a} ~ {b}',
    in: '{c}: {list} 중 하나',
    notIn: '{c}: {list} 제외',
    contains: '{c}에 "{v}" 포함',
    notContains: '{c}에 "{v}" 미포함',
    startsWith: '{c}: "{v}"(으)로 시작',
    endsWith: '{c}: "{v}"(으)로 끝남',
    isEmpty: '{c} 비어 있음',
    isNotEmpty: '{c} 비어 있지 않음',
    isTrue: '{c} = 참',
    isFalse: '{c} = 거짓',
    on: '{c}: {v}',
    before: '{c}: {v} 전',
    after: '{c}: {v} 후',
    inLast: '{c}: 최근 {n}{unit}{anchor}',
    notInLast: '{c}: 최근 {n}{unit} 외{anchor}',
    isNull: '{c} 값 없음',
    isNotNull: '{c} 값 있음',
  },
};

export const WORDS: Record<FilterLocale, { and: string; or: string; all: string; more: string; listSeparator: string }> = {
  en: { and: ' and ', or: ' or ', all: 'All rows', more: ' and {n} more', listSeparator: ', ' },
  ko: { and: ' 그리고 ', or: ' 또는 ', all: '모든 행', more: ' 외 {n}개', listSeparator: ', ' },
};

export function unitWord(locale: FilterLocale, unit: RelativeUnit, n: number): string {
  if (locale === 'ko') return { day: '일', week: '주', month: '개월' }[unit];
  return n === 1 ? unit : `${unit}s`;
}

export function anchorWords(locale: FilterLocale, anchor: { kind: string; date?: string }): string {
  if (anchor.kind === 'today') return '';
  if (anchor.kind === 'maxDate') return locale === 'en' ? ' (up to the latest date)' : ' (마지막 날짜 기준)';
  return locale === 'en' ? ` (as of ${anchor.date})` : ` (기준일 ${anchor.date})`;
}
