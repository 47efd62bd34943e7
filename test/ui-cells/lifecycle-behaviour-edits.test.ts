// The behaviour editor's edits: parameters typed as text (shares as percentages) give settings
// the workbook schema accepts, switching rule keeps columns, cleared roles leave the file,
// and event value lists read like a user types them.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_RULE_IDS, behaviourSettingsSchema, defaultBehaviourSettings, switchBehaviourRule } from '../../src/core/segments/behaviour';
import {
  PARAM_FIELDS, addEventValue, bindColumn, distinctValuesSql, paramText, parseValueList, setEventValues, setParam, shownRoles, suggestColumns,
} from '../../src/ui/cells/behaviour/behaviour-edits';

const EVENTS = [
  { name: 'event_id', type: 'BIGINT' },
  { name: 'customer_id', type: 'BIGINT' },
  { name: 'occurred_at', type: 'TIMESTAMP' },
  { name: 'event_type', type: 'VARCHAR' },
  { name: 'category', type: 'VARCHAR' },
  { name: 'channel', type: 'VARCHAR' },
];
const valid = (s: unknown) => v.safeParse(behaviourSettingsSchema, s).success;
const field = (rule: (typeof BEHAVIOUR_RULE_IDS)[number], key: string) => PARAM_FIELDS[rule].find((f) => f.key === key)!;

describe('behaviour editor edits', () => {
  it('has a field for every default parameter of every rule, and nothing else', () => {
    for (const rule of BEHAVIOUR_RULE_IDS) {
      expect(PARAM_FIELDS[rule].map((f) => f.key).sort()).toEqual(Object.keys(defaultBehaviourSettings(rule).params).sort());
    }
  });

  it('reads shares as percentages and shows them back the same way', () => {
    const s = defaultBehaviourSettings('category_loyalists');
    const share = field('category_loyalists', 'minShare');
    expect(paramText(s, share)).toBe('70');
    for (const text of ['57', '72.5', '100', '0', '33.3%']) {
      const next = setParam(s, share, text)!;
      expect(valid(next)).toBe(true);
      expect(paramText(next, share)).toBe(text.replace('%', ''));
    }
    for (const text of ['101', '-5', 'abc', '']) expect(setParam(s, share, text)).toBeNull();
  });

  it('saves whole numbers within bounds, empty optional windows as all time', () => {
    const s = defaultBehaviourSettings('cart_abandoners');
    const hours = field('cart_abandoners', 'purchaseWithinHours');
    expect(setParam(s, hours, '48')!.params).toMatchObject({ purchaseWithinHours: 48 });
    for (const text of ['', '0', '1.5', '9000']) expect(setParam(s, hours, text)).toBeNull();
    const discount = defaultBehaviourSettings('discount_only_buyers');
    const window = field('discount_only_buyers', 'windowDays');
    const limited = setParam(discount, window, '90')!;
    expect(limited.params).toMatchObject({ windowDays: 90 });
    expect(setParam(limited, window, '')!.params).toMatchObject({ windowDays: null });
    expect(valid(setParam(limited, window, ''))).toBe(true);
  });

  it('offers only the listed choices', () => {
    const s = defaultBehaviourSettings('browsers_without_purchase');
    const choice = field('browsers_without_purchase', 'noPurchaseIn');
    expect(setParam(s, choice, 'history')!.params).toMatchObject({ noPurchaseIn: 'history' });
    expect(setParam(s, choice, 'sometimes')).toBeNull();
  });

  it('shows the roles the rule reads; switching rule keeps columns and event values', () => {
    let s = suggestColumns(defaultBehaviourSettings('cart_abandoners'), EVENTS);
    expect(s.columns).toMatchObject({ customer: 'customer_id', timestamp: 'occurred_at', eventType: 'event_type' });
    expect(shownRoles(s)).toEqual([
      { role: 'customer', optional: false }, { role: 'timestamp', optional: false },
      { role: 'eventType', optional: false }, { role: 'category', optional: true },
    ]);
    s = setEventValues(s, 'cart', 'cart_add, add_to_cart')!;
    const switched = switchBehaviourRule(s, 'preferred_channel');
    expect(switched.columns).toEqual(s.columns);
    expect(switched.eventTypes.cart).toEqual(['cart_add', 'add_to_cart']);
    expect(shownRoles(switched).map((r) => r.role)).toEqual(['customer', 'timestamp', 'channel']);
    expect(valid(switched)).toBe(true);
  });

  it('removes a cleared optional role from the file', () => {
    const s = suggestColumns(defaultBehaviourSettings('cart_abandoners'), EVENTS);
    expect('category' in bindColumn(s, 'category', '').columns).toBe(false);
    expect(bindColumn(s, 'timestamp', '').columns.timestamp).toBe('');
  });

  it('reads comma lists of event values: trimmed, no repeats, never empty', () => {
    expect(parseValueList(' view, page_view ,view,, ')).toEqual(['view', 'page_view']);
    expect(parseValueList(' , ')).toBeNull();
    expect(parseValueList(Array.from({ length: 30 }, (_, i) => `v${i}`).join(','))).toHaveLength(20);
    const s = defaultBehaviourSettings('cart_abandoners');
    expect(setEventValues(s, 'view', '')).toBeNull();
    expect(addEventValue(s, 'cart', 'add_to_cart').eventTypes.cart).toEqual(['cart_add', 'add_to_cart']);
    expect(addEventValue(s, 'cart', 'cart_add')).toBe(s);
  });

  it('asks for distinct values with quoted names', () => {
    expect(distinctValuesSql('my "events"', '유형')).toBe(
      'SELECT DISTINCT CAST("유형" AS VARCHAR) AS value FROM "my ""events""" WHERE "유형" IS NOT NULL ORDER BY 1 LIMIT 50',
    );
  });
});
