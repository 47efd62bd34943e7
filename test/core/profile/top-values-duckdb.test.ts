// Top values per segment with share and lift, in native DuckDB, against TypeScript counts over
// the same customers; plus a table built to tie, where ties must rank by value text.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProfileTopValues, readTopValueRows, type TopValueRow } from '../../../src/core/segments/profile';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { createNativeEngine } from '../../../src/engine/node';
import { C, fullSettings, generateCustomers, TABLE } from './dataset';
import { decoded, expectNumber, loadCustomers, sqlOf, type TestEngine } from './engine';
import { referenceTopValues, segmentsOf } from './reference';

const CUSTOMERS = generateCustomers();
let engine: TestEngine;
let columns: ColumnInfo[];

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  columns = await loadCustomers(engine, CUSTOMERS);
});
afterAll(async () => engine.close?.());

async function topValues(settings = fullSettings(), table = TABLE, tableColumns = columns): Promise<TopValueRow[]> {
  const { sql } = sqlOf(compileProfileTopValues(settings, { table, columns: tableColumns }));
  return readTopValueRows(await decoded(engine, sql));
}

describe('compileProfileTopValues on native DuckDB', () => {
  it.each([1, 2, 3])('lists the top %i values of each column per segment with share and lift', async (topN) => {
    const rows = await topValues(fullSettings({ topN }));
    const groups: [boolean, string | null, typeof CUSTOMERS][] = [[true, 'All customers', CUSTOMERS], ...[...segmentsOf(CUSTOMERS)].map(([s, g]): [boolean, string | null, typeof CUSTOMERS] => [false, s, g])];
    let expectedRows = 0;
    for (const [isAll, segment, group] of groups) {
      for (const [key, attribute] of [['region', C.region], ['gender', C.gender]] as const) {
        const want = referenceTopValues(group, CUSTOMERS, key, topN);
        const got = rows.filter((r) => r.isAll === isAll && r.segment === segment && r.attribute === attribute);
        const what = `${segment} ${attribute}`;
        expect(got.map((r) => [r.value, r.customers, r.rank]), what).toEqual(want.map((w, i) => [w.value, w.customers, i + 1]));
        got.forEach((r, i) => {
          expectNumber(r.share, want[i]!.share, `${what} share`);
          expectNumber(r.overallShare, want[i]!.overallShare, `${what} overall share`);
          expectNumber(r.lift, isAll ? 1 : want[i]!.lift, `${what} lift`);
        });
        expectedRows += want.length;
      }
    }
    expect(rows.length).toBe(expectedRows);
    expect(rows[0]!.isAll).toBe(true);
  });

  it('counts nulls in the segment size but never ranks a null value', async () => {
    const rows = await topValues(fullSettings({ topN: 5 }));
    expect(rows.every((r) => r.value !== null && r.value !== 'null')).toBe(true);
    const regions = rows.filter((r) => r.isAll && r.attribute === C.region);
    const missing = CUSTOMERS.filter((c) => c.region === null).length;
    expect(missing).toBeGreaterThan(0);
    expect(regions.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1 - missing / CUSTOMERS.length, 12);
  });

  it('ranks tied values by their text', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE ties AS SELECT * FROM (VALUES (1, 's', 'b'), (2, 's', 'a'), (3, 's', 'c'), (4, 't', 'c')) AS v(${['customer', 'segment', 'colour'].join(', ')})`);
    const ties = [{ name: 'customer', type: 'INTEGER' }, { name: 'segment', type: 'VARCHAR' }, { name: 'colour', type: 'VARCHAR' }];
    const settings = fullSettings({ columns: { customer: 'customer', segment: 'segment' }, numeric: [], categorical: ['colour'], topN: 2 });
    const rows = await topValues(settings, 'ties', ties);
    expect(rows.filter((r) => r.segment === 's').map((r) => [r.value, r.rank])).toEqual([['a', 1], ['b', 2]]);
    expect(rows.filter((r) => r.isAll).map((r) => r.value)).toEqual(['c', 'a']);
    expect(rows.find((r) => r.segment === 't')!.lift).toBeCloseTo(1 / (2 / 4), 12);
  });

  it('is not compiled without categorical columns', () => {
    expect(compileProfileTopValues(fullSettings({ categorical: [] }), { table: TABLE, columns })).toBeNull();
  });
});
