// Hidden customer archetypes. They never appear in the output: they are the behaviour the data is
// simulated from, chosen so that every segment of DESIGN section 4 (RFM map, lifecycle states,
// behaviour rules) has members. New customers and at-risk ones come out of sign-up dates and
// random lifetimes rather than from an archetype of their own.

import { DAYS, dayOf } from './calendar';
import { exponential, uniform, uniformInt, type Random } from './random';

export type Archetype =
  | 'champion'
  | 'loyal'
  | 'regular'
  | 'one_time'
  | 'churned'
  | 'reactivated'
  | 'discount_only'
  | 'category_loyalist'
  | 'browser'
  | 'cart_abandoner';

interface ArchetypeSpec {
  share: number;
  /** Orders per month while active, drawn log-uniformly from this range. */
  ordersPerMonth: readonly [number, number];
  /** Active months after sign-up: null = still active at the as-of date. */
  lifetime: ((r: Random) => number) | null;
  /** Chance of a first order within days of sign-up (people often sign up to buy). */
  firstOrder: number;
  /** Added to the log of the customer's spend level. */
  spendOffset: number;
  /** Sessions per month without a purchase. */
  browsePerMonth: number;
  /** Chance that such a session ends with an abandoned cart. */
  cartAbandon: number;
  /** Chance an order is in the customer's favourite category. */
  focus: number;
  /** Multiplier on campaign open and click rates. */
  engagement: number;
  /** Typical NPS answer. */
  npsMean: number;
}

const months = (lo: number, hi: number) => (r: Random) => uniform(r, lo, hi);
const meanMonths = (mean: number) => (r: Random) => exponential(r, mean);

export const ARCHETYPES: Record<Archetype, ArchetypeSpec> = {
  champion: { share: 0.05, ordersPerMonth: [1, 2.5], lifetime: null, firstOrder: 1, spendOffset: 0.35, browsePerMonth: 0.6, cartAbandon: 0.2, focus: 0.35, engagement: 1.7, npsMean: 9 },
  loyal: { share: 0.1, ordersPerMonth: [0.4, 1], lifetime: null, firstOrder: 1, spendOffset: 0.15, browsePerMonth: 0.4, cartAbandon: 0.2, focus: 0.35, engagement: 1.4, npsMean: 8.3 },
  regular: { share: 0.18, ordersPerMonth: [0.15, 0.5], lifetime: meanMonths(18), firstOrder: 1, spendOffset: 0, browsePerMonth: 0.25, cartAbandon: 0.2, focus: 0.3, engagement: 1, npsMean: 7.2 },
  one_time: { share: 0.2, ordersPerMonth: [0, 0], lifetime: months(0.5, 1.5), firstOrder: 1, spendOffset: -0.15, browsePerMonth: 0.5, cartAbandon: 0.15, focus: 0.3, engagement: 0.6, npsMean: 6.3 },
  churned: { share: 0.1, ordersPerMonth: [0.3, 1], lifetime: months(2, 9), firstOrder: 1, spendOffset: 0, browsePerMonth: 0.25, cartAbandon: 0.2, focus: 0.3, engagement: 0.8, npsMean: 5.2 },
  reactivated: { share: 0.04, ordersPerMonth: [0.3, 0.9], lifetime: months(3, 8), firstOrder: 1, spendOffset: 0.05, browsePerMonth: 0.25, cartAbandon: 0.2, focus: 0.3, engagement: 1.2, npsMean: 7 },
  discount_only: { share: 0.06, ordersPerMonth: [0.25, 0.7], lifetime: meanMonths(20), firstOrder: 0, spendOffset: -0.25, browsePerMonth: 0.4, cartAbandon: 0.35, focus: 0.3, engagement: 1.3, npsMean: 6.8 },
  category_loyalist: { share: 0.07, ordersPerMonth: [0.3, 1], lifetime: null, firstOrder: 1, spendOffset: 0.05, browsePerMonth: 0.25, cartAbandon: 0.15, focus: 0.93, engagement: 1, npsMean: 8 },
  browser: { share: 0.12, ordersPerMonth: [0, 0], lifetime: meanMonths(3), firstOrder: 0, spendOffset: 0, browsePerMonth: 2, cartAbandon: 0.12, focus: 0, engagement: 0.5, npsMean: 6 },
  cart_abandoner: { share: 0.08, ordersPerMonth: [0.04, 0.12], lifetime: meanMonths(7), firstOrder: 0.4, spendOffset: -0.1, browsePerMonth: 1, cartAbandon: 0.6, focus: 0.3, engagement: 0.9, npsMean: 6.2 },
};

export const ARCHETYPE_NAMES = Object.keys(ARCHETYPES) as Archetype[];
export const ARCHETYPE_SHARES = ARCHETYPE_NAMES.map((a) => ARCHETYPES[a].share);

export const DAYS_PER_MONTH = 30.44;
/** Reactivated customers need room for a first spell, a gap of 200+ days and a comeback before the as-of date. */
export const REACTIVATED_LAST_SIGNUP = dayOf(2024, 3, 31);
/** The gap after which a returning customer counts as reactivated in the demo (lifecycle C = 180 days). */
export const REACTIVATION_GAP_DAYS = 200;

/** A spell of activity: orders at `ordersPerDay` and browsing, within days [from, to). */
export interface Spell {
  from: number;
  to: number;
}

/** The customer's active spells, from sign-up to when they stop (or the as-of date). */
export function planSpells(archetype: Archetype, r: Random, signupDay: number): Spell[] {
  const spec = ARCHETYPES[archetype];
  const lifetimeDays = spec.lifetime === null ? DAYS : Math.max(7, Math.round(spec.lifetime(r) * DAYS_PER_MONTH));
  const first: Spell = { from: signupDay, to: Math.min(DAYS, signupDay + lifetimeDays) };
  if (archetype !== 'reactivated') return [first];
  // The comeback starts after a gap of 200-420 days and runs to the as-of date; it must start at
  // least a month before the end so the comeback order lands inside the data.
  const comeback = Math.min(first.to + uniformInt(r, REACTIVATION_GAP_DAYS, 420), DAYS - 30);
  return [first, { from: Math.max(comeback, first.to + REACTIVATION_GAP_DAYS), to: DAYS }];
}
