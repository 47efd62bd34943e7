// What the user must fix is returned as data with the step's path, never thrown; and the SQL
// text itself reads as a person would write it.

import { describe, expect, it } from 'vitest';
import { compileCastFailures, compileClean, compileCleanReport, type CleanInput, type CleanProblem, type CleanStep } from '../../../src/core/clean';
import { COLUMNS } from './dataset';

const INPUT: CleanInput = { table: 'orders', columns: Object.entries(COLUMNS).map(([name, type]) => ({ name, type })) };

const problemOf = (steps: CleanStep[]): CleanProblem | null => {
  const compiled = compileClean({ steps }, INPUT);
  const report = compileCleanReport({ steps }, INPUT);
  // The report checks exactly what the cleaned table checks.
  expect('problem' in report ? report.problem : null).toEqual('problem' in compiled ? compiled.problem : null);
  return 'problem' in compiled ? compiled.problem : null;
};

const cast = (column: string, to: Extract<CleanStep, { kind: 'cast' }>['to'], formats: string[] = []): CleanStep => ({ kind: 'cast', column, to, formats });
const fill = (column: string, value: string | number | boolean): CleanStep => ({ kind: 'fillNulls', column, fill: { kind: 'constant', value } });
const cap = (column: string, percentile: number): CleanStep => ({ kind: 'cap', column, percentile, sides: 'both' });
const trim = (...columns: string[]): CleanStep => ({ kind: 'trim', columns, collapseSpaces: false, emptyAsNull: false });

