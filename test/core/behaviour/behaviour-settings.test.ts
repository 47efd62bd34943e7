// Settings schema, defaults from column roles, the problems a user can fix, and the one-line
// descriptions with their parameters filled in.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  BEHAVIOUR_RULE_IDS,
  behaviourSettingsSchema,
  checkBehaviourSettings,
  compileBehaviour,
  defaultBehaviourSettings,
  describeBehaviour,
  switchBehaviourRule,
  type BehaviourSettings,
} from '../../../src/core/segments/behaviour';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';

const EVENTS: ColumnInfo[] = [
  { name: '회원번호', type: 'BIGINT' },
  { name: '이벤트일시', type: 'TIMESTAMP' },
  { name: '이벤트유형', type: 'VARCHAR' },
  { name: '카테고리', type: 'VARCHAR' },
  { name: '유입채널', type: 'VARCHAR' },
];
const ORDERS: ColumnInfo[] = [
  { name: 'order_id', type: 'BIGINT' },
  { name: 'customer_id', type: 'BIGINT' },
  { name: 'ordered_at', type: 'TIMESTAMP' },
  { name: 'amount_krw', type: 'BIGINT' },
  { name: 'coupon_amount', type: 'BIGINT' },
  { name: 'discount_used', type: 'BOOLEAN' },
];

describe('defaults', () => {
  it.each(BEHAVIOUR_RULE_IDS)('%s: valid, with its own parameters and no problem on matching columns', (rule) => {
    const settings = defaultBehaviourSettings(rule, rule === 'discount_only_buyers' ? ORDERS : EVENTS);
    expect(v.safeParse(behaviourSettingsSchema, settings).success).toBe(true);
    expect(settings.rule).toBe(rule);
    expect(checkBehaviourSettings(settings, rule === 'discount_only_buyers' ? ORDERS : EVENTS)).toBeNull();
  });

  it('bind columns from Korean names, and a discount flag before a discount amount', () => {
    expect(defaultBehaviourSettings('cart_abandoners', EVENTS).columns).toEqual({
      customer: '회원번호',
      timestamp: '이벤트일시',
      eventType: '이벤트유형',
      category: '카테고리',
      channel: '유입채널',
    });
    expect(defaultBehaviourSettings('discount_only_buyers', ORDERS).columns).toEqual({
      customer: 'customer_id',
      timestamp: 'ordered_at',
      discount: 'discount_used',
      order: 'order_id',
    });
    const noFlag = ORDERS.filter((c) => c.name !== 'discount_used');
    expect(defaultBehaviourSettings('discount_only_buyers', noFlag).columns.discount).toBe('coupon_amount');
  });

  it('keep as-of, columns and event types when switching rules, with the new rule’s parameters', () => {
    const cart = { ...defaultBehaviourSettings('cart_abandoners', EVENTS), asOf: '2024-07-01' };
    cart.eventTypes.purchase = ['order_complete'];
    const channel = switchBehaviourRule(cart, 'preferred_channel');
    expect(channel).toEqual({ ...cart, rule: 'preferred_channel', params: { windowDays: null, minShare: 0 } });
    channel.columns.customer = 'changed';
    expect(cart.columns.customer).toBe('회원번호');
  });
});

