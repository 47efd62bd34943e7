// English description of a segment from its traits: one sentence on behaviour, one on size.
// "Stopped buying about three months ago after regular mid-value orders."

import { formatPercent } from './format';
import type { PersonaTraits, RecencyBand } from './traits';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ADJECTIVE = { rarely: 'occasional', regularly: 'regular', often: 'frequent' } as const;

/** "a month", "three weeks", "14 days" */
function span({ unit, count }: RecencyBand): string {
  return count === 1 ? `a ${unit}` : `${WORDS[count] ?? String(count)} ${unit}s`;
}

export function behaviourSentenceEn({ recency, status, frequency, value }: PersonaTraits): string | null {
  const valued = value === null ? '' : `${value}-value `;
  const usually = value === null ? '' : `, usually ${value}-value,`;
  const ago = recency === null ? '' : `about ${span(recency)} ago`;
  if (frequency === 'once') {
    if (status === 'lapsed') return `Placed a single ${valued}order ${ago} and has not come back.`;
    if (status === 'recent') return `Placed one ${valued}order ${ago} and has not reordered yet.`;
    return `Placed one ${valued}order.`;
  }
  if (frequency !== null) {
    if (status === 'lapsed') return `Stopped buying ${ago} after ${ADJECTIVE[frequency]} ${valued}orders.`;
    if (status === 'recent') return `Orders ${frequency}${usually} and last bought ${ago}.`;
    return `Orders ${frequency}${value === null ? '' : `, usually ${value}-value`}.`;
  }
  if (status === 'lapsed') return `Stopped buying ${ago}${value === null ? '' : ` after ${valued}orders`}.`;
  if (status === 'recent') return `Last bought ${ago}${value === null ? '' : `, usually ${valued}orders`}.`;
  return value === null ? null : `Places mostly ${valued}orders.`;
}

export function sizeSentenceEn(share: number | null, revenueShare: number | null): string | null {
  if (share === null) return null;
  const customers = formatPercent('en', share);
  return revenueShare === null ? `Makes up ${customers} of customers.` : `Makes up ${customers} of customers and ${formatPercent('en', revenueShare)} of revenue.`;
}
