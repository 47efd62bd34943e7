// Exact SQL text for representative settings, and the problems the user is told about.

import { describe, expect, it } from 'vitest';
import { compileFilter, compileFilterCounts, type FilterGroup, type FilterInput, type FilterSettings } from '../../../src/core/filter';
import { and, cond, or, where } from './build';

const INPUT: FilterInput = {
  table: 'orders',
  columns: [
    { name: 'Country', type: 'VARCHAR' },
    { name: 'amount', type: 'DOUBLE' },
    { name: 'qty', type: 'BIGINT' },
    { name: 'vip', type: 'BOOLEAN' },
    { name: 'ordered_at', type: 'TIMESTAMP' },
    { name: 'signup', type: 'DATE' },
    { name: 'tags', type: 'VARCHAR[]' },
    { name: 'a"b', type: 'VARCHAR' },
    { name: 'paid_at', type: 'TIMESTAMP WITH TIME ZONE' },
  ],
};
const NOW = new Date(2011, 11, 9, 23, 59, 0);

const sqlOf = (settings: FilterSettings, input = INPUT) => {
  const result = compileFilter(settings, input, NOW);
  if ('problem' in result) throw new Error(JSON.stringify(result.problem));
  return result.sql;
};
const problemOf = (settings: FilterSettings) => {
  const result = compileFilter(settings, INPUT, NOW);
  return 'problem' in result ? result.problem : null;
};

describe('compileFilter SQL text', () => {
  it('selects every row when there are no conditions', () => {
    expect(sqlOf(where(and()))).toBe('SELECT *\nFROM "orders"');
    expect(sqlOf(where(and(or(), and())))).toBe('SELECT *\nFROM "orders"');
  });

  it('puts top-level conditions on their own lines and nested groups in parentheses', () => {
    const settings = where(and(cond('Country', 'eq', ['United Kingdom']), or(cond('amount', 'gt', [100]), cond('amount', 'isNull'))));
    expect(sqlOf(settings)).toBe(
      `SELECT *\nFROM "orders"\nWHERE "Country" = CAST('United Kingdom' AS VARCHAR)\n  AND ("amount" > CAST('100' AS DOUBLE) OR "amount" IS NULL)`,
    );
  });

  it('casts integer values for integer columns exactly, others as DOUBLE', () => {
    expect(sqlOf(where(cond('qty', 'between', ['1,000', 5])))).toContain(`"qty" BETWEEN CAST('5' AS BIGINT) AND CAST('1000' AS BIGINT)`);
    expect(sqlOf(where(cond('qty', 'gt', ['170141183460469231731687303715884105727'])))).toContain(`AS HUGEINT)`);
    expect(sqlOf(where(cond('qty', 'gt', ['2.5'])))).toContain(`"qty" > CAST('2.5' AS DOUBLE)`);
  });

  it('writes negated operators so that NULL rows stay', () => {
    expect(sqlOf(where(cond('Country', 'notIn', ['France', 'France', 'Germany'])))).toContain(
      `("Country" IS NULL OR NOT ("Country" IN (CAST('France' AS VARCHAR), CAST('Germany' AS VARCHAR))))`,
    );
  });

  it('turns relative dates into literal ranges, or a subquery for the latest date', () => {
    const today = where(cond('ordered_at', 'inLast', [], { amount: 30, unit: 'day', anchor: { kind: 'today' } }));
    expect(sqlOf(today)).toContain(`("ordered_at" >= CAST('2011-11-10' AS DATE) AND "ordered_at" < CAST('2011-12-10' AS DATE))`);
    const latest = where(cond('signup', 'inLast', [], { amount: 2, unit: 'month', anchor: { kind: 'maxDate' } }));
    const end = `(SELECT CAST(max("signup") AS DATE) + 1 FROM "orders")`;
    expect(sqlOf(latest)).toContain(`("signup" >= CAST(${end} - to_months(2) AS DATE) AND "signup" < ${end})`);
  });

  it('keeps hostile text inside literals and identifiers', () => {
    const sql = sqlOf(where(and(cond('a"b', 'eq', ["'); DROP TABLE orders; --"]), cond('Country', 'contains', ['"; --']))));
    expect(sql).toContain(`"a""b" = CAST('''); DROP TABLE orders; --' AS VARCHAR)`);
    expect(sql).toContain(`contains(lower("Country"), lower(CAST('"; --' AS VARCHAR)))`);
    expect(sqlOf(where(cond('Country', 'eq', ['x'])), { table: 'my "table"; --', columns: INPUT.columns })).toContain('FROM "my ""table""; --"');
  });

  it('finds columns case-insensitively, as DuckDB does, and writes their real name', () => {
    expect(sqlOf(where(cond('COUNTRY', 'isNull')))).toContain('WHERE "Country" IS NULL');
  });

  it('counts rows before and after in one query', () => {
    const result = compileFilterCounts(where(cond('vip', 'isTrue')), INPUT, NOW);
    expect(result).toEqual({
      sql: `SELECT\n  CAST(count(*) AS DOUBLE) AS "rows_before",\n  CAST(count(*) FILTER (WHERE "vip" IS TRUE) AS DOUBLE) AS "rows_after"\nFROM "orders"`,
    });
    expect(compileFilterCounts(where(and()), INPUT, NOW)).toEqual({
      sql: `SELECT\n  CAST(count(*) AS DOUBLE) AS "rows_before",\n  CAST(count(*) AS DOUBLE) AS "rows_after"\nFROM "orders"`,
    });
  });
});

