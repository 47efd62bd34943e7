// Segment and R x F summaries over a materialized RFM table, against the same figures computed
// in TypeScript from the table's rows; revenue also against the input's own total.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRfm, compileRfmSummary, OTHERS_SEGMENT } from '../../../src/core/segments/rfm';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';
import { loadDataset } from './datasets';
import { queryRecords, rfmCase, type ResultRecord } from './goldens';

let engine: EngineApi & { close(): Promise<void> };

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  await loadDataset(engine, 'cdnow');
  await loadDataset(engine, 'synthetic_orders');
});
afterAll(async () => engine.close());

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Builds the RFM table of a golden case and returns its summaries and rows. */
async function summarise(caseName: string) {
  const c = rfmCase(caseName);
  const columns = (await engine.listTables()).find((t) => t.name === c.dataset)!.columns;
  const rfm = compileRfm(c.settings, { table: c.dataset, columns }, 'ko');
  const summary = compileRfmSummary(c.settings, 'rfm result', 'ko');
  if (!('sql' in rfm) || !('segmentSql' in summary)) throw new Error('unexpected problem');
  await engine.exec(`CREATE OR REPLACE TABLE "rfm result" AS ${rfm.sql}`);
  return {
    c,
    rows: await queryRecords(engine, 'SELECT * FROM "rfm result"'),
    segments: await queryRecords(engine, summary.segmentSql),
    grid: await queryRecords(engine, summary.gridSql),
  };
}

function expectClose(actual: unknown, expected: number | null, what: string) {
  if (expected === null) expect(actual, what).toBeNull();
  else expect(actual as number, what).toBeCloseTo(expected, 9);
}

describe.each(['cdnow-quantile', 'cdnow-rank-days-mean', 'synthetic-fixed-days-mean', 'synthetic-as-of-before-data'])('summaries of %s', (caseName) => {
  it('list every rule segment in order (Others only when used) with sizes, shares, revenue and averages', async () => {
    const { c, rows, segments } = await summarise(caseName);
    const revenueOf = (row: ResultRecord) => (row.monetary as number) * (c.settings.monetary === 'mean' ? (row.frequency as number) : 1);
    const totalRevenue = sum(rows.map(revenueOf));
    const others = rows.some((r) => r.segment_id === OTHERS_SEGMENT.id) ? [OTHERS_SEGMENT] : [];
    const expectedSegments = [...c.settings.segments.rules, ...others];
    expect(segments.map((s) => [s.segment_id, s.segment])).toEqual(expectedSegments.map((s) => [s.id, s.label.ko]));
    for (const s of segments) {
      const members = rows.filter((r) => r.segment_id === s.segment_id);
      const what = `${caseName} ${s.segment_id}`;
      expect(Number(s.customers), what).toBe(members.length);
      expectClose(s.customer_share, rows.length === 0 ? null : members.length / rows.length, `${what} share`);
      expectClose(s.revenue, sum(members.map(revenueOf)), `${what} revenue`);
      expectClose(s.revenue_share, rows.length === 0 ? null : sum(members.map(revenueOf)) / totalRevenue, `${what} revenue share`);
      expectClose(s.avg_recency, mean(members.map((m) => m.recency as number)), `${what} recency`);
      expectClose(s.avg_frequency, mean(members.map((m) => m.frequency as number)), `${what} frequency`);
      expectClose(s.avg_monetary, mean(members.map((m) => m.monetary as number)), `${what} monetary`);
    }
  });

  it('fill the whole k x k grid, R descending, with counts and average monetary', async () => {
    const { c, rows, grid } = await summarise(caseName);
    const { k } = c.settings;
    expect(grid.map((g) => `${g.r}${g.f}`)).toEqual(Array.from({ length: k * k }, (_, i) => `${k - Math.floor(i / k)}${(i % k) + 1}`));
    for (const cell of grid) {
      const members = rows.filter((r) => r.r === cell.r && r.f === cell.f);
      expect(Number(cell.customers)).toBe(members.length);
      expectClose(cell.avg_monetary, mean(members.map((m) => m.monetary as number)), `cell ${cell.r}${cell.f}`);
    }
  });
});

it('revenue adds up to the amounts of the orders scored, with monetary as the mean too', async () => {
  const { segments } = await summarise('cdnow-rank-days-mean');
  const [input] = await queryRecords(engine, "SELECT sum(dollars) AS total FROM cdnow WHERE ordered_on < DATE '1998-07-01'");
  expect(sum(segments.map((s) => s.revenue as number))).toBeCloseTo(input!.total as number, 6);
  expect(sum(segments.map((s) => s.revenue_share as number))).toBeCloseTo(1, 12);
});
