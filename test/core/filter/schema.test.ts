import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { defaultCondition, defaultFilterSettings, filterSettingsSchema, type FilterSettings } from '../../../src/core/filter';
import { and, cond, or, where } from './build';
import { filterCases } from './cases';
import { generateRows } from './dataset';

const accepts = (input: unknown) => v.safeParse(filterSettingsSchema, input).success;

describe('filterSettingsSchema', () => {
  it('accepts the defaults and every test case unchanged', () => {
    expect(v.parse(filterSettingsSchema, defaultFilterSettings())).toEqual({ where: { kind: 'group', op: 'and', items: [] } });
    for (const { settings } of filterCases(generateRows(50))) expect(v.parse(filterSettingsSchema, settings)).toEqual(settings);
  });

  it('saves keys in the schema order', () => {
    const parsed = v.parse(filterSettingsSchema, { where: { items: [{ values: [1], operator: 'gt', column: 'a', kind: 'condition' }], op: 'and', kind: 'group' } });
    expect(JSON.stringify(parsed)).toBe('{"where":{"kind":"group","op":"and","items":[{"kind":"condition","column":"a","operator":"gt","values":[1]}]}}');
  });

  it('allows three levels of groups and no more', () => {
    expect(accepts(where(and(or(and(cond('a', 'isNull'))))))).toBe(true);
    expect(accepts(where(and(or(and(or(cond('a', 'isNull')))))))).toBe(false);
  });

  it.each<[string, unknown]>([
    ['an unknown key', { where: { ...and(), extra: 1 } }],
    ['an unknown operator', where(cond('a', 'like' as never, ['%']))],
    ['an empty column name', where(cond('', 'isNull'))],
    ['a value that is not finite', where(cond('a', 'eq', [Infinity]))],
    ['a null value', where(cond('a', 'eq', [null as never]))],
    ['too long a value', where(cond('a', 'eq', ['x'.repeat(1001)]))],
    ['too many values', where(cond('a', 'in', Array.from({ length: 10_001 }, (_, i) => i)))],
    ['too many items', where(and(...Array.from({ length: 101 }, () => cond('a', 'isNull'))))],
    ['a fractional relative amount', where(cond('a', 'inLast', [], { amount: 1.5, unit: 'day', anchor: { kind: 'today' } }))],
    ['a relative unit of years', where(cond('a', 'inLast', [], { amount: 1, unit: 'year' as never, anchor: { kind: 'today' } }))],
    ['a fixed anchor without a date', where(cond('a', 'inLast', [], { amount: 1, unit: 'day', anchor: { kind: 'date' } as never }))],
    ['a group op other than and/or', { where: { kind: 'group', op: 'xor', items: [] } }],
  ])('refuses %s', (_, input) => {
    expect(accepts(input)).toBe(false);
  });
});

describe('defaultCondition', () => {
  it.each<[string, Partial<FilterSettings['where']['items'][number]>]>([
    ['BIGINT', { operator: 'eq', values: [] }],
    ['VARCHAR', { operator: 'eq', values: [] }],
    ['BOOLEAN', { operator: 'isTrue', values: [] }],
    ['DATE', { operator: 'inLast', relative: { amount: 30, unit: 'day', anchor: { kind: 'maxDate' } } }],
    ['TIMESTAMP', { operator: 'inLast' }],
    ['BLOB', { operator: 'isNull' }],
  ])('starts a %s column with a usable operator', (type, expected) => {
    const condition = defaultCondition({ name: 'c', type });
    expect(condition).toMatchObject({ kind: 'condition', column: 'c', ...expected });
    expect(accepts(where(condition))).toBe(true);
  });
});
