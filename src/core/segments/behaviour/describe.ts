// One sentence per rule with its parameters filled in, shown above the cell's result. Only
// numbers from the settings go in, never column names or event values, so the sentence can
// also sit in a SQL comment.

import type { BehaviourLocale, BehaviourSettings } from './settings';

/** 0.7 -> "70%", 0.725 -> "72.5%". */
function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function describeBehaviour(settings: BehaviourSettings, locale: BehaviourLocale): string {
  const ko = locale === 'ko';
  switch (settings.rule) {
    case 'cart_abandoners': {
      const { windowDays: d, purchaseWithinHours: h } = settings.params;
      return ko
        ? `최근 ${d}일 동안 장바구니에 상품을 담고 ${h}시간 안에 구매하지 않은 고객`
        : `Customers who added to the cart in the last ${d} days and did not buy within ${h} hours.`;
    }
    case 'browsers_without_purchase': {
      const { windowDays: d, minViews: n, noPurchaseIn } = settings.params;
      if (ko) return `최근 ${d}일 동안 상품을 ${n}번 이상 보고 ${noPurchaseIn === 'window' ? '그 기간에' : '한 번도'} 구매하지 않은 고객`;
      return `Customers with at least ${n} product views in the last ${d} days and ${noPurchaseIn === 'window' ? 'no purchase in those days' : 'no purchase ever'}.`;
    }
    case 'category_loyalists': {
      const { months: m, minShare: s, minEvents: k, activity } = settings.params;
      if (ko) return `최근 ${m}개월 동안 ${activity === 'all' ? '활동' : '구매'}의 ${percent(s)} 이상이 한 카테고리에 몰린 고객 (${k}건 이상)`;
      return `Customers with at least ${percent(s)} of their ${activity === 'all' ? 'activity' : 'purchases'} in one category over the last ${m} months (at least ${k}).`;
    }
    case 'discount_only_buyers': {
      const { minShare: s, minOrders: k, windowDays: d } = settings.params;
      if (ko) return `${d === null ? '' : `최근 ${d}일 동안 `}주문이 ${k}건 이상이고 그중 ${percent(s)} 이상에 할인을 쓴 고객`;
      return `Customers with at least ${k} orders${d === null ? '' : ` in the last ${d} days`}, ${percent(s)} or more of them with a discount.`;
    }
    case 'preferred_channel': {
      const { windowDays: d, minShare: s } = settings.params;
      if (ko) return `고객별로 ${d === null ? '' : `최근 ${d}일 동안 `}가장 많이 쓴 채널${s > 0 ? `, 그 채널 비중이 ${percent(s)} 이상인 고객만` : ''}`;
      return `Each customer's most used channel${d === null ? '' : ` in the last ${d} days`}${s > 0 ? `, for customers who use it for at least ${percent(s)} of their activity` : ''}.`;
    }
  }
}
