// Every filter case runs in DuckDB and keeps exactly the rows TypeScript keeps from the same
// rows (cases.ts). Native DuckDB runs them all; the WASM build the browser uses runs a few.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFilter, compileFilterCounts, ROWS_AFTER, ROWS_BEFORE, type FilterInput, type FilterSettings } from '../../../src/core/filter';
import { quoteIdent } from '../../../src/core/sql/quote';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { filterCases, NOW, type FilterCase } from './cases';
import { COL, TABLE, createTableSql, generateRows } from './dataset';

const ROWS = generateRows(300);
const CASES = filterCases(ROWS);
const WASM_CASES = new Set([
  'UK and (amount > 1000 or (vip and signed up after June))',
  'last 2 weeks up to the latest timestamp',
  'last month as of 2011-03-30 (February clamps)',
  'hostile value matched as plain text',
  'BIGINT beyond 2^53 compares exactly',
  'ENUM tier contains "OL"',
]);

type Engine = EngineApi & { close?(): Promise<void> };
const ENGINES: [string, () => Promise<Engine>, (c: FilterCase) => boolean][] = [
  ['native', () => createNativeEngine(), () => true],
  ['wasm', () => createWasmNodeEngine(), (c) => WASM_CASES.has(c.name)],
];

describe.each(ENGINES)('filters in DuckDB (%s)', (_, create, runs) => {
  let engine: Engine;
  let input: FilterInput;

  beforeAll(async () => {
    engine = await create();
    await engine.start();
    for (const statement of createTableSql(ROWS)) await engine.exec(statement);
    const described = decodeRows((await engine.query(`DESCRIBE ${quoteIdent(TABLE)}`)).ipc).rows;
    input = { table: TABLE, columns: described.map((r) => ({ name: String(r[0]), type: String(r[1]) })) };
  });
  afterAll(async () => engine.close?.());

  async function idsOf(settings: FilterSettings): Promise<number[]> {
    const compiled = compileFilter(settings, input, NOW);
    if ('problem' in compiled) throw new Error(JSON.stringify(compiled.problem));
    const { rows } = decodeRows((await engine.query(`SELECT ${quoteIdent(COL.id)} FROM (${compiled.sql}) ORDER BY 1`)).ipc);
    return rows.map((r) => r[0] as number);
  }

  it('reads the table back as written, with the column types the filter sees', () => {
    expect(input.columns.map((c) => c.type)).toEqual([
      'INTEGER', 'VARCHAR', 'VARCHAR', 'DOUBLE', 'BIGINT', 'DECIMAL(10,2)', 'BOOLEAN', "ENUM('gold', 'silver', 'bronze')", 'DATE', 'TIMESTAMP',
    ]);
    // The maxDate cases in cases.ts assume these latest values.
    expect(ROWS.map((r) => r.ordered ?? '').sort().at(-1)).toBe('2011-12-10 00:00:00');
    expect(ROWS.map((r) => r.signup ?? '').sort().at(-1)).toBe('2011-12-31');
  });

  it.each(CASES.filter(runs))('$name', async ({ settings, keep }) => {
    const expected = ROWS.filter(keep).map((r) => r.id);
    expect(await idsOf(settings)).toEqual(expected);

    const counts = compileFilterCounts(settings, input, NOW);
    if ('problem' in counts) throw new Error(JSON.stringify(counts.problem));
    const { columns, rows } = decodeRows((await engine.query(counts.sql)).ipc);
    expect(columns.map((c) => c.name)).toEqual([ROWS_BEFORE, ROWS_AFTER]);
    expect(rows).toEqual([[ROWS.length, expected.length]]);
  });

  it('leaves the table in place after hostile values', async () => {
    const { rows } = decodeRows((await engine.query(`SELECT CAST(count(*) AS DOUBLE) FROM ${quoteIdent(TABLE)}`)).ipc);
    expect(rows).toEqual([[ROWS.length]]);
  });

  it('cases are not trivial: most keep some rows and drop others', () => {
    const partial = CASES.filter((c) => {
      const kept = ROWS.filter(c.keep).length;
      return kept > 0 && kept < ROWS.length;
    });
    expect(partial.length).toBeGreaterThan(CASES.length - 4);
  });
});
