// A customer's orders: when (seasonal Poisson arrivals inside their active spells), what and how much.

import { ARCHETYPES } from './archetypes';
import { DAYS, DAY_INFO, SALE_DAYS, SHOPPING_DAYS, dayStart, sampleDay, sampleTimeOfDay, weightedDays } from './calendar';
import { CATEGORY_PRICE, CATEGORY_RETURN_RATE, CATEGORY_WEIGHTS_BY_DAY, CHANNEL_BY_DEVICE } from './catalog';
import type { CustomerProfile } from './profile';
import { exponential, normal, pickCumulative, poisson, uniformInt, type Random } from './random';

export type OrderStatus = 'completed' | 'cancelled' | 'returned';

export interface SimOrder {
  /** Naive local seconds. */
  at: number;
  amountKrw: number;
  category: number;
  discount: boolean;
  /** Index into ORDER_CHANNELS. */
  channel: number;
  status: OrderStatus;
}

const CANCEL_RATE = 0.05;
// Spread of one customer's baskets around their spend level.
const BASKET_SPREAD = 0.45;

function orderDays(p: CustomerProfile, r: Random): number[] {
  const spec = ARCHETYPES[p.archetype];
  const cum = p.archetype === 'discount_only' ? SALE_DAYS : SHOPPING_DAYS;
  const days: number[] = [];
  p.spells.forEach((spell, i) => {
    if (i === 0 && r() < spec.firstOrder) {
      // Most first orders come on the sign-up day itself, the rest within about a week.
      const delay = r() < 0.6 ? 0 : Math.ceil(exponential(r, 5));
      const day = spell.from + delay;
      if (day >= 0 && day < DAYS) days.push(day); // a pre-2023 first order is outside the data
    }
    if (i > 0) days.push(Math.min(DAYS - 1, spell.from + uniformInt(r, 0, 20))); // the comeback order
    const n = poisson(r, p.ordersPerDay * weightedDays(cum, spell.from, spell.to));
    for (let k = 0; k < n; k++) days.push(sampleDay(r, cum, spell.from, spell.to));
  });
  return days;
}

function orderStatus(r: Random, category: number): OrderStatus {
  const u = r();
  if (u < CANCEL_RATE) return 'cancelled';
  return u < CANCEL_RATE + CATEGORY_RETURN_RATE[category]! ? 'returned' : 'completed';
}

export function simulateOrders(p: CustomerProfile, r: Random): SimOrder[] {
  const focus = ARCHETYPES[p.archetype].focus;
  const channels = CHANNEL_BY_DEVICE[p.device];
  const times = orderDays(p, r).map((day) => dayStart(day) + sampleTimeOfDay(r, p.timeSlot));
  times.sort((a, b) => a - b);
  return times.map((at) => {
    const day = Math.floor((at - dayStart(0)) / 86400);
    const category = r() < focus ? p.favourite : pickCumulative(r, CATEGORY_WEIGHTS_BY_DAY[day]!);
    // Promotions double ordinary customers' coupon use; discount-only buyers always use one.
    const discountChance = DAY_INFO[day]!.sale ? Math.min(1, 0.1 + 2 * p.discountPropensity) : p.discountPropensity;
    const discount = r() < discountChance;
    const raw = p.spendLevel * CATEGORY_PRICE[category]! * Math.exp(BASKET_SPREAD * normal(r)) * (discount ? 0.85 : 1);
    return {
      at,
      amountKrw: Math.max(1000, Math.round(raw / 100) * 100),
      category,
      discount,
      channel: pickCumulative(r, channels),
      status: orderStatus(r, category),
    };
  });
}