describe('compileFilter problems', () => {
  it('names an unknown column and where it is', () => {
    expect(problemOf(where(and(cond('Country', 'isNull'), or(cond('nope', 'isNull')))))).toEqual({
      code: 'filter.unknownColumn', params: { column: 'nope' }, path: [1, 0],
    });
  });

  it.each([
    ['contains on a number', cond('amount', 'contains', ['1'])],
    ['in the last N days on text', cond('Country', 'inLast', [], { amount: 3, unit: 'day', anchor: { kind: 'today' } })],
    ['greater than on a boolean', cond('vip', 'gt', [1])],
    ['equals on a list column', cond('tags', 'eq', ['a'])],
    ['before on a time-zone timestamp (needs ICU)', cond('paid_at', 'before', ['2011-01-01'])],
  ])('refuses an operator the column type does not have: %s', (_, condition) => {
    expect(problemOf(where(condition))).toMatchObject({ code: 'filter.badOperator', params: { column: condition.column, operator: condition.operator } });
  });

  it('allows null tests on any column', () => {
    expect(sqlOf(where(and(cond('tags', 'isNull'), cond('paid_at', 'isNotNull'))))).toContain('"tags" IS NULL\n  AND "paid_at" IS NOT NULL');
  });

  it.each([
    ['abc for a number', cond('amount', 'eq', ['abc']), 'abc'],
    ['12abc for a number', cond('qty', 'gt', ['12abc']), '12abc'],
    ['1.2.3 in a list', cond('amount', 'in', [1, '1.2.3']), '1.2.3'],
    ['a day that does not exist', cond('signup', 'on', ['2011-02-29']), '2011-02-29'],
    ['a number for a date', cond('ordered_at', 'before', [20110101]), '20110101'],
    ['25:00 as a time', cond('ordered_at', 'after', ['2011-01-01 25:00']), '2011-01-01 25:00'],
    ['zero days', cond('ordered_at', 'inLast', [], { amount: 0, unit: 'day', anchor: { kind: 'today' } }), '0'],
    ['a fixed anchor that is not a date', cond('ordered_at', 'inLast', [], { amount: 3, unit: 'day', anchor: { kind: 'date', date: 'soon' } }), 'soon'],
  ])('refuses a value that cannot be cast: %s', (_, condition, value) => {
    expect(problemOf(where(condition))).toMatchObject({ code: 'filter.badValue', params: { column: condition.column, value }, path: [0] });
  });

  it.each([
    ['no value', cond('amount', 'eq', [])],
    ['only spaces', cond('Country', 'eq', ['  '])],
    ['one end of a range', cond('amount', 'between', [1])],
    ['no range for "in the last"', cond('ordered_at', 'inLast')],
  ])('asks for a missing value: %s', (_, condition) => {
    expect(problemOf(where(condition))).toMatchObject({ code: 'filter.missingValue', params: { column: condition.column } });
  });

  it('refuses an empty IN list', () => {
    expect(problemOf(where(cond('Country', 'in', [])))).toEqual({ code: 'filter.emptyList', params: { column: 'Country', operator: 'in' }, path: [0] });
    expect(problemOf(where(cond('Country', 'notIn', ['', ' '])))).toMatchObject({ code: 'filter.emptyList' });
  });

  it('refuses groups nested deeper than three levels', () => {
    const deep: FilterGroup = and(or(and(or(cond('amount', 'isNull')))));
    expect(problemOf(where(deep))).toEqual({ code: 'filter.tooDeep', params: { max: 3 }, path: [0, 0, 0] });
    expect(problemOf(where(and(or(and(cond('amount', 'isNull'))))))).toBeNull();
  });

  it('gives the counts query the same problem', () => {
    expect(compileFilterCounts(where(cond('amount', 'eq', ['abc'])), INPUT, NOW)).toEqual(compileFilter(where(cond('amount', 'eq', ['abc'])), INPUT, NOW));
  });
});
