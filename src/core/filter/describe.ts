// A short sentence for the filter cell's header: "Country is United Kingdom and amount > 100".
// It describes the settings as written; problems (unknown columns, bad values) are compileFilter's.

import { OPERATOR_PHRASES, WORDS, anchorWords, unitWord, type FilterLocale } from './describe-phrases';
import type { FilterCondition, FilterGroup, FilterSettings, FilterValue } from './types';

const MAX_LISTED = 3;
const MAX_VALUE_CHARS = 40;

export function describeFilter(settings: FilterSettings, locale: FilterLocale): string {
  return describeGroup(settings.where, locale, true) ?? WORDS[locale].all;
}

function describeGroup(group: FilterGroup, locale: FilterLocale, top: boolean): string | null {
  const parts = group.items
    .map((item) => (item.kind === 'group' ? describeGroup(item, locale, false) : describeCondition(item, locale)))
    .filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const sentence = parts.join(WORDS[locale][group.op]);
  return top || parts.length === 1 ? sentence : `(${sentence})`;
}

function describeCondition(condition: FilterCondition, locale: FilterLocale): string {
  const { values, relative } = condition;
  const listed = values.slice(0, MAX_LISTED).map(shown).join(WORDS[locale].listSeparator);
  const more = values.length > MAX_LISTED ? fill(WORDS[locale].more, { n: String(values.length - MAX_LISTED) }) : '';
  return fill(OPERATOR_PHRASES[locale][condition.operator], {
    c: condition.column,
    v: shown(values[0] ?? '…'),
    a: shown(values[0] ?? '…'),
    b: shown(values[1] ?? '…'),
    list: listed + more,
    n: String(relative?.amount ?? '…'),
    unit: relative ? unitWord(locale, relative.unit, relative.amount) : '',
    anchor: relative ? anchorWords(locale, relative.anchor) : '',
  });
}

function shown(value: FilterValue): string {
  const text = String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** One pass, so a value containing "{v}" is never filled in again. */
function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
