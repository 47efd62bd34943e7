// What the user must fix comes back as data with the join's path; renamed columns as warnings;
// and the SQL reads as a person would write it.

import { describe, expect, it } from 'vitest';
import { compileJoin, compileJoinReport, type JoinAggregate, type JoinInput, type JoinProblem, type JoinSettings, type JoinStep } from '../../../src/core/join';

const customers: JoinInput = {
  table: '고객',
  columns: [
    { name: 'id', type: 'BIGINT' },
    { name: 'code', type: 'VARCHAR' },
    { name: 'joined', type: 'DATE' },
    { name: 'vip', type: 'BOOLEAN' },
    { name: 'score', type: 'DOUBLE' },
    { name: 'tier', type: "ENUM('a', 'b')" },
  ],
};
const orders: JoinInput = {
  table: 'orders',
  columns: [
    { name: 'customer', type: 'VARCHAR' },
    { name: 'customer_no', type: 'BIGINT' },
    { name: 'customer_f', type: 'DOUBLE' },
    { name: 'at', type: 'TIMESTAMP' },
    { name: 'amount', type: 'DECIMAL(12,2)' },
    { name: 'flag', type: 'BOOLEAN' },
    { name: 'qty', type: 'INTEGER' },
  ],
};
const INPUTS = [customers, orders];

const join = (keys: [string, string, JoinStep['keys'][number]['as']?][], more: Partial<JoinStep> = {}): JoinSettings => ({
  base: 0,
  joins: [{ input: 1, kind: 'left', keys: keys.map(([left, right, as]) => ({ left, right, as: as ?? null })), columns: null, prefix: 'o_', aggregate: null, ...more }],
});
const summary = (a: Partial<JoinAggregate>): Partial<JoinStep> => ({ aggregate: { count: false, measures: [], latest: [], ...a } });

const problemOf = (settings: JoinSettings): JoinProblem | null => {
  const compiled = compileJoin(settings, INPUTS);
  const report = compileJoinReport(settings, INPUTS);
  expect('problem' in report ? report.problem : null).toEqual('problem' in compiled ? compiled.problem : null);
  return 'problem' in compiled ? compiled.problem : null;
};

