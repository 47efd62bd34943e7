// The rule templates as data: their names, default parameters and the columns each one reads.

import type { BehaviourParams, BehaviourRule, BehaviourSettings } from './settings';

/** Roles beyond customer and timestamp, which every rule reads. */
export type BehaviourRole = 'eventType' | 'category' | 'channel' | 'discount' | 'order';

export const BEHAVIOUR_RULE_NAMES: Record<BehaviourRule, { en: string; ko: string }> = {
  cart_abandoners: { en: 'Cart abandoners', ko: '장바구니 이탈 고객' },
  browsers_without_purchase: { en: 'Browsers without purchase', ko: '구매 없이 둘러보는 고객' },
  category_loyalists: { en: 'Category loyalists', ko: '카테고리 충성 고객' },
  discount_only_buyers: { en: 'Discount-only buyers', ko: '할인 때만 사는 고객' },
  preferred_channel: { en: 'Preferred channel', ko: '선호 채널' },
};

export const DEFAULT_BEHAVIOUR_PARAMS: { [R in BehaviourRule]: BehaviourParams<R> } = {
  cart_abandoners: { windowDays: 30, purchaseWithinHours: 24 },
  browsers_without_purchase: { windowDays: 30, minViews: 3, noPurchaseIn: 'window' },
  category_loyalists: { months: 6, minShare: 0.7, minEvents: 3, activity: 'all' },
  discount_only_buyers: { minShare: 0.8, minOrders: 3, windowDays: null },
  preferred_channel: { windowDays: null, minShare: 0 },
};

export const DEFAULT_EVENT_TYPES: BehaviourSettings['eventTypes'] = { view: ['view'], cart: ['cart_add'], purchase: ['purchase'] };

/** The roles a rule cannot run without, and those it reads when bound (evidence columns). */
export function rolesOf(settings: BehaviourSettings): { required: BehaviourRole[]; optional: BehaviourRole[] } {
  switch (settings.rule) {
    case 'cart_abandoners':
      return { required: ['eventType'], optional: ['category'] };
    case 'browsers_without_purchase':
      return { required: ['eventType'], optional: [] };
    case 'category_loyalists':
      return { required: settings.params.activity === 'purchases' ? ['category', 'eventType'] : ['category'], optional: [] };
    case 'discount_only_buyers':
      return { required: ['discount'], optional: ['order'] };
    case 'preferred_channel':
      return { required: ['channel'], optional: [] };
  }
}

/** A bound column, or null (absent or empty means not bound). */
export function boundColumn(settings: BehaviourSettings, role: BehaviourRole): string | null {
  return settings.columns[role] ? settings.columns[role] : null;
}
