// The chain the cells will run, on native DuckDB: orders -> RFM table -> customer view with an
// attribute -> profile (rule segments in order, Korean labels) -> guard -> persona cards. The
// profile must agree with the RFM cell's own segment summary, and every card must find its
// playbook entry by the RFM segment id.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultPersonaSettings, personaCards } from '../../../src/core/segments/persona';
import {
  compileProfile,
  compileProfileTopValues,
  defaultProfileSettings,
  readProfileRows,
  readTopValueRows,
  segmentationWarnings,
} from '../../../src/core/segments/profile';
import { compileRfm, compileRfmSummary, defaultRfmSettings } from '../../../src/core/segments/rfm';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';

let engine: EngineApi & { close(): Promise<void> };

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  // 400 customers; customer i orders 1 + (i % 7) times, every (3 + i % 50) days back from 2024-06-30
  await engine.exec(`CREATE TABLE orders AS
    SELECT 'cust ' || lpad(c::VARCHAR, 3, '0') AS customer_id, 'o' || c || '-' || k AS order_id,
      TIMESTAMP '2024-06-30 10:00:00' - to_days(CAST((c * 37) % 300 + k * (3 + c % 50) AS INTEGER)) AS ordered_at,
      CAST(5000 + (c * 7919) % 90000 + k * 1000 AS DECIMAL(12, 0)) AS amount
    FROM range(1, 401) AS customers(c), range(0, 7) AS orders(k)
    WHERE k <= c % 7`);
  await engine.exec(`CREATE TABLE customers AS
    SELECT 'cust ' || lpad(c::VARCHAR, 3, '0') AS customer_id, ['서울', '부산', '제주'][c % 3 + 1] AS "시/도"
    FROM range(1, 401) AS customers(c)`);
});
afterAll(async () => engine.close());

const run = async (sql: string) => decodeRows((await engine.query(sql)).ipc);
const columnsOf = async (table: string) => (await engine.listTables()).find((t) => t.name === table)!.columns;

it('turns orders into RFM segments, their profile and a persona card each', async () => {
  const rfmSettings = { ...defaultRfmSettings(await columnsOf('orders')), asOf: '2024-07-01' };
  const rfm = compileRfm(rfmSettings, { table: 'orders', columns: await columnsOf('orders') }, 'ko');
  if (!('sql' in rfm)) throw new Error(JSON.stringify(rfm));
  await engine.exec(`CREATE TABLE "rfm 결과" AS ${rfm.sql}`);
  await engine.exec(`CREATE TABLE "고객 뷰" AS SELECT r.*, c."시/도" FROM "rfm 결과" r JOIN customers c ON c.customer_id = r.customer`);

  const columns = await columnsOf('고객 뷰');
  const settings = { ...defaultProfileSettings(columns), categorical: ['시/도'] };
  expect(settings.columns).toMatchObject({ customer: 'customer', segment: 'segment', segmentId: 'segment_id', revenue: 'monetary' });
  const known = rfmSettings.segments.rules.map((r) => ({ segment: r.label.ko, segmentId: r.id }));
  const profile = compileProfile(settings, { table: '고객 뷰', columns }, { locale: 'ko', segments: known });
  const top = compileProfileTopValues(settings, { table: '고객 뷰', columns }, { locale: 'ko' });
  if (!('sql' in profile) || !top || !('sql' in top)) throw new Error('problem');
  const rows = readProfileRows(await run(profile.sql), settings);
  const topValues = readTopValueRows(await run(top.sql));

  // the profile agrees with the RFM cell's own segment summary
  const summary = compileRfmSummary(rfmSettings, 'rfm 결과', 'ko');
  if (!('segmentSql' in summary)) throw new Error('problem');
  const { columns: sc, rows: sr } = await run(summary.segmentSql);
  const at = (name: string) => sc.findIndex((c) => c.name === name);
  expect(rows[0]).toMatchObject({ isAll: true, segment: '전체 고객', customers: 400 });
  expect(rows.slice(1).map((r) => [r.segmentId, r.segment, r.customers])).toEqual(sr.map((s) => [s[at('segment_id')], s[at('segment')], s[at('customers')]]));
  rows.slice(1).forEach((r, i) => {
    if (r.customers > 0) expect(r.revenueShare!).toBeCloseTo(sr[i]![at('revenue_share')] as number, 12);
  });

  // empty rules come back as warnings to drop them; the others are big enough at these sizes
  const warnings = segmentationWarnings(rows, { ...settings.guard, minCustomers: 5 });
  expect(warnings.map((w) => w.code).every((c) => c === 'profile.emptySegment' || c === 'profile.smallSegment')).toBe(true);
  expect(warnings.filter((w) => w.code === 'profile.emptySegment').map((w) => w.segment!.segmentId)).toEqual(rows.filter((r) => !r.isAll && r.customers === 0).map((r) => r.segmentId));

  const result = personaCards(rows, topValues, defaultPersonaSettings(), 'ko');
  if (!('cards' in result)) throw new Error(JSON.stringify(result));
  expect(result.cards.length).toBe(rows.filter((r) => !r.isAll && r.customers > 0).length);
  for (const card of result.cards) {
    expect(card.playbook?.matchedBy, card.title).toBe('segmentId');
    expect(card.description).toMatch(/^.+니다\. 전체 고객의 .+%, 매출의 .+%를 차지합니다\.$/);
    expect(card.highlights.map((h) => h.attribute)).toEqual(['시/도']);
    expect(card.actions.length).toBeGreaterThan(0);
  }
  expect(new Set(result.cards.map((c) => c.priorityRank)).size).toBe(result.cards.length);
});
