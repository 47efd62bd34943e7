// Korean description of a segment from its traits: one sentence on behaviour, one on size.
// "정기적으로 중간 금액대 주문을 하다가 약 3개월 전부터 구매가 끊겼습니다."
// Particles only follow fixed Korean words or "%" (read 퍼센트), never a user's label.

import { formatPercent } from './format';
import type { PersonaTraits, RecencyBand, RecencyUnit } from './traits';

const UNIT: Record<RecencyUnit, string> = { day: '일', week: '주', month: '개월', year: '년' };
const ADVERB = { rarely: '가끔', regularly: '정기적으로', often: '자주' } as const;
const VALUE = { low: '낮은 금액대', mid: '중간 금액대', high: '높은 금액대' } as const;

const span = ({ unit, count }: RecencyBand) => `${count}${UNIT[unit]}`;

export function behaviourSentenceKo({ recency, status, frequency, value }: PersonaTraits): string | null {
  const order = value === null ? '주문' : `${VALUE[value]} 주문`;
  const ago = recency === null ? '' : `약 ${span(recency)} 전`;
  if (frequency === 'once') {
    if (status === 'lapsed') return `${ago}에 ${order}을 한 번 한 뒤 다시 구매하지 않았습니다.`;
    if (status === 'recent') return `${ago}에 ${order}을 한 번 했고, 아직 재구매는 없습니다.`;
    return `${order}을 한 번 했습니다.`;
  }
  if (frequency !== null) {
    if (status === 'lapsed') return `${ADVERB[frequency]} ${order}을 하다가 ${ago}부터 구매가 끊겼습니다.`;
    if (status === 'recent') return `${ADVERB[frequency]} ${order}을 하며, 마지막 구매는 ${ago}입니다.`;
    return `${ADVERB[frequency]} ${order}을 합니다.`;
  }
  if (status === 'lapsed') return value === null ? `${ago}부터 구매가 끊겼습니다.` : `${order}을 하다가 ${ago}부터 구매가 끊겼습니다.`;
  if (status === 'recent') return value === null ? `마지막 구매는 ${ago}입니다.` : `주로 ${order}을 하며, 마지막 구매는 ${ago}입니다.`;
  return value === null ? null : `주로 ${order}을 합니다.`;
}

export function sizeSentenceKo(share: number | null, revenueShare: number | null): string | null {
  if (share === null) return null;
  const customers = formatPercent('ko', share);
  return revenueShare === null ? `전체 고객의 ${customers}를 차지합니다.` : `전체 고객의 ${customers}, 매출의 ${formatPercent('ko', revenueShare)}를 차지합니다.`;
}