describe('join problems', () => {
  it.each<[string, JoinSettings, JoinProblem]>([
    ['a base that is not an input', { base: 2, joins: [] }, { code: 'join.badInput', params: { input: 2, count: 2 }, path: [] }],
    ['a join of an input that is not there', { ...join([['id', 'customer_no']]), joins: [{ ...join([['id', 'customer_no']]).joins[0]!, input: 7 }] }, { code: 'join.badInput', params: { input: 7, count: 2 }, path: [0] }],
    ['no keys', join([]), { code: 'join.noKeys', params: { table: 'orders' }, path: [0] }],
    ['an unknown base key', join([['customer_id', 'customer_no']]), { code: 'join.unknownColumn', params: { column: 'customer_id', table: '고객' }, path: [0] }],
    ['an unknown input key', join([['id', 'cust']]), { code: 'join.unknownColumn', params: { column: 'cust', table: 'orders' }, path: [0] }],
    ['an unknown column to bring', join([['id', 'customer_no']], { columns: ['amount', 'total'] }), { code: 'join.unknownColumn', params: { column: 'total', table: 'orders' }, path: [0] }],
    ['BIGINT against VARCHAR (propose BIGINT)', join([['id', 'customer']]), { code: 'join.keyTypeMismatch', params: { left: 'id', leftType: 'BIGINT', right: 'customer', rightType: 'VARCHAR', cast: 'BIGINT' }, path: [0] }],
    ['VARCHAR against DOUBLE (propose DOUBLE)', join([['code', 'customer_f']]), { code: 'join.keyTypeMismatch', params: { left: 'code', leftType: 'VARCHAR', right: 'customer_f', rightType: 'DOUBLE', cast: 'DOUBLE' }, path: [0] }],
    ['VARCHAR against TIMESTAMP (propose TIMESTAMP)', join([['code', 'at']]), { code: 'join.keyTypeMismatch', params: { left: 'code', leftType: 'VARCHAR', right: 'at', rightType: 'TIMESTAMP', cast: 'TIMESTAMP' }, path: [0] }],
    ['DATE against BIGINT (propose VARCHAR)', join([['joined', 'customer_no']]), { code: 'join.keyTypeMismatch', params: { left: 'joined', leftType: 'DATE', right: 'customer_no', rightType: 'BIGINT', cast: 'VARCHAR' }, path: [0] }],
    ['BOOLEAN against INTEGER (propose VARCHAR)', join([['vip', 'qty']]), { code: 'join.keyTypeMismatch', params: { left: 'vip', leftType: 'BOOLEAN', right: 'qty', rightType: 'INTEGER', cast: 'VARCHAR' }, path: [0] }],
    ['a timestamp cast to BIGINT', join([['id', 'at', 'BIGINT']]), { code: 'join.badKeyCast', params: { column: 'at', type: 'TIMESTAMP', cast: 'BIGINT' }, path: [0] }],
    ['a sum of text', join([['id', 'customer_no']], summary({ measures: [{ column: 'customer', fn: 'sum' }] })), { code: 'join.wrongType', params: { column: 'customer', type: 'VARCHAR', fn: 'sum' }, path: [0] }],
    ['a mean of times', join([['id', 'customer_no']], summary({ measures: [{ column: 'at', fn: 'mean' }] })), { code: 'join.wrongType', params: { column: 'at', type: 'TIMESTAMP', fn: 'mean' }, path: [0] }],
    ['a maximum of a boolean', join([['id', 'customer_no']], summary({ measures: [{ column: 'flag', fn: 'max' }] })), { code: 'join.wrongType', params: { column: 'flag', type: 'BOOLEAN', fn: 'max' }, path: [0] }],
    ['"latest" ordered by text', join([['id', 'customer_no']], summary({ latest: [{ column: 'amount', by: 'customer' }] })), { code: 'join.wrongType', params: { column: 'customer', type: 'VARCHAR', fn: 'latest' }, path: [0] }],
    ['"latest" by an unknown column', join([['id', 'customer_no']], summary({ latest: [{ column: 'amount', by: 'when' }] })), { code: 'join.unknownColumn', params: { column: 'when', table: 'orders' }, path: [0] }],
    ['a summary of nothing', join([['id', 'customer_no']], summary({})), { code: 'join.emptyAggregate', params: { table: 'orders' }, path: [0] }],
  ])('%s', (_, settings, expected) => {
    expect(problemOf(settings)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['BIGINT with DOUBLE (Online Retail ids)', 'id', 'customer_f'],
    ['DOUBLE with BIGINT', 'score', 'customer_no'],
    ['DATE with TIMESTAMP', 'joined', 'at'],
    ['an ENUM with VARCHAR', 'tier', 'customer'],
  ])('compares %s without a cast', (_, left, right) => {
    expect(problemOf(join([[left, right]]))).toBeNull();
  });

  it('accepts the proposed cast', () => {
    expect(problemOf(join([['id', 'customer', 'BIGINT']]))).toBeNull();
    expect(problemOf(join([['joined', 'customer_no', 'VARCHAR']]))).toBeNull();
  });

  it('numbers a name its prefix did not keep apart, and says so', () => {
    const settings = join([['id', 'customer_no']], { prefix: '', columns: ['customer', 'flag'] });
    const both: JoinSettings = { base: 0, joins: [settings.joins[0]!, { ...settings.joins[0]!, columns: ['FLAG', 'amount'] }] };
    const compiled = compileJoin(both, [{ ...customers, columns: [...customers.columns, { name: 'Customer', type: 'VARCHAR' }] }, orders]);
    expect('problem' in compiled).toBe(false);
    if ('problem' in compiled) return;
    expect(compiled.columns.slice(customers.columns.length + 1).map((c) => c.name)).toEqual(['customer_2', 'flag', 'flag_2', 'amount']);
    expect(compiled.warnings).toEqual([
      { code: 'join.renamedColumn', params: { column: 'customer', as: 'customer_2' }, path: [0] },
      { code: 'join.renamedColumn', params: { column: 'flag', as: 'flag_2' }, path: [1] },
    ]);
  });
});

describe('join SQL text', () => {
  it('reads as one SELECT with a CTE per join and the summary inline', () => {
    const settings = join([['id', 'customer', 'BIGINT']], summary({ count: true, measures: [{ column: 'amount', fn: 'sum' }] }));
    const compiled = compileJoin(settings, INPUTS);
    expect('sql' in compiled && compiled.sql).toBe(
      [
        'WITH',
        '"join_0_base" AS (',
        '  SELECT * FROM "고객"',
        '),',
        '"join_1_left" AS (',
        '  SELECT',
        '    "l".*,',
        '    "r"."a_1" AS "o_row_count",',
        '    "r"."a_2" AS "o_sum_amount"',
        '  FROM "join_0_base" AS "l"',
        '  LEFT JOIN (',
        '    SELECT TRY_CAST("r"."customer" AS BIGINT) AS "k_1", count(*) AS "a_1", sum("r"."amount") AS "a_2"',
        '    FROM "orders" AS "r"',
        '    GROUP BY 1',
        '  ) AS "r"',
        '    ON TRY_CAST("l"."id" AS BIGINT) = "r"."k_1"',
        ')',
        'SELECT *',
        'FROM "join_1_left"',
      ].join('\n'),
    );
  });
});