describe('problems', () => {
  const cart = () => defaultBehaviourSettings('cart_abandoners', EVENTS);

  it('name the role and rule of a column the rule needs, and check only what the rule reads', () => {
    const unbound = { ...cart(), columns: { ...cart().columns, eventType: '' } };
    expect(checkBehaviourSettings(unbound, EVENTS)).toEqual({ code: 'behaviour.columnUnset', params: { role: 'eventType', rule: 'cart_abandoners' } });
    const loyal = defaultBehaviourSettings('category_loyalists', EVENTS);
    expect(checkBehaviourSettings({ ...loyal, columns: { ...loyal.columns, eventType: 'gone' } }, EVENTS)).toBeNull();
    const buys = { ...loyal, params: { ...loyal.params, activity: 'purchases' as const }, columns: { ...loyal.columns, eventType: 'gone' } };
    expect(checkBehaviourSettings(buys, EVENTS)).toEqual({ code: 'behaviour.columnMissing', params: { role: 'eventType', column: 'gone' } });
  });

  it('want a date/time timestamp and a true/false or numeric discount', () => {
    expect(checkBehaviourSettings({ ...cart(), columns: { ...cart().columns, timestamp: '카테고리' } }, EVENTS)).toEqual({
      code: 'behaviour.columnType',
      params: { role: 'timestamp', column: '카테고리', type: 'VARCHAR' },
    });
    const discount = defaultBehaviourSettings('discount_only_buyers', [...ORDERS, { name: 'promo', type: 'VARCHAR' }]);
    expect(checkBehaviourSettings({ ...discount, columns: { ...discount.columns, discount: 'promo' } }, [...ORDERS, { name: 'promo', type: 'VARCHAR' }])).toMatchObject({
      code: 'behaviour.columnType',
      params: { role: 'discount' },
    });
  });

  it('refuse an event type value given two meanings, only for rules that read event types', () => {
    const overlap = { ...cart(), eventTypes: { view: ['view'], cart: ['cart_add', 'purchase'], purchase: ['purchase'] } };
    expect(checkBehaviourSettings(overlap)).toEqual({ code: 'behaviour.eventTypeOverlap', params: { value: 'purchase', first: 'cart', second: 'purchase' } });
    expect(checkBehaviourSettings(switchBehaviourRule(overlap, 'preferred_channel'))).toBeNull();
  });

  it('reject settings outside the schema with the path, and compile nothing', () => {
    expect(checkBehaviourSettings({ ...cart(), asOf: '2023-02-29' })).toEqual({ code: 'behaviour.asOfInvalid', params: { value: '2023-02-29' } });
    const cases: [BehaviourSettings, string][] = [
      [{ ...cart(), params: { windowDays: 30, purchaseWithinHours: 0 } }, 'params.purchaseWithinHours'],
      [{ ...cart(), params: { windowDays: 30, minViews: 3 } } as unknown as BehaviourSettings, 'params.purchaseWithinHours'],
      [{ ...defaultBehaviourSettings('category_loyalists'), params: { months: 6, minShare: 1.5, minEvents: 3, activity: 'all' } }, 'params.minShare'],
      [{ ...cart(), eventTypes: { view: Array(21).fill('v'), cart: ['c'], purchase: ['p'] } }, 'eventTypes.view'],
      [{ ...cart(), eventTypes: { view: [], cart: ['c'], purchase: ['p'] } }, 'eventTypes.view'],
      [{ ...cart(), rule: 'lookalikes' } as unknown as BehaviourSettings, 'rule'],
    ];
    for (const [settings, path] of cases) {
      expect(checkBehaviourSettings(settings), path).toMatchObject({ code: 'behaviour.settingsInvalid', params: { path } });
      expect(compileBehaviour(settings, { table: 't', columns: EVENTS })).toHaveProperty('problem.code', 'behaviour.settingsInvalid');
    }
  });
});

describe('descriptions', () => {
  it('fill in each rule’s parameters in English and Korean', () => {
    const cart = { ...defaultBehaviourSettings('cart_abandoners'), params: { windowDays: 14, purchaseWithinHours: 48 } };
    expect(describeBehaviour(cart, 'en')).toBe('Customers who added to the cart in the last 14 days and did not buy within 48 hours.');
    expect(describeBehaviour(cart, 'ko')).toBe('최근 14일 동안 장바구니에 상품을 담고 48시간 안에 구매하지 않은 고객');
    const loyal = { ...defaultBehaviourSettings('category_loyalists'), params: { months: 3, minShare: 0.725, minEvents: 5, activity: 'purchases' as const } };
    expect(describeBehaviour(loyal, 'en')).toBe('Customers with at least 72.5% of their purchases in one category over the last 3 months (at least 5).');
    expect(describeBehaviour(loyal, 'ko')).toBe('최근 3개월 동안 구매의 72.5% 이상이 한 카테고리에 몰린 고객 (5건 이상)');
    const discount = { ...defaultBehaviourSettings('discount_only_buyers'), params: { minShare: 0.8, minOrders: 3, windowDays: 90 } };
    expect(describeBehaviour(discount, 'ko')).toBe('최근 90일 동안 주문이 3건 이상이고 그중 80% 이상에 할인을 쓴 고객');
    expect(describeBehaviour(defaultBehaviourSettings('preferred_channel'), 'en')).toBe("Each customer's most used channel.");
  });

  it('head the compiled SQL as a comment in the chosen language', () => {
    const settings = defaultBehaviourSettings('browsers_without_purchase', EVENTS);
    const compiled = compileBehaviour(settings, { table: 'events', columns: EVENTS }, 'ko');
    if (!('sql' in compiled)) throw new Error('problem');
    expect(compiled.sql.split('\n')[0]).toBe(`-- ${describeBehaviour(settings, 'ko')}`);
    expect(compiled.sql.split('\n')[0]).toContain('30일');
  });
});
