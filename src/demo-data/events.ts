// Clickstream: a session for every order (views, cart add, purchase at the order's exact time)
// plus browsing sessions without a purchase, some ending with an abandoned cart.

import { ARCHETYPES, DAYS_PER_MONTH } from './archetypes';
import { AS_OF, DAYS, SHOPPING_DAYS, dayStart, sampleDay, sampleTimeOfDay, weightedDays } from './calendar';
import { CATEGORY_WEIGHTS_BY_DAY, CHANNEL_BY_DEVICE } from './catalog';
import type { SimOrder } from './orders';
import type { CustomerProfile } from './profile';
import { exponential, pickCumulative, poisson, uniformInt, type Random } from './random';

export type EventType = 'session_start' | 'view' | 'cart_add' | 'purchase';

export interface SimEvent {
  at: number;
  type: EventType;
  /** Index into CATEGORIES; null for session_start. */
  category: number | null;
  channel: number;
  /** Index into the customer's orders, for purchase events. */
  order: number | null;
}

// Share of purchases whose cart add happened in an earlier visit (hours before): these customers
// count as cart abandoners under a short window H but not under a long one.
const CONSIDERED_PURCHASE = 0.12;

function viewCategory(r: Random, p: CustomerProfile, day: number, focus: number | null): number {
  if (focus !== null && r() < 0.7) return focus;
  return r() < 0.4 ? p.favourite : pickCumulative(r, CATEGORY_WEIGHTS_BY_DAY[day]!);
}

function purchaseSession(r: Random, p: CustomerProfile, o: SimOrder, index: number, out: SimEvent[]): void {
  // Nothing before sign-up, nor before the data starts (members who joined earlier).
  const earliest = dayStart(Math.max(0, p.signupDay));
  const day = Math.floor((o.at - dayStart(0)) / 86400);
  const at = (t: number) => Math.max(earliest, t);
  const considered = r() < CONSIDERED_PURCHASE;
  if (considered) {
    const t = at(o.at - uniformInt(r, 2 * 3600, 72 * 3600));
    out.push({ at: t, type: 'session_start', category: null, channel: o.channel, order: null });
    out.push({ at: at(t + uniformInt(r, 10, 120)), type: 'view', category: o.category, channel: o.channel, order: null });
    out.push({ at: at(t + uniformInt(r, 130, 400)), type: 'cart_add', category: o.category, channel: o.channel, order: null });
  }
  const views = 1 + poisson(r, 1.2);
  let t = o.at - views * uniformInt(r, 40, 150) - 300;
  out.push({ at: at(t), type: 'session_start', category: null, channel: o.channel, order: null });
  for (let v = 0; v < views; v++) {
    t += uniformInt(r, 20, 120);
    out.push({ at: at(t), type: 'view', category: viewCategory(r, p, day, o.category), channel: o.channel, order: null });
  }
  if (!considered) out.push({ at: at(o.at - uniformInt(r, 20, 240)), type: 'cart_add', category: o.category, channel: o.channel, order: null });
  out.push({ at: o.at, type: 'purchase', category: o.category, channel: o.channel, order: index });
}

function browseSession(r: Random, p: CustomerProfile, day: number, cartChance: number, out: SimEvent[]): void {
  const channel = pickCumulative(r, CHANNEL_BY_DEVICE[p.device]);
  let t = dayStart(day) + sampleTimeOfDay(r, p.timeSlot);
  const at = (x: number) => Math.min(AS_OF - 1, x);
  out.push({ at: at(t), type: 'session_start', category: null, channel, order: null });
  const views = 1 + poisson(r, 1.2);
  let category = p.favourite;
  for (let v = 0; v < views; v++) {
    t += uniformInt(r, 20, 180);
    category = viewCategory(r, p, day, null);
    out.push({ at: at(t), type: 'view', category, channel, order: null });
  }
  if (r() < cartChance) out.push({ at: at(t + uniformInt(r, 20, 120)), type: 'cart_add', category, channel, order: null });
}

export function simulateEvents(p: CustomerProfile, orders: readonly SimOrder[], r: Random): SimEvent[] {
  const spec = ARCHETYPES[p.archetype];
  const out: SimEvent[] = [];
  orders.forEach((o, i) => purchaseSession(r, p, o, i, out));
  for (const spell of p.spells) {
    // Visits trail off a few weeks after the last purchase rather than stopping dead.
    const to = Math.min(DAYS, spell.to + Math.round(exponential(r, 20)));
    const n = poisson(r, (spec.browsePerMonth / DAYS_PER_MONTH) * weightedDays(SHOPPING_DAYS, spell.from, to));
    for (let k = 0; k < n; k++) browseSession(r, p, sampleDay(r, SHOPPING_DAYS, spell.from, to), spec.cartAbandon, out);
  }
  return out.sort((a, b) => a.at - b.at);
}
