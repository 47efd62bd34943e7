// Filter cases over dataset.ts, each with its expected rows written directly in TypeScript
// (not derived from the compiler): the DuckDB tests compare the two.

import type { FilterSettings } from '../../../src/core/filter';
import { and, cond, or, where } from './build';
import { COL, HOSTILE_NAME, type Row } from './dataset';

export interface FilterCase {
  name: string;
  settings: FilterSettings;
  keep: (row: Row) => boolean;
}

/** "Today" for every relative case: 2011-12-09 15:00 local time. */
export const NOW = new Date(2011, 11, 9, 15, 0, 0);

const num = (r: Row) => r.amount;
const lower = (s: string | null) => s?.toLowerCase() ?? null;
const cents = (price: string | null) => (price === null ? null : Math.round(Number(price) * 100));
const within = (t: string | null, from: string, to: string) => t !== null && t >= from && t < to;

export function filterCases(rows: readonly Row[]): FilterCase[] {
  const somePrice = rows.find((r) => r.price !== null)!.price!;
  const someSignup = rows.find((r) => r.signup !== null)!.signup!;
  return [
    // numbers
    { name: 'amount > 100', settings: where(cond(COL.amount, 'gt', [100])), keep: (r) => num(r) !== null && num(r)! > 100 },
    { name: 'amount = "100" typed as text', settings: where(cond(COL.amount, 'eq', [' 100 '])), keep: (r) => num(r) === 100 },
    { name: 'amount >= "1,000"', settings: where(cond(COL.amount, 'gte', ['1,000'])), keep: (r) => num(r) !== null && num(r)! >= 1000 },
    { name: 'amount < -5', settings: where(cond(COL.amount, 'lt', [-5])), keep: (r) => num(r) !== null && num(r)! < -5 },
    { name: 'amount <= 0', settings: where(cond(COL.amount, 'lte', ['0'])), keep: (r) => num(r) !== null && num(r)! <= 0 },
    { name: 'amount between 500 and 10 (reversed)', settings: where(cond(COL.amount, 'between', [500, '10'])), keep: (r) => num(r) !== null && num(r)! >= 10 && num(r)! <= 500 },
    { name: 'amount in 0, 100, 100', settings: where(cond(COL.amount, 'in', [0, '100', 100])), keep: (r) => num(r) === 0 || num(r) === 100 },
    { name: 'amount != 100 keeps NULLs', settings: where(cond(COL.amount, 'neq', [100])), keep: (r) => num(r) !== 100 },
    { name: 'amount not in 100, 0 keeps NULLs', settings: where(cond(COL.amount, 'notIn', [100, 0])), keep: (r) => num(r) !== 100 && num(r) !== 0 },
    { name: 'amount is null', settings: where(cond(COL.amount, 'isNull')), keep: (r) => num(r) === null },
    { name: 'amount is not null', settings: where(cond(COL.amount, 'isNotNull')), keep: (r) => num(r) !== null },
    { name: 'BIGINT beyond 2^53 compares exactly', settings: where(cond(COL.member, 'eq', ['9007199254740993'])), keep: (r) => r.member === 9007199254740993n },
    { name: 'BIGINT in list', settings: where(cond(COL.member, 'in', ['9007199254740993', '9,007,199,254,740,990'])), keep: (r) => r.member === 9007199254740993n || r.member === 9007199254740990n },
    { name: 'DECIMAL = a price from the data', settings: where(cond(COL.price, 'eq', [somePrice])), keep: (r) => cents(r.price) === cents(somePrice) },
    { name: 'DECIMAL between 10 and 20.5', settings: where(cond(COL.price, 'between', ['10', '20.5'])), keep: (r) => cents(r.price) !== null && cents(r.price)! >= 1000 && cents(r.price)! <= 2050 },
    // text
    { name: "name is O'Brien", settings: where(cond(COL.name, 'eq', ["O'Brien"])), keep: (r) => r.name === "O'Brien" },
    { name: 'name contains "bri", any case', settings: where(cond(COL.name, 'contains', ['bri'])), keep: (r) => lower(r.name)?.includes('bri') ?? false },
    { name: 'name does not contain "o" keeps NULLs', settings: where(cond(COL.name, 'notContains', ['O'])), keep: (r) => !(lower(r.name)?.includes('o') ?? false) },
    { name: 'name starts with 김', settings: where(cond(COL.name, 'startsWith', ['김'])), keep: (r) => r.name?.startsWith('김') ?? false },
    { name: 'name ends with SMITH, any case', settings: where(cond(COL.name, 'endsWith', ['SMITH'])), keep: (r) => lower(r.name)?.endsWith('smith') ?? false },
    { name: 'name in a list with Hangul and a quote', settings: where(cond(COL.name, 'in', ['김민수', "O'Brien", 'nobody'])), keep: (r) => r.name === '김민수' || r.name === "O'Brien" },
    { name: 'name not in 김민수 keeps NULLs', settings: where(cond(COL.name, 'notIn', ['김민수'])), keep: (r) => r.name !== '김민수' },
    { name: 'name is not ALICE: exact case', settings: where(cond(COL.name, 'neq', ['ALICE'])), keep: (r) => r.name !== 'ALICE' },
    { name: 'name is empty: NULL, "" or spaces', settings: where(cond(COL.name, 'isEmpty')), keep: (r) => r.name === null || r.name.trim() === '' },
    { name: 'name is not empty', settings: where(cond(COL.name, 'isNotEmpty')), keep: (r) => r.name !== null && r.name.trim() !== '' },
    { name: 'hostile value matched as plain text', settings: where(cond(COL.name, 'eq', [HOSTILE_NAME])), keep: (r) => r.name === HOSTILE_NAME },
    { name: "hostile '); DROP TABLE ...; -- matches nothing", settings: where(cond(COL.name, 'contains', ["'); DROP TABLE x; --"])), keep: () => false },
    { name: 'name contains a semicolon', settings: where(cond(COL.name, 'contains', [';'])), keep: (r) => r.name?.includes(';') ?? false },
    { name: 'Country is 대한민국', settings: where(cond(COL.country, 'eq', ['대한민국'])), keep: (r) => r.country === '대한민국' },
    { name: 'ENUM tier in gold, silver', settings: where(cond(COL.tier, 'in', ['gold', 'silver'])), keep: (r) => r.tier === 'gold' || r.tier === 'silver' },
    { name: 'ENUM tier contains "OL"', settings: where(cond(COL.tier, 'contains', ['OL'])), keep: (r) => r.tier === 'gold' },
    // booleans
    { name: 'vip is true', settings: where(cond(COL.vip, 'isTrue')), keep: (r) => r.vip === true },
    { name: 'vip is false', settings: where(cond(COL.vip, 'isFalse')), keep: (r) => r.vip === false },
    { name: 'vip is null', settings: where(cond(COL.vip, 'isNull')), keep: (r) => r.vip === null },
    // dates
    { name: 'signup on a day from the data', settings: where(cond(COL.signup, 'on', [someSignup])), keep: (r) => r.signup === someSignup },
    { name: 'signup before 2011-03-01', settings: where(cond(COL.signup, 'before', ['2011-03-01'])), keep: (r) => r.signup !== null && r.signup < '2011-03-01' },
    { name: 'signup after 2011-03-01 (the whole day excluded)', settings: where(cond(COL.signup, 'after', ['2011/3/1'])), keep: (r) => r.signup !== null && r.signup > '2011-03-01' },
    { name: 'signup between two days, both included', settings: where(cond(COL.signup, 'between', ['2011-02-01', '2011-02-28'])), keep: (r) => r.signup !== null && r.signup >= '2011-02-01' && r.signup <= '2011-02-28' },
    { name: 'signup between timestamps', settings: where(cond(COL.signup, 'between', ['2011-02-28 00:00', '2011-02-01 12:00'])), keep: (r) => r.signup !== null && r.signup >= '2011-02-02' && r.signup <= '2011-02-28' },
    // timestamps
    { name: 'ordered on 2011-12-09', settings: where(cond(COL.ordered, 'on', ['2011-12-09'])), keep: (r) => r.ordered?.startsWith('2011-12-09') ?? false },
    { name: 'ordered before 2011-06-01 12:00', settings: where(cond(COL.ordered, 'before', ['2011-06-01T12:00'])), keep: (r) => r.ordered !== null && r.ordered < '2011-06-01 12:00:00' },
    { name: 'ordered after 2011-12-09 (date)', settings: where(cond(COL.ordered, 'after', ['2011-12-09'])), keep: (r) => r.ordered !== null && r.ordered >= '2011-12-10' },
    { name: 'ordered after 2011-12-09 00:00:00', settings: where(cond(COL.ordered, 'after', ['2011-12-09 00:00:00'])), keep: (r) => r.ordered !== null && r.ordered > '2011-12-09 00:00:00' },
    { name: 'ordered between days: the last day whole', settings: where(cond(COL.ordered, 'between', ['2011-11-10', '2011-12-09'])), keep: (r) => within(r.ordered, '2011-11-10', '2011-12-10') },
    { name: 'ordered in two instants', settings: where(cond(COL.ordered, 'in', ['2011-12-09 00:00:00', '2011-02-28'])), keep: (r) => r.ordered === '2011-12-09 00:00:00' || r.ordered === '2011-02-28 00:00:00' },
    // relative ranges
    { name: 'last 30 days as of today', settings: where(cond(COL.ordered, 'inLast', [], { amount: 30, unit: 'day', anchor: { kind: 'today' } })), keep: (r) => within(r.ordered, '2011-11-10', '2011-12-10') },
    { name: 'last 1 day as of today', settings: where(cond(COL.ordered, 'inLast', [], { amount: 1, unit: 'day', anchor: { kind: 'today' } })), keep: (r) => within(r.ordered, '2011-12-09', '2011-12-10') },
    { name: 'not in the last 30 days keeps NULLs', settings: where(cond(COL.ordered, 'notInLast', [], { amount: 30, unit: 'day', anchor: { kind: 'today' } })), keep: (r) => !within(r.ordered, '2011-11-10', '2011-12-10') },
    { name: 'last month as of 2011-03-30 (February clamps)', settings: where(cond(COL.ordered, 'inLast', [], { amount: 1, unit: 'month', anchor: { kind: 'date', date: '2011-03-30' } })), keep: (r) => within(r.ordered, '2011-02-28', '2011-03-31') },
    // The latest ordered_at is the edge row 2011-12-10 00:00:00 (asserted in the test).
    { name: 'last 2 weeks up to the latest timestamp', settings: where(cond(COL.ordered, 'inLast', [], { amount: 2, unit: 'week', anchor: { kind: 'maxDate' } })), keep: (r) => within(r.ordered, '2011-11-27', '2011-12-11') },
    // The latest signup_date is 2011-12-31 (asserted in the test).
    { name: 'last 3 months up to the latest date', settings: where(cond(COL.signup, 'inLast', [], { amount: 3, unit: 'month', anchor: { kind: 'maxDate' } })), keep: (r) => within(r.signup, '2011-10-01', '2012-01-01') },
    // groups
    {
      name: 'UK and (amount > 1000 or (vip and signed up after June))',
      settings: where(and(cond(COL.country, 'eq', ['United Kingdom']), or(cond(COL.amount, 'gt', [1000]), and(cond(COL.vip, 'isTrue'), cond(COL.signup, 'after', ['2011-06-30']))))),
      keep: (r) => r.country === 'United Kingdom' && ((num(r) ?? -Infinity) > 1000 || (r.vip === true && r.signup !== null && r.signup > '2011-06-30')),
    },
    { name: 'top-level or of NULL tests', settings: where(or(cond(COL.country, 'isNull'), cond(COL.amount, 'isNull'), cond(COL.vip, 'isNull'))), keep: (r) => r.country === null || r.amount === null || r.vip === null },
    {
      name: '(France or Germany and gold) or not in the last 90 days',
      settings: where(or(and(cond(COL.country, 'in', ['France', 'Germany']), cond(COL.tier, 'eq', ['gold'])), cond(COL.ordered, 'notInLast', [], { amount: 90, unit: 'day', anchor: { kind: 'today' } }))),
      keep: (r) => ((r.country === 'France' || r.country === 'Germany') && r.tier === 'gold') || !within(r.ordered, '2011-09-11', '2011-12-10'),
    },
    { name: 'no conditions: every row', settings: where(and()), keep: () => true },
    { name: 'an empty nested group is ignored', settings: where(and(or(), cond(COL.name, 'eq', ["O'Brien"]), and(or()))), keep: (r) => r.name === "O'Brien" },
  ];
}
