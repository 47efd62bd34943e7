// Numbers for cards, formatted with Intl in the card's language (ko-KR or en-US conventions).

import type { PersonaLocale } from './settings';

const TAGS: Record<PersonaLocale, string> = { en: 'en-US', ko: 'ko-KR' };

/** 0.123 -> "12%"; below 10% one decimal ("4.5%") so small segments do not all read "0%". */
export function formatPercent(locale: PersonaLocale, share: number): string {
  const digits = Math.abs(share) < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(TAGS[locale], { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function formatCount(locale: PersonaLocale, count: number): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 0 }).format(count);
}

/** Money with the currency's symbol when known ("₩45,000", "$45.20"), else a plain number. */
export function formatMoney(locale: PersonaLocale, amount: number, currency: string | null): string {
  if (currency !== null) return new Intl.NumberFormat(TAGS[locale], { style: 'currency', currency }).format(amount);
  const digits = Math.abs(amount) >= 100 ? 0 : 2;
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits }).format(amount);
}

/** 92 -> "92 days" / "92일" */
export function formatDays(locale: PersonaLocale, days: number): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0 }).format(days);
}

/** 1.64 -> "1.6×" / "1.6배" */
export function formatLift(locale: PersonaLocale, lift: number): string {
  const number = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 1 }).format(lift);
  return locale === 'ko' ? `${number}배` : `${number}×`;
}
