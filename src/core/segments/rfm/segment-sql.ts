// The ordered rule table as SQL: CASE tries the rules in order, so the first match wins.

import { quoteLiteral } from '../../sql/quote';
import { OTHERS_SEGMENT, type RfmLocale, type RfmSegmentRule } from './settings';

function ruleCondition(rule: RfmSegmentRule): string {
  const ranges: [string, [number, number] | undefined][] = [
    ['r', rule.r],
    ['f', rule.f],
    ['m', rule.m],
    ['(f + m) / 2', rule.fm],
  ];
  return ranges
    .filter((entry): entry is [string, [number, number]] => entry[1] !== undefined)
    .map(([score, [low, high]]) => `${score} BETWEEN ${low} AND ${high}`)
    .join(' AND ');
}

/** CASE over r, f, m giving the segment id. */
export function segmentIdExpression(rules: readonly RfmSegmentRule[]): string {
  const others = quoteLiteral(OTHERS_SEGMENT.id);
  if (rules.length === 0) return others;
  const whens = rules.map((rule) => `      WHEN ${ruleCondition(rule)} THEN ${quoteLiteral(rule.id)}`);
  return ['CASE', ...whens, `      ELSE ${others}`, '    END'].join('\n');
}

/** CASE over segment_id giving the label in the workbook's language. */
export function segmentLabelExpression(rules: readonly RfmSegmentRule[], locale: RfmLocale): string {
  const others = quoteLiteral(OTHERS_SEGMENT.label[locale]);
  if (rules.length === 0) return others;
  const whens = rules.map((rule) => `      WHEN ${quoteLiteral(rule.id)} THEN ${quoteLiteral(rule.label[locale])}`);
  return ['CASE segment_id', ...whens, `      ELSE ${others}`, '    END'].join('\n');
}

/** (segment_id, segment, position) rows: every rule in order, then Others. */
export function segmentListValues(rules: readonly RfmSegmentRule[], locale: RfmLocale): string {
  return [...rules, OTHERS_SEGMENT]
    .map((rule, i) => `    (${quoteLiteral(rule.id)}, ${quoteLiteral(rule.label[locale])}, ${i + 1})`)
    .join(',\n');
}
