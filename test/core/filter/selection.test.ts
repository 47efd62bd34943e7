// Brush to segment: chart selections -> filter settings, and those settings run in DuckDB keep
// exactly the rows inside the brush.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileFilter, filterFromSelection, filterSettingsSchema, type ChartSelection, type FilterInput, type FilterSettings } from '../../../src/core/filter';
import { quoteIdent } from '../../../src/core/sql/quote';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { and, cond, or } from './build';
import { COL, TABLE, createTableSql, generateRows } from './dataset';

const COLUMNS = [
  { name: COL.amount, type: 'DOUBLE' },
  { name: COL.country, type: 'VARCHAR' },
  { name: COL.vip, type: 'BOOLEAN' },
  { name: COL.signup, type: 'DATE' },
  { name: COL.ordered, type: 'TIMESTAMP' },
];

const settingsOf = (selection: ChartSelection, options = {}): FilterSettings => {
  const result = filterFromSelection(selection, COLUMNS, options);
  if ('problem' in result) throw new Error(JSON.stringify(result.problem));
  expect(v.parse(filterSettingsSchema, result.settings)).toEqual(result.settings);
  return result.settings;
};

describe('filterFromSelection', () => {
  it('turns an interval into between conditions, low end first', () => {
    expect(settingsOf({ type: 'interval', fields: { amount: [200, 10], Country: ['France', 'Germany'] } })).toEqual({
      where: and(cond(COL.amount, 'between', [10, 200]), cond(COL.country, 'in', ['France', 'Germany'])),
    });
  });

  it('turns epoch ms, Dates and zoned ISO text into the local naive timestamps Vega drew', () => {
    const lo = new Date(2011, 5, 1, 8, 30, 15, 250);
    const hi = new Date(2011, 6, 15);
    const expected = { where: and(cond(COL.ordered, 'between', ['2011-06-01 08:30:15.250', '2011-07-15 00:00:00.000'])) };
    expect(settingsOf({ type: 'interval', fields: { ordered_at: [hi.getTime(), lo.getTime()] } })).toEqual(expected);
    expect(settingsOf({ type: 'interval', fields: { ordered_at: [lo, hi] } })).toEqual(expected);
    expect(settingsOf({ type: 'interval', fields: { ordered_at: [lo.toISOString(), hi.toISOString()] } })).toEqual(expected);
    expect(settingsOf({ type: 'interval', fields: { ordered_at: ['2011-06-01 08:30:15.250', '2011-07-15T00:00:00.000'] } })).toEqual(expected);
  });

  it('picks days on DATE columns and instants on TIMESTAMP columns for points', () => {
    const day = new Date(2011, 2, 1).getTime();
    expect(settingsOf({ type: 'point', fields: { signup_date: [day, day] } })).toEqual({ where: and(cond(COL.signup, 'in', ['2011-03-01'])) });
    expect(settingsOf({ type: 'point', fields: { ordered_at: [day] } })).toEqual({ where: and(cond(COL.ordered, 'in', ['2011-03-01 00:00:00.000'])) });
  });

  it('keeps a picked null as "is missing" and booleans as true/false tests', () => {
    expect(settingsOf({ type: 'point', fields: { Country: ['France', null, 'France'] } })).toEqual({
      where: and(or(cond(COL.country, 'in', ['France']), cond(COL.country, 'isNull'))),
    });
    expect(settingsOf({ type: 'point', fields: { vip: [true] } })).toEqual({ where: and(cond(COL.vip, 'isTrue')) });
  });

  it('turns multi-field points into one AND group per point', () => {
    const settings = settingsOf({ type: 'point', fields: { x: ['France', 'United Kingdom', 'France'], vip: [true, false, true] } }, { columnOf: { x: COL.country } });
    expect(settings).toEqual({
      where: or(and(cond(COL.country, 'in', ['France']), cond(COL.vip, 'isTrue')), and(cond(COL.country, 'in', ['United Kingdom']), cond(COL.vip, 'isFalse'))),
    });
  });

  it('reports unknown fields and empty selections', () => {
    expect(filterFromSelection({ type: 'interval', fields: { nope: [1, 2] } }, COLUMNS)).toEqual({ problem: { code: 'filter.unknownColumn', params: { column: 'nope' }, path: [] } });
    expect(filterFromSelection({ type: 'interval', fields: {} }, COLUMNS)).toMatchObject({ problem: { code: 'filter.emptySelection' } });
    expect(filterFromSelection({ type: 'point', fields: { Country: [] } }, COLUMNS)).toMatchObject({ problem: { code: 'filter.emptySelection' } });
  });

  it('refuses more points than a group holds', () => {
    const many = Array.from({ length: 101 }, (_, i) => i);
    expect(filterFromSelection({ type: 'point', fields: { amount: many, vip: many.map((i) => i % 2 === 0) } }, COLUMNS)).toMatchObject({
      problem: { code: 'filter.tooManyPoints', params: { max: 100 } },
    });
  });
});

