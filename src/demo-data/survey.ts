// Survey answers (NPS, lifestyle and values) from the customers who answered, consistent with
// how they actually shop: bargain hunters say price matters, champions recommend the shop.

import type { Archetype } from './archetypes';
import { ARCHETYPES } from './archetypes';
import { DAYS, SHOPPING_DAYS, dayStart, sampleDay, sampleTimeOfDay } from './calendar';
import { PREFERRED_TIMES, SHOPPING_STYLES, SURVEY_COMMENTS, VALUE_PRIORITIES } from './catalog';
import type { CustomerProfile } from './profile';
import { normal, pickWeighted, type Random } from './random';

/** Engaged customers answer surveys far more often than one-time buyers and browsers. */
const RESPONSE_RATE: Record<Archetype, number> = {
  champion: 0.35,
  loyal: 0.25,
  category_loyalist: 0.22,
  regular: 0.15,
  reactivated: 0.15,
  discount_only: 0.18,
  churned: 0.08,
  one_time: 0.08,
  cart_abandoner: 0.07,
  browser: 0.05,
};

// Weights over SHOPPING_STYLES: 가성비형, 계획구매형, 충동구매형, 브랜드 충성형, 트렌드 추구형.
const STYLE_WEIGHTS: Partial<Record<Archetype, number[]>> = {
  discount_only: [0.7, 0.15, 0.1, 0.02, 0.03],
  champion: [0.1, 0.2, 0.2, 0.3, 0.2],
  category_loyalist: [0.15, 0.35, 0.05, 0.35, 0.1],
  cart_abandoner: [0.35, 0.3, 0.15, 0.05, 0.15],
};
const DEFAULT_STYLE = [0.3, 0.25, 0.2, 0.12, 0.13];

export interface SimSurvey {
  respondedAt: number;
  nps: number;
  shoppingStyle: string;
  priceSensitivity: number;
  preferredTime: string;
  valuePriority: string;
  comment: string | null;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function simulateSurvey(p: CustomerProfile, r: Random): SimSurvey | null {
  if (r() >= RESPONSE_RATE[p.archetype]) return null;
  // Answers come while the customer is still around: from a week after sign-up to a month after they stop.
  const from = Math.max(0, p.signupDay + 7);
  const to = Math.min(DAYS, p.spells[p.spells.length - 1]!.to + 30);
  if (from >= to) return null;
  const day = sampleDay(r, SHOPPING_DAYS, from, to);
  const priceSensitivity = clamp(Math.round(1 + 4 * Math.min(1, p.discountPropensity * 2.2) + 0.8 * normal(r)), 1, 5);
  const valueWeights = [priceSensitivity, 2, 1.2, p.archetype === 'champion' ? 2 : 0.8, 1.2];
  return {
    respondedAt: dayStart(day) + sampleTimeOfDay(r, p.timeSlot),
    nps: clamp(Math.round(ARCHETYPES[p.archetype].npsMean + 1.6 * normal(r)), 0, 10),
    shoppingStyle: SHOPPING_STYLES[pickWeighted(r, STYLE_WEIGHTS[p.archetype] ?? DEFAULT_STYLE)]!,
    priceSensitivity,
    preferredTime: PREFERRED_TIMES[r() < 0.85 ? p.timeSlot : Math.floor(r() * PREFERRED_TIMES.length)]!,
    valuePriority: VALUE_PRIORITIES[pickWeighted(r, valueWeights)]!,
    comment: r() < 0.3 ? SURVEY_COMMENTS[Math.floor(r() * SURVEY_COMMENTS.length)]! : null,
  };
}
