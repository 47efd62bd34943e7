// Key facts of a card (size, shares, order value, recency), labelled and formatted for the locale.

import type { ProfileRow } from '../profile/rows';
import { formatCount, formatDays, formatMoney, formatPercent } from './format';
import type { PersonaLocale } from './settings';

export type PersonaFactKey = 'customers' | 'share' | 'revenueShare' | 'aov' | 'recency';

export interface PersonaFact {
  key: PersonaFactKey;
  label: string;
  /** Formatted for display. */
  value: string;
  raw: number;
}

const LABELS: Record<PersonaLocale, Record<PersonaFactKey, string>> = {
  en: {
    customers: 'Customers',
    share: 'Share of customers',
    revenueShare: 'Share of revenue',
    aov: 'Average order value',
    recency: 'Since last order (average)',
  },
  ko: {
    customers: '고객 수',
    share: '고객 비중',
    revenueShare: '매출 비중',
    aov: '평균 주문 금액',
    recency: '마지막 주문 후 경과 (평균)',
  },
};

/** The facts whose numbers the profile has, in a fixed order. */
export function personaFacts(row: ProfileRow, locale: PersonaLocale, currency: string | null): PersonaFact[] {
  const candidates: [PersonaFactKey, number | null, (n: number) => string][] = [
    ['customers', row.customers, (n) => formatCount(locale, n)],
    ['share', row.share, (n) => formatPercent(locale, n)],
    ['revenueShare', row.revenueShare, (n) => formatPercent(locale, n)],
    ['aov', row.aov, (n) => formatMoney(locale, n, currency)],
    ['recency', row.avgRecency, (n) => formatDays(locale, n)],
  ];
  return candidates
    .filter((c): c is [PersonaFactKey, number, (n: number) => string] => c[1] !== null)
    .map(([key, raw, format]) => ({ key, label: LABELS[locale][key], value: format(raw), raw }));
}
