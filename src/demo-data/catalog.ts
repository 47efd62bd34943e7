// Reference values of the demo shop: regions, categories, channels and their shares.

import { DAY_INFO, DAYS } from './calendar';
import { cumulativeWeights } from './random';

/** 시/도 with resident population in 10,000s (행정안전부 주민등록 인구, end of 2024, rounded). */
export const REGIONS: readonly (readonly [string, number])[] = [
  ['서울특별시', 936],
  ['부산광역시', 328],
  ['대구광역시', 237],
  ['인천광역시', 302],
  ['광주광역시', 141],
  ['대전광역시', 144],
  ['울산광역시', 110],
  ['세종특별자치시', 39],
  ['경기도', 1369],
  ['강원특별자치도', 152],
  ['충청북도', 159],
  ['충청남도', 213],
  ['전북특별자치도', 174],
  ['전라남도', 180],
  ['경상북도', 255],
  ['경상남도', 325],
  ['제주특별자치도', 67],
];
export const REGION_NAMES = REGIONS.map(([name]) => name);
// Online shopping skews to the capital area a little beyond its population share.
export const REGION_WEIGHTS = REGIONS.map(([name, pop]) => pop * (name === '서울특별시' || name === '경기도' ? 1.15 : 1));

export const CATEGORIES = ['패션', '뷰티', '식품', '생활', '가전', '스포츠', '도서', '유아'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Share of orders by category across the shop. */
export const CATEGORY_SHARE = [0.22, 0.14, 0.2, 0.16, 0.07, 0.08, 0.05, 0.08];
/** Typical basket relative to the customer's spend level: appliances cost more, books less. */
export const CATEGORY_PRICE = [1.0, 0.7, 0.65, 0.8, 3.2, 1.3, 0.45, 1.0];
/** Returns happen mostly when clothes do not fit. */
export const CATEGORY_RETURN_RATE = [0.065, 0.025, 0.01, 0.02, 0.03, 0.035, 0.01, 0.025];

export const SIGNUP_CHANNELS = ['organic', 'search_ad', 'social', 'referral', 'kakao'] as const;
export const SIGNUP_CHANNEL_SHARE = [0.35, 0.25, 0.15, 0.1, 0.15];
export const DEVICES = ['mobile', 'desktop', 'app'] as const;
export type Device = (typeof DEVICES)[number];
export const ORDER_CHANNELS = ['web', 'app', 'mobile_web'] as const;
/** Order channel shares (web, app, mobile_web) by the customer's main device, as running totals. */
export const CHANNEL_BY_DEVICE: Record<Device, Float64Array> = {
  mobile: cumulativeWeights([0.1, 0.2, 0.7]),
  desktop: cumulativeWeights([0.75, 0.05, 0.2]),
  app: cumulativeWeights([0.05, 0.85, 0.1]),
};

function categoryWeightsOn(day: number): number[] {
  const { month, dom, holidayRun } = DAY_INFO[day]!;
  return CATEGORY_SHARE.map((share, i) => {
    const c = CATEGORIES[i];
    if (c === '식품' && holidayRun) return share * 2.5; // 명절 선물세트
    if (c === '가전' && month === 11) return share * 1.7; // Black Friday appliances
    if (c === '패션' && (month === 3 || month === 9 || month === 10)) return share * 1.3; // season change
    if (c === '스포츠' && month >= 4 && month <= 6) return share * 1.3;
    if (c === '유아' && month === 5 && dom <= 5) return share * 1.8; // 어린이날
    if (c === '도서' && (month === 2 || month === 3)) return share * 1.3; // new semester
    return share;
  });
}

/** Category weights (running totals) for each day of the range: seasonal demand shifts between categories. */
export const CATEGORY_WEIGHTS_BY_DAY: readonly Float64Array[] = Array.from({ length: DAYS }, (_, d) => cumulativeWeights(categoryWeightsOn(d)));

export const SHOPPING_STYLES = ['가성비형', '계획구매형', '충동구매형', '브랜드 충성형', '트렌드 추구형'] as const;
export const PREFERRED_TIMES = ['아침', '점심', '저녁', '심야'] as const;
export const VALUE_PRIORITIES = ['가격', '품질', '배송 속도', '브랜드', '리뷰'] as const;
/** Free-text survey comments; commas and quotes on purpose, so CSV quoting is exercised. */
export const SURVEY_COMMENTS = [
  '배송이 빨라서 좋아요',
  '가격은 괜찮은데, 배송이 조금 느려요',
  '"오늘출발" 상품이 더 많았으면 좋겠어요',
  '쿠폰이 자주 나와서 만족합니다',
  '앱이 가끔 느려요, 특히 결제할 때',
  '반품 절차가 간편했어요',
  '상품 설명과 실제 색상이 달라요',
  '포인트 적립, 사용이 헷갈려요',
  '고객센터 응대가 친절했습니다',
  '원하는 사이즈가 자주 품절이에요',
  'VIP 혜택이 좋아요 "강추"',
  '포장이 과해요, 친환경 포장 부탁드려요',
];