describe('brushes run in DuckDB', () => {
  const rows = generateRows(300);
  let engine: Awaited<ReturnType<typeof createNativeEngine>>;
  let input: FilterInput;

  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
    for (const statement of createTableSql(rows)) await engine.exec(statement);
    const described = decodeRows((await engine.query(`DESCRIBE ${quoteIdent(TABLE)}`)).ipc).rows;
    input = { table: TABLE, columns: described.map((r) => ({ name: String(r[0]), type: String(r[1]) })) };
  });
  afterAll(async () => engine.close());

  async function idsOf(selection: ChartSelection): Promise<number[]> {
    const result = filterFromSelection(selection, input.columns);
    if ('problem' in result) throw new Error(JSON.stringify(result.problem));
    const compiled = compileFilter(result.settings, input, new Date());
    if ('problem' in compiled) throw new Error(JSON.stringify(compiled.problem));
    const { rows: ids } = decodeRows((await engine.query(`SELECT ${quoteIdent(COL.id)} FROM (${compiled.sql}) ORDER BY 1`)).ipc);
    return ids.map((r) => r[0] as number);
  }

  it('keeps exactly the rows inside a two-field interval brush, ends included', async () => {
    const inside = rows.filter((r) => r.amount !== null && r.ordered !== null).slice(10, 12);
    const [lo, hi] = [Math.min(inside[0]!.amount!, inside[1]!.amount!), Math.max(inside[0]!.amount!, inside[1]!.amount!)];
    const [from, to] = ['2011-03-01 06:00:00', '2011-09-30 18:00:00'];
    const epoch = (text: string) => new Date(text.replace(' ', 'T')).getTime(); // local time, as Vega parses naive text
    const expected = rows.filter((r) => r.amount !== null && r.amount >= lo && r.amount <= hi && r.ordered !== null && r.ordered >= from && r.ordered <= to).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(await idsOf({ type: 'interval', fields: { amount: [hi, lo], ordered_at: [epoch(from), epoch(to)] } })).toEqual(expected);
  });

  it('keeps the rows drawn inside a brush over a DATE axis, not the whole first day', async () => {
    const from = new Date(2011, 1, 28, 12).getTime(); // noon on the 28th: that day's midnight mark is outside
    const to = new Date(2011, 2, 1, 0).getTime();
    const expected = rows.filter((r) => r.signup === '2011-03-01').map((r) => r.id);
    expect(rows.some((r) => r.signup === '2011-02-28')).toBe(true);
    expect(await idsOf({ type: 'interval', fields: { signup_date: [from, to] } })).toEqual(expected);
  });

  it('keeps exactly the picked points, nulls included', async () => {
    const expected = rows.filter((r) => (r.country === '대한민국' && r.vip === true) || (r.country === null && r.vip === false)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf({ type: 'point', fields: { Country: ['대한민국', null], vip: [true, false] } })).toEqual(expected);
  });
});