describe('clean problems', () => {
  it.each<[string, CleanStep[], CleanProblem]>([
    ['an unknown column', [cast('nope', 'DOUBLE')], { code: 'clean.unknownColumn', params: { column: 'nope' }, path: [0] }],
    ['an unknown dedupe order column', [{ kind: 'dedupe', keys: ['id'], orderBy: { column: 'when', descending: false } }], { code: 'clean.unknownColumn', params: { column: 'when' }, path: [0] }],
    ['an unknown column among several', [trim('상품명', 'status '), cap('Quantity', 1)], { code: 'clean.unknownColumn', params: { column: 'status ' }, path: [0] }],
    ['text steps on a column an earlier step cast to a number', [cast('amount_text', 'DOUBLE'), trim('amount_text')], { code: 'clean.wrongType', params: { column: 'amount_text', type: 'DOUBLE', expected: 'text' }, path: [1] }],
    ['capping text', [cap('status', 1)], { code: 'clean.wrongType', params: { column: 'status', type: 'VARCHAR', expected: 'number' }, path: [0] }],
    ['capping a trimmed number column', [trim('amount_text'), cap('amount_text', 1)], { code: 'clean.wrongType', params: { column: 'amount_text', type: 'VARCHAR', expected: 'number' }, path: [1] }],
    ['the mean of text', [{ kind: 'fillNulls', column: 'status', fill: { kind: 'mean' } }], { code: 'clean.wrongType', params: { column: 'status', type: 'VARCHAR', expected: 'number' }, path: [0] }],
    ['a prefix on a number', [{ kind: 'exclude', column: 'Quantity', match: { kind: 'prefix', prefix: '-' }, ignoreCase: false }], { code: 'clean.wrongType', params: { column: 'Quantity', type: 'INTEGER', expected: 'text' }, path: [0] }],
    ['"at most" on text', [{ kind: 'exclude', column: 'status', match: { kind: 'atMost', value: 0 }, ignoreCase: false }], { code: 'clean.wrongType', params: { column: 'status', type: 'VARCHAR', expected: 'number' }, path: [0] }],
    ['a date cast to an integer', [cast('order_day', 'DATE', ['%Y%m%d']), cast('order_day', 'INTEGER')], { code: 'clean.badCast', params: { column: 'order_day', type: 'DATE', to: 'INTEGER' }, path: [1] }],
    ['an integer cast to a date without a format', [cast('Quantity', 'DATE')], { code: 'clean.badCast', params: { column: 'Quantity', type: 'INTEGER', to: 'DATE' }, path: [0] }],
    ['a format DuckDB does not know', [cast('order_day', 'DATE', ['%Y-%m-%d', '%Q'])], { code: 'clean.badFormat', params: { format: '%Q', specifier: '%Q' }, path: [0] }],
    ['a format with a time zone', [cast('order_day', 'TIMESTAMP', ['%Y-%m-%d %z'])], { code: 'clean.badFormat', params: { format: '%Y-%m-%d %z', specifier: '%z' }, path: [0] }],
    ['a format without any specifier', [cast('order_day', 'DATE', ['yyyy-mm-dd'])], { code: 'clean.badFormat', params: { format: 'yyyy-mm-dd', specifier: '' }, path: [0] }],
    ['dedupe without keys', [{ kind: 'dedupe', keys: [], orderBy: null }], { code: 'clean.emptyKeys', params: {}, path: [0] }],
    ['trim without columns', [trim()], { code: 'clean.emptyColumns', params: {}, path: [0] }],
    ['drop nulls without columns', [cap('score', 5), { kind: 'dropNulls', columns: [] }], { code: 'clean.emptyColumns', params: {}, path: [1] }],
    ['exclude without values', [{ kind: 'exclude', column: 'status', match: { kind: 'values', values: [] }, ignoreCase: true }], { code: 'clean.emptyMatch', params: { column: 'status' }, path: [0] }],
    ['exclude with an empty prefix', [{ kind: 'exclude', column: 'status', match: { kind: 'prefix', prefix: '' }, ignoreCase: true }], { code: 'clean.emptyMatch', params: { column: 'status' }, path: [0] }],
    ['exclude a word from a number column', [{ kind: 'exclude', column: 'Quantity', match: { kind: 'values', values: [0, 'none'] }, ignoreCase: true }], { code: 'clean.badValue', params: { column: 'Quantity', value: 'none', type: 'INTEGER' }, path: [0] }],
    ['fill an integer with a word', [fill('score', 'abc')], { code: 'clean.badValue', params: { column: 'score', value: 'abc', type: 'INTEGER' }, path: [0] }],
    ['fill an integer with a fraction', [fill('score', 2.5)], { code: 'clean.badValue', params: { column: 'score', value: '2.5', type: 'INTEGER' }, path: [0] }],
    ['fill text with a boolean', [fill('status', true)], { code: 'clean.badValue', params: { column: 'status', value: 'true', type: 'VARCHAR' }, path: [0] }],
    ['fill a date with a non-date', [cast('order_day', 'DATE'), fill('order_day', '2011-02-30')], { code: 'clean.badValue', params: { column: 'order_day', value: '2011-02-30', type: 'DATE' }, path: [1] }],
    ['a percentile of 0', [cap('score', 0)], { code: 'clean.badPercentile', params: { percentile: 0 }, path: [0] }],
    ['a percentile of 50', [cap('score', 50)], { code: 'clean.badPercentile', params: { percentile: 50 }, path: [0] }],
    ['a percentile of 99 (meant as the upper one)', [cap('score', 99)], { code: 'clean.badPercentile', params: { percentile: 99 }, path: [0] }],
  ])('%s', (_, steps, expected) => {
    expect(problemOf(steps)).toEqual(expected);
  });

  it('accepts what those cases refuse once fixed', () => {
    expect(problemOf([cast('Quantity', 'DATE', ['%Y%m%d']), fill('score', '2'), cap('score', 49.9), cast('order_day', 'DATE', ['%-d/%-m/%Y', '%Y%%'])])).toBeNull();
  });

  it('asks cast failures only of cast steps', () => {
    const steps: CleanStep[] = [trim('status'), cast('amount_text', 'DOUBLE')];
    expect(compileCastFailures({ steps }, INPUT, 0, 10)).toEqual({ problem: { code: 'clean.notCastStep', params: { step: 0 }, path: [0] } });
    expect(compileCastFailures({ steps }, INPUT, 5, 10)).toEqual({ problem: { code: 'clean.notCastStep', params: { step: 5 }, path: [5] } });
    expect('sql' in compileCastFailures({ steps }, INPUT, 1, 10)).toBe(true);
  });

  it('checks only the steps up to the cast when listing its failures', () => {
    const steps: CleanStep[] = [cast('amount_text', 'DOUBLE'), cap('score', 70)];
    expect('sql' in compileCastFailures({ steps }, INPUT, 0, 10)).toBe(true);
    expect(problemOf(steps)?.code).toBe('clean.badPercentile');
  });
});

describe('clean SQL text', () => {
  it('reads as one SELECT with a named CTE per step', () => {
    const steps: CleanStep[] = [
      { kind: 'exclude', column: 'invoiceno', match: { kind: 'prefix', prefix: "C'" }, ignoreCase: false },
      cast('고객 "ID"', 'BIGINT'),
    ];
    const compiled = compileClean({ steps }, { table: '주문 "raw"', columns: INPUT.columns });
    expect(compiled).toEqual({
      sql: [
        'WITH',
        '"step_1_exclude" AS (',
        '  SELECT "t".*',
        '  FROM "주문 ""raw""" AS "t"',
        `  WHERE NOT coalesce(starts_with("t"."InvoiceNo", CAST('C''' AS VARCHAR)), false)`,
        '),',
        '"step_2_cast" AS (',
        '  SELECT "t".* REPLACE (',
        '    TRY_CAST("t"."고객 ""ID""" AS BIGINT) AS "고객 ""ID"""',
        '  )',
        '  FROM "step_1_exclude" AS "t"',
        ')',
        'SELECT *',
        'FROM "step_2_cast"',
      ].join('\n'),
    });
  });

  it('reads the input table directly when there are no steps', () => {
    expect(compileClean({ steps: [] }, INPUT)).toEqual({ sql: 'SELECT *\nFROM "orders"' });
  });
});
