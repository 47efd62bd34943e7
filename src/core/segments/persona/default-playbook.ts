// The shipped playbook, as data the user copies and edits. Keys cover the RFM presets' segment
// ids, the lifecycle states and the behaviour rules of DESIGN.md section 4. Order matters for
// segments no key names (k-means clusters, custom labels): the first entry whose `when` fits
// the segment's traits is used, so specific behaviour comes before the catch-alls.

import type { Channel, Playbook, PlaybookEntry } from './settings';

type When = NonNullable<PlaybookEntry['when']>;

const entry = (id: string, en: string, ko: string, keys: string[], when: When | null, ...actions: [string, string, Channel[]][]): PlaybookEntry => ({
  id,
  label: { en, ko },
  keys,
  ...(when === null ? {} : { when }),
  actions: actions.map(([actionEn, actionKo, channels]) => ({ text: { en: actionEn, ko: actionKo }, channels })),
});

export const DEFAULT_PLAYBOOK: Playbook = [
  entry('champions', 'Champions', '챔피언', ['champions'], { status: 'recent', frequency: ['often'], value: ['high'] },
    ['Give VIP early access to new arrivals and sales.', '신상품과 세일에 VIP 우선 구매 기회를 드리세요.', ['kakaotalk', 'email']],
    ['Ask for reviews and referrals.', '리뷰와 친구 추천을 부탁하세요.', ['email', 'push']]),
  entry('loyal', 'Loyal customers', '충성 고객', ['loyal', 'loyal_customers'], { status: 'recent', frequency: ['often', 'regularly'], value: ['mid', 'high'] },
    ['Reward loyalty with points or tier benefits.', '포인트나 등급 혜택으로 꾸준한 구매에 보답하세요.', ['kakaotalk', 'email', 'push']]),
  entry('potential_loyalists', 'Potential loyalists', '잠재 충성 고객', ['potential_loyalists', 'potential_loyalist'], { status: 'recent', frequency: ['rarely', 'regularly'] },
    ['Offer a membership with a first-month benefit.', '첫 달 혜택이 있는 멤버십 가입을 제안하세요.', ['email', 'kakaotalk']]),
  entry('new_customers', 'New customers', '신규 고객', ['new_customers', 'new'], { status: 'recent', frequency: ['once'] },
    ['Send an onboarding series: welcome, brand story, bestsellers.', '환영 인사, 브랜드 소개, 인기 상품으로 이어지는 온보딩 메시지를 보내세요.', ['email', 'kakaotalk', 'push']]),
  entry('promising', 'Promising', '유망 고객', ['promising'], null,
    ['Send a coupon for the second purchase.', '두 번째 구매에 쓸 수 있는 쿠폰을 보내세요.', ['kakaotalk', 'sms', 'push']]),
  entry('reactivated', 'Reactivated', '재활성 고객', ['reactivated'], null,
    ['Welcome them back and show what is new since their last order.', '다시 찾아 주셔서 감사하다는 인사와 함께 지난 주문 이후의 새 소식을 전하세요.', ['email', 'kakaotalk']]),
  entry('need_attention', 'Need attention', '관심 필요', ['need_attention', 'active'], { status: 'recent' },
    ['Send personalised recommendations based on past orders.', '지난 주문을 바탕으로 개인화된 추천 상품을 보내세요.', ['email', 'push']]),
  entry('about_to_sleep', 'About to sleep', '휴면 직전', ['about_to_sleep'], null,
    ['Send a limited-time offer before they drift away.', '떠나기 전에 기간 한정 혜택을 보내세요.', ['sms', 'kakaotalk', 'push']]),
  entry('cant_lose', "Can't lose them", '놓치면 안 될 고객', ['cant_lose', 'cant_lose_them'], { status: 'lapsed', frequency: ['often'], value: ['high'] },
    ['Reach out personally, with a call or a handwritten note and an exclusive offer.', '전화나 손편지로 직접 연락하고 전용 혜택을 드리세요.', ['sms', 'kakaotalk', 'email']]),
  entry('at_risk', 'At risk', '이탈 위험', ['at_risk'], { status: 'lapsed', frequency: ['regularly', 'often'] },
    ['Send a win-back offer with a reason to return.', '다시 찾아올 이유를 담은 재구매 혜택을 보내세요.', ['email', 'kakaotalk', 'sms']]),
  entry('hibernating', 'Hibernating or lost', '휴면·이탈 고객', ['hibernating', 'lost', 'dormant', 'churned'], { status: 'lapsed' },
    ['Try one low-cost reactivation message, then stop sending if there is no response.', '비용이 적은 재활성화 메시지를 한 번 보내고, 반응이 없으면 발송 대상에서 제외하세요.', ['email']]),
  entry('cart_abandoners', 'Cart abandoners', '장바구니 이탈 고객', ['cart_abandoners', 'cart_abandoner'], null,
    ['Send a cart reminder with a time-limited coupon.', '장바구니 상품 알림과 기간 한정 쿠폰을 보내세요.', ['push', 'kakaotalk', 'email']]),
  entry('browsers', 'Browsers without purchase', '구매 없이 둘러보는 고객', ['browsers', 'browsers_without_purchase'], null,
    ['Retarget with social proof: reviews and bestseller badges.', '후기와 베스트셀러 표시 같은 사회적 증거로 다시 알리세요.', ['push', 'email']]),
  entry('category_loyalists', 'Category loyalists', '카테고리 충성 고객', ['category_loyalists', 'category_loyalist'], null,
    ['Announce new items in their favourite category first, and suggest a related one.', '좋아하는 카테고리의 신상품을 먼저 알리고 관련 카테고리를 추천하세요.', ['push', 'email']]),
  entry('discount_only', 'Discount-only buyers', '할인 때만 구매하는 고객', ['discount_only', 'discount_only_buyers', 'discount_buyers'], null,
    ['Offer a bundle instead of a discount.', '할인 대신 묶음 상품을 제안하세요.', ['email', 'kakaotalk']]),
];

/** A fresh copy, so the caller may edit it without touching the shipped table. */
export function defaultPlaybook(): Playbook {
  return structuredClone(DEFAULT_PLAYBOOK);
}
