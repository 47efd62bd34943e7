// The cases (test/fixtures/rfm/cases.json) and the golden outputs that
// scripts/reference/rfm_pandas.py computed for them, and the row-by-row comparison.

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import type { RfmSettings } from '../../../src/core/segments/rfm';
import { decodeRows } from '../../../src/engine/arrow';
import type { EngineApi } from '../../../src/engine/protocol';
import type { DatasetName } from './datasets';

export interface RfmCase {
  name: string;
  dataset: DatasetName;
  /** The shipped preset the case's rule table was copied from, if any. */
  preset?: string;
  compress?: boolean;
  settings: RfmSettings;
}

export interface RfmRow {
  customer: string;
  recency: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  rfm_code: string;
  segment_id: string;
}

export type ResultRecord = Record<string, unknown>;

const fixtures = new URL('../../fixtures/rfm/', import.meta.url);

export const RFM_CASES: RfmCase[] = JSON.parse(readFileSync(new URL('cases.json', fixtures), 'utf8'));

export function rfmCase(name: string): RfmCase {
  const found = RFM_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
}

export function readGolden(name: string): RfmRow[] {
  const gz = new URL(`golden/${name}.csv.gz`, fixtures);
  const text = existsSync(gz) ? gunzipSync(readFileSync(gz)).toString('utf8') : readFileSync(new URL(`golden/${name}.csv`, fixtures), 'utf8');
  const [header, ...lines] = text.trimEnd().split('\n') as [string, ...string[]];
  const names = header.split(',');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell]));
    return {
      customer: cells.customer,
      recency: Number(cells.recency),
      frequency: Number(cells.frequency),
      monetary: Number(cells.monetary),
      r: Number(cells.r),
      f: Number(cells.f),
      m: Number(cells.m),
      rfm_code: cells.rfm_code,
      segment_id: cells.segment_id,
    } as RfmRow;
  });
}

export function readGoldenChecks(name: string): Record<string, number | string | null> {
  return JSON.parse(readFileSync(new URL('golden/checks.json', fixtures), 'utf8'))[name];
}

export async function queryRecords(engine: EngineApi, sql: string): Promise<ResultRecord[]> {
  const { columns, rows } = decodeRows((await engine.query(sql)).ipc);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
}

const closeEnough = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Every customer's row equal (monetary to 1e-9 relative), in the same order. Reports the first few differences. */
export function expectRowsMatch(actual: ResultRecord[], golden: RfmRow[]): void {
  expect(actual.length, 'customers').toBe(golden.length);
  const differences: string[] = [];
  golden.forEach((want, i) => {
    const got = actual[i]!;
    const same =
      String(got.customer) === want.customer &&
      got.recency === want.recency &&
      got.frequency === want.frequency &&
      closeEnough(got.monetary as number, want.monetary) &&
      got.r === want.r &&
      got.f === want.f &&
      got.m === want.m &&
      got.rfm_code === want.rfm_code &&
      got.segment_id === want.segment_id;
    if (!same) differences.push(`row ${i}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  });
  expect(differences.slice(0, 5), `${differences.length} customers differ`).toEqual([]);
}
