// How well one column fits one role: its name gives a score, its type (and, for text, its
// sample values) keeps, lowers or refuses it.

import type { ColumnInfo } from '../workbook/import-options';
import { columnKind, isNumericKind, isTemporalKind, type ColumnKind } from './column-kind';
import { ROLE_NAMES, normalizeName } from './names';
import { sampleLooksLikeCompactDates, sampleLooksLikeDates, sampleLooksLikeNumbers } from './sample-check';
import type { Role, RoleMatch, RoleReasonCode, RoleRejection, RoleRejectionCode } from './types';

export const NAME_SCORE = { exact: 0.95, similar: 0.75, weak: 0.6 } as const;

type Fit = { factor: number; code?: RoleReasonCode } | { refuse: RoleRejectionCode };

export function nameScore(role: Role, name: string): { score: number; code: RoleReasonCode } | null {
  const rules = ROLE_NAMES[role];
  const normalized = normalizeName(name);
  if (normalized === '' || rules.exclude?.test(normalized)) return null;
  if (rules.exact.includes(normalized)) return { score: NAME_SCORE.exact, code: 'nameExact' };
  if (rules.similar.some((pattern) => pattern.test(normalized))) return { score: NAME_SCORE.similar, code: 'nameSimilar' };
  if (rules.weak?.includes(normalized)) return { score: NAME_SCORE.weak, code: 'nameSimilar' };
  return null;
}

/** undefined sample: none was given, so text cannot be checked. */
function typeFit(role: Role, kind: ColumnKind, sample: readonly unknown[] | undefined): Fit {
  switch (role) {
    case 'customerId':
    case 'orderId':
      if (kind === 'integer' || kind === 'text') return { factor: 1 };
      // Online Retail's CustomerID arrives as DOUBLE (17850.0): still an id, a little less surely.
      return kind === 'float' || kind === 'decimal' ? { factor: 0.9 } : { refuse: 'wrongType' };
    case 'timestamp':
      if (isTemporalKind(kind)) return { factor: 1 };
      if (kind === 'text') return textFit(sample, sampleLooksLikeDates, 0.8, 'textDates', 'notDates');
      if (kind === 'integer' && sample) return sampleLooksLikeCompactDates(sample) ? { factor: 0.75, code: 'compactDates' } : { refuse: 'notDates' };
      return { refuse: 'wrongType' };
    case 'amount':
    case 'quantity':
    case 'price':
      if (isNumericKind(kind)) return { factor: 1 };
      return kind === 'text' ? textFit(sample, sampleLooksLikeNumbers, 0.7, 'textNumbers', 'notNumbers') : { refuse: 'wrongType' };
    case 'category':
    case 'eventType':
    case 'channel':
      if (kind === 'text') return { factor: 1 };
      // Coded categories (1 = 의류, 2 = 식품) are still categories; the labels may come later.
      return kind === 'integer' ? { factor: 0.8 } : { refuse: 'wrongType' };
    case 'variant':
      if (kind === 'text') return { factor: 1 };
      return kind === 'integer' || kind === 'boolean' ? { factor: 0.9 } : { refuse: 'wrongType' };
  }
}

function textFit(
  sample: readonly unknown[] | undefined,
  test: (values: readonly unknown[]) => boolean,
  factor: number,
  code: RoleReasonCode,
  refuse: RoleRejectionCode,
): Fit {
  if (!sample) return { refuse: 'textUnchecked' };
  return test(sample) ? { factor, code } : { refuse };
}

export type ColumnFit = { match: RoleMatch } | { rejection: RoleRejection } | null;

/** null: the name says nothing about this role. */
export function fitColumn(role: Role, column: ColumnInfo, sample: readonly unknown[] | undefined): ColumnFit {
  const named = nameScore(role, column.name);
  if (!named) return null;
  const params = { role, column: column.name, type: column.type };
  const fit = typeFit(role, columnKind(column.type), sample);
  if ('refuse' in fit) {
    // A weak name ("value", "group") that does not fit is not worth telling the user about.
    return named.score >= NAME_SCORE.similar ? { rejection: { code: fit.refuse, params } } : null;
  }
  const confidence = Math.round(named.score * fit.factor * 1000) / 1000;
  return { match: { column: column.name, confidence, reason: { code: fit.code ?? named.code, params } } };
}
