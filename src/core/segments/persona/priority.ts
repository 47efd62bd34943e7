// Targeting priority = value x size x responsiveness, each defined from the profile's numbers:
// - value: spend per customer relative to all customers (avg_revenue / overall avg_revenue; 1 =
//   average). Without revenue: AOV index x frequency index / 100^2, else the AOV index alone,
//   else 1. Negative (refund-heavy) values count as 0.
// - size: the segment's share of customers (0..1). So value x size is the segment's revenue
//   share, which is the point: where the money is.
// - responsiveness (0..1): the segment's campaign response rate when a response column is given
//   (mean of a 0/1 column, clamped to 0..1); otherwise how likely a message lands, from the
//   numbers: 0.5 ^ (avg recency / half-life) (reachability halves every half-life, 90 days by
//   default) x f / (f + 1) for average orders f (1 order: 0.5, 3 orders: 0.75). A factor whose
//   number is missing is left out; with neither, responsiveness is 1.
// The score is the product; it ranks segments, its scale means nothing on its own.

import type { ProfileRow } from '../profile/rows';

export type ResponsivenessSource = 'responseRate' | 'recencyFrequency' | 'recency' | 'frequency' | 'none';

export interface PersonaPriority {
  score: number;
  value: number;
  size: number;
  responsiveness: number;
  responsivenessFrom: ResponsivenessSource;
}

export interface PriorityOptions {
  responseColumn: string | null;
  recencyHalfLifeDays: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function valueFactor(row: ProfileRow, all: ProfileRow): number {
  const value =
    row.avgRevenue !== null && all.avgRevenue !== null && all.avgRevenue > 0 ? row.avgRevenue / all.avgRevenue
    : row.aovIndex !== null && row.frequencyIndex !== null ? (row.aovIndex / 100) * (row.frequencyIndex / 100)
    : row.aovIndex !== null ? row.aovIndex / 100
    : 1;
  return Math.max(0, value);
}

function responsiveness(row: ProfileRow, options: PriorityOptions): Pick<PersonaPriority, 'responsiveness' | 'responsivenessFrom'> {
  const rate = row.extras.find((e) => e.column === options.responseColumn)?.mean ?? null;
  if (options.responseColumn !== null && rate !== null) return { responsiveness: clamp01(rate), responsivenessFrom: 'responseRate' };
  const recency = row.avgRecency === null ? null : 0.5 ** (Math.max(0, row.avgRecency) / options.recencyHalfLifeDays);
  const frequency = row.avgFrequency === null ? null : Math.max(0, row.avgFrequency) / (Math.max(0, row.avgFrequency) + 1);
  if (recency !== null && frequency !== null) return { responsiveness: recency * frequency, responsivenessFrom: 'recencyFrequency' };
  if (recency !== null) return { responsiveness: recency, responsivenessFrom: 'recency' };
  if (frequency !== null) return { responsiveness: frequency, responsivenessFrom: 'frequency' };
  return { responsiveness: 1, responsivenessFrom: 'none' };
}

export function personaPriority(row: ProfileRow, all: ProfileRow, options: PriorityOptions): PersonaPriority {
  const value = valueFactor(row, all);
  const size = row.share ?? (all.customers > 0 ? row.customers / all.customers : 0);
  const reach = responsiveness(row, options);
  return { score: value * size * reach.responsiveness, value, size, ...reach };
}
