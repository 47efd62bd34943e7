// RFM on real and synthetic data, checked customer by customer against an independent pandas
// implementation of DESIGN.md section 4.
//
// How the goldens were made (Debian python3-pandas 1.5.3, numpy 1.24.2; no SQL involved):
//   /usr/bin/python3 scripts/reference/rfm_pandas.py --write-synthetic
// It reads test/fixtures/rfm/cases.json (the cases run here) and the same inputs this test loads
// (public/data/online_retail.csv.gz cleaned to Quantity > 0 and a known CustomerID, as of
// 2011-12-10; test/fixtures/cdnow/CDNOW_sample.txt as of 1998-07-01; the synthetic CSVs it
// writes), and writes test/fixtures/rfm/golden/<case>.csv[.gz] and golden/checks.json.
// CI has no pandas: the goldens are committed; rerun the script after changing a case.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRfm, compileRfmChecks, RFM_OUTPUT_COLUMNS, type RfmLocale } from '../../../src/core/segments/rfm';
import { createNativeEngine } from '../../../src/engine/node';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import { loadDataset, type DatasetName } from './datasets';
import { RFM_CASES, expectRowsMatch, queryRecords, readGolden, readGoldenChecks, rfmCase, type RfmCase } from './goldens';

let engine: EngineApi & { close(): Promise<void> };
const columns = new Map<DatasetName, ColumnInfo[]>();

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  for (const name of new Set(RFM_CASES.map((c) => c.dataset))) columns.set(name, await loadDataset(engine, name));
});
afterAll(async () => engine.close());

function compiled(c: RfmCase, locale: RfmLocale = 'en', compile = compileRfm): string {
  const result = compile(c.settings, { table: c.dataset, columns: columns.get(c.dataset)! }, locale);
  if (!('sql' in result)) throw new Error(`${c.name}: ${JSON.stringify(result.problem)}`);
  return result.sql;
}

describe('RFM against the pandas reference (native DuckDB)', () => {
  it.each(RFM_CASES.map((c) => [c.name, c] as const))('%s: every customer matches', async (_, c) => {
    const rows = await queryRecords(engine, compiled(c));
    expectRowsMatch(rows, readGolden(c.name));
  });

  it.each(RFM_CASES.map((c) => [c.name, c] as const))('%s: rows left out match, by reason', async (_, c) => {
    const [checks] = await queryRecords(engine, compiled(c, 'en', compileRfmChecks));
    const golden = readGoldenChecks(c.name);
    expect({ ...checks, as_of: checks!.as_of === null ? null : String(checks!.as_of).slice(0, 10) }).toEqual(golden);
  });

  it('returns the documented columns, with labels in the requested language', async () => {
    const c = RFM_CASES.find((x) => x.name === 'synthetic-quantile')!;
    const { columns: resultColumns } = await engine.query(compiled(c, 'ko'));
    expect(resultColumns.map((col) => col.name)).toEqual([...RFM_OUTPUT_COLUMNS]);
    const labels = new Map([...c.settings.segments.rules.map((rule) => [rule.id, rule.label.ko] as const), ['others', '기타']]);
    for (const row of await queryRecords(engine, compiled(c, 'ko'))) expect(row.segment).toBe(labels.get(row.segment_id as string));
  });
});

describe('edge cases, stated directly', () => {
  const run = async (name: string) => queryRecords(engine, compiled(rfmCase(name)));

  it('an as-of date before the data: no customers, and the checks say every usable row is too late', async () => {
    expect(await run('synthetic-as-of-before-data')).toEqual([]);
    const [checks] = await queryRecords(engine, compiled(rfmCase('synthetic-as-of-before-data'), 'en', compileRfmChecks));
    const nulls = Number(checks!.null_customer) + Number(checks!.null_timestamp) + Number(checks!.null_amount) + Number(checks!.null_order);
    expect(Number(checks!.used_rows)).toBe(0);
    expect(Number(checks!.on_or_after_as_of)).toBe(Number(checks!.input_rows) - nulls);
  });

  it('identical customers share every score under quantile: the lowest bin, so R = k and F = M = 1', async () => {
    for (const name of ['identical-quantile', 'identical-quantile-k3']) {
      const { k } = rfmCase(name).settings;
      const codes = new Set((await run(name)).map((row) => row.rfm_code));
      expect([...codes]).toEqual([`${k}11`]);
    }
  });

  it('recency is whole days before midnight of the as-of day; zero and negative spend is kept', async () => {
    const rows = new Map((await run('synthetic-quantile')).map((row) => [row.customer, row]));
    expect(rows.get('c03')!.recency).toBe(0); // last order one second before D
    expect(rows.get('c35')!.recency).toBe(1); // last order at midnight the day before D
    expect(rows.get('c31')!.monetary).toBe(0);
    expect(rows.get('c32')!.monetary).toBe(-15);
  });

  it('frequency counts distinct order ids, or distinct days', async () => {
    const lines = readFileSync(new URL('../../fixtures/rfm/synthetic_orders.csv', import.meta.url), 'utf8').split('\n');
    const c06 = lines.map((line) => line.split(',')).filter(([customer]) => customer === 'c06');
    const orders = (await run('synthetic-quantile')).find((row) => row.customer === 'c06')!;
    const days = (await run('synthetic-fixed-days-mean')).find((row) => row.customer === 'c06')!;
    expect(orders.frequency).toBe(new Set(c06.map((cells) => cells[1])).size); // an order on two lines counts once
    expect(days.frequency).toBe(new Set(c06.map((cells) => cells[2]!.slice(0, 10))).size);
    expect(days.frequency).toBeLessThan(orders.frequency as number);
  });
});
