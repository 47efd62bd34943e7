import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileJoin, defaultJoinSettings, joinSettingsSchema, type JoinInput, type JoinStep } from '../../../src/core/join';
import { JOIN_CASES } from './cases';

const accepts = (input: unknown) => v.safeParse(joinSettingsSchema, input).success;

const koreanCustomers: JoinInput = { table: '고객', columns: [{ name: '회원번호', type: 'VARCHAR' }, { name: '이름', type: 'VARCHAR' }, { name: '지역', type: 'VARCHAR' }] };
const koreanOrders: JoinInput = {
  table: 'orders',
  columns: [
    { name: '주문번호', type: 'VARCHAR' },
    { name: '회원번호', type: 'BIGINT' },
    { name: '주문일시', type: 'TIMESTAMP' },
    { name: '결제금액', type: 'DOUBLE' },
  ],
};
const survey: JoinInput = { table: 'survey', columns: [{ name: 'member_id', type: 'BIGINT' }, { name: 'nps', type: 'INTEGER' }] };

describe('defaultJoinSettings', () => {
  it('joins orders onto customers by customer id, summarised per customer, the key cast proposed', () => {
    const settings = defaultJoinSettings([koreanOrders, koreanCustomers, survey]);
    expect(settings.base).toBe(1);
    expect(settings.joins).toEqual<JoinStep[]>([
      {
        input: 0,
        kind: 'left',
        keys: [{ left: '회원번호', right: '회원번호', as: 'BIGINT' }],
        columns: null,
        prefix: 'orders_',
        aggregate: {
          count: true,
          measures: [
            { column: '주문번호', fn: 'countDistinct' },
            { column: '결제금액', fn: 'sum' },
            { column: '주문일시', fn: 'max' },
          ],
          latest: [],
        },
      },
      // One row per member: no summary.
      { input: 2, kind: 'left', keys: [{ left: '회원번호', right: 'member_id', as: 'BIGINT' }], columns: null, prefix: 'survey_', aggregate: null },
    ]);
    expect(accepts(settings)).toBe(true);
    const compiled = compileJoin(settings, [koreanOrders, koreanCustomers, survey]);
    expect('problem' in compiled ? compiled.problem : null).toBeNull();
  });

  it('pairs same-named id columns when no role names them, and leaves the keys to the user otherwise', () => {
    const stores: JoinInput = { table: 'stores', columns: [{ name: 'Store Code', type: 'VARCHAR' }, { name: 'city', type: 'VARCHAR' }] };
    const sales: JoinInput = { table: 'sales', columns: [{ name: 'store_code', type: 'VARCHAR' }, { name: 'city', type: 'VARCHAR' }] };
    expect(defaultJoinSettings([stores, sales]).joins[0]!.keys).toEqual([{ left: 'Store Code', right: 'store_code', as: null }]);
    const other: JoinInput = { table: 'weather', columns: [{ name: 'city', type: 'VARCHAR' }, { name: 'temp', type: 'DOUBLE' }] };
    const settings = defaultJoinSettings([stores, other]);
    expect(settings.joins[0]!.keys).toEqual([]);
    expect(compileJoin(settings, [stores, other])).toMatchObject({ problem: { code: 'join.noKeys', path: [0] } });
  });

  it('starts empty without inputs', () => {
    expect(defaultJoinSettings()).toEqual({ base: 0, joins: [] });
  });
});

describe('joinSettingsSchema', () => {
  it('accepts every test case unchanged and saves keys in the schema order', () => {
    for (const { settings } of JOIN_CASES) expect(v.parse(joinSettingsSchema, settings)).toEqual(settings);
    const parsed = v.parse(joinSettingsSchema, { joins: [{ aggregate: null, prefix: 'o_', columns: null, keys: [{ as: null, right: 'b', left: 'a' }], kind: 'left', input: 1 }], base: 0 });
    expect(JSON.stringify(parsed)).toBe('{"base":0,"joins":[{"input":1,"kind":"left","keys":[{"left":"a","right":"b","as":null}],"columns":null,"prefix":"o_","aggregate":null}]}');
  });

  const step = JOIN_CASES[1]!.settings.joins[0]!;
  it.each<[string, unknown]>([
    ['an unknown key', { base: 0, joins: [{ ...step, extra: true }] }],
    ['a fractional input', { base: 0.5, joins: [] }],
    ['a negative input', { base: 0, joins: [{ ...step, input: -1 }] }],
    ['a right join', { base: 0, joins: [{ ...step, kind: 'right' }] }],
    ['a key cast to an unlisted type', { base: 0, joins: [{ ...step, keys: [{ left: 'a', right: 'b', as: 'HUGEINT' }] }] }],
    ['an empty key column', { base: 0, joins: [{ ...step, keys: [{ left: '', right: 'b', as: null }] }] }],
    ['too many keys', { base: 0, joins: [{ ...step, keys: Array.from({ length: 9 }, () => ({ left: 'a', right: 'b', as: null })) }] }],
    ['too many joins', { base: 0, joins: Array.from({ length: 21 }, () => step) }],
    ['too long a prefix', { base: 0, joins: [{ ...step, prefix: 'p'.repeat(101) }] }],
    ['an unknown summary', { base: 0, joins: [{ ...step, aggregate: { count: true, measures: [{ column: 'a', fn: 'median' }], latest: [] } }] }],
  ])('refuses %s', (_, input) => {
    expect(accepts(input)).toBe(false);
  });
});
