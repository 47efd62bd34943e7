// The cleaning every Online Retail analysis starts with, on native DuckDB and the WASM build:
// the proposed defaults (CustomerID DOUBLE -> BIGINT, drop rows without one), then drop
// cancellations and non-positive quantities and prices, tidy descriptions, drop repeated lines.
// Expected rows and revenue are computed here in plain TypeScript from the same lines.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileClean, compileCleanReport, type CleanInput } from '../../../src/core/clean';
import { createNativeEngine } from '../../../src/engine/node';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { RETAIL_LINES, RETAIL_TABLE, createRetailSql, expectedSteps, retailCleanSettings } from './online-retail';
import { describeTable, rowsOf, unwrap, type Engine } from './run';

describe.each<[string, () => Promise<Engine>]>([
  ['native', () => createNativeEngine()],
  ['wasm', () => createWasmNodeEngine()],
])('Online Retail cleaning (%s)', (_, create) => {
  let engine: Engine;
  let input: CleanInput;

  beforeAll(async () => {
    engine = await create();
    await engine.start();
    for (const statement of createRetailSql()) await engine.exec(statement);
    input = { table: RETAIL_TABLE, columns: await describeTable(engine, RETAIL_TABLE) };
  });
  afterAll(async () => engine.close?.());

  it('keeps the real purchases of known customers, with integer ids and revenue intact', async () => {
    const steps = expectedSteps(RETAIL_LINES);
    const expected = steps.at(-1)!;
    const sql = unwrap(compileClean(retailCleanSettings(input.columns), input)).sql;
    await engine.exec(`CREATE OR REPLACE TABLE cleaned AS ${sql}`);

    expect((await describeTable(engine, 'cleaned')).find((c) => c.name === 'CustomerID')?.type).toBe('BIGINT');
    const revenue = await rowsOf(engine, 'SELECT CustomerID AS id, CAST(count(*) AS DOUBLE) AS lines, sum(Quantity * UnitPrice) AS revenue FROM cleaned GROUP BY 1 ORDER BY 1');
    const byCustomer = new Map<number, { lines: number; revenue: number }>();
    for (const l of expected) {
      const c = byCustomer.get(l.CustomerID!) ?? { lines: 0, revenue: 0 };
      byCustomer.set(l.CustomerID!, { lines: c.lines + 1, revenue: c.revenue + l.Quantity * l.UnitPrice });
    }
    expect(revenue.map((r) => [r.id, r.lines])).toEqual([...byCustomer].sort((a, b) => a[0] - b[0]).map(([id, c]) => [id, c.lines]));
    for (const r of revenue) expect(r.revenue as number).toBeCloseTo(byCustomer.get(r.id as number)!.revenue, 9);

    const descriptions = await rowsOf(engine, 'SELECT DISTINCT Description AS d FROM cleaned ORDER BY 1');
    expect(descriptions.map((r) => r.d)).toEqual([...new Set(expected.map((l) => l.Description))].sort());
    expect(descriptions.map((r) => r.d)).toContain("POPPY'S PLAYHOUSE BEDROOM");
  });

  it('reports what each step removed', async () => {
    const after = expectedSteps(RETAIL_LINES);
    const report = await rowsOf(engine, unwrap(compileCleanReport(retailCleanSettings(input.columns), input)).sql);
    expect(report.map((r) => [r.kind, r.rows_before, r.rows_after, r.rows_removed])).toEqual(
      after.map((rows, i) => {
        const before = i === 0 ? RETAIL_LINES.length : after[i - 1]!.length;
        return [retailCleanSettings(input.columns).steps[i]!.kind, before, rows.length, before - rows.length];
      }),
    );
    expect(report[0]).toMatchObject({ kind: 'cast', cast_failures: 0, values_changed: null });
    const changedDescriptions = after[4]!.filter((l, i) => l.Description !== after[5]![i]!.Description).length;
    expect(report[5]).toMatchObject({ kind: 'trim', values_changed: changedDescriptions });
    expect(changedDescriptions).toBeGreaterThan(0);
  });
});
