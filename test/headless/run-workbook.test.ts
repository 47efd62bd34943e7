// The headless runner: the shipped demo on native DuckDB, parity with the WASM engine,
// blocking after failures, fingerprint warnings, and where source files may come from.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../src/core/format';
import { updateSource } from '../../src/core/workbook/ops';
import type { Workbook } from '../../src/core/workbook/types';
import { createNativeEngine } from '../../src/engine/node';
import { describeMismatch } from '../../src/headless/describe';
import { runWorkbook, type HeadlessCellResult, type RunWorkbookReport } from '../../src/headless/run-workbook';
import { resolveInside } from '../../src/headless/source-files';
import { tableChecksum } from './checksum';
import { PEOPLE_CSV, smallWorkbook, writeTemp } from './small-workbook';
import { createWasmNodeEngine } from '../../src/engine/wasm-node';

const PUBLIC = fileURLToPath(new URL('../../public', import.meta.url));

function loadDemo(): Workbook {
  const parsed = parseWorkbook(readFileSync(join(PUBLIC, 'demo/demo.segbook.json'), 'utf8'), 'demo.segbook.json');
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.workbook;
}

const byName = (report: RunWorkbookReport) => new Map<string, HeadlessCellResult>(report.cells.map((c) => [c.name, c]));

describe('the demo workbook, headless', () => {
  const demo = loadDemo();
  let native: Awaited<ReturnType<typeof createNativeEngine>>;
  let report: RunWorkbookReport;
  const finished: string[] = [];

  beforeAll(async () => {
    native = await createNativeEngine();
    report = await runWorkbook(demo, { engine: native, base: PUBLIC, onCell: (r) => finished.push(r.name) });
  }, 60_000);
  afterAll(async () => native?.close());

  it('imports the whole source from its URL under --base and runs every SQL cell', () => {
    const cells = byName(report);
    const source = demo.cells.find((c) => c.kind === 'source')!;
    expect(cells.get(source.name)).toMatchObject({ status: 'done', rowCount: 541_909, file: join(PUBLIC, 'data/online_retail.csv.gz') });
    const sql = demo.cells.filter((c) => c.kind === 'sql');
    expect(sql.length).toBeGreaterThan(0);
    for (const cell of sql) {
      expect(cells.get(cell.name)?.status, cell.name).toBe('done');
      expect(cells.get(cell.name)?.error, cell.name).toBeUndefined();
    }
    for (const cell of demo.cells.filter((c) => c.kind === 'markdown')) expect(cells.get(cell.name)?.status).toBe('skipped');
    expect(report.cells.map((c) => c.name)).toEqual(demo.cells.map((c) => c.name));
    expect(finished.sort()).toEqual(demo.cells.map((c) => c.name).sort());
    expect(report.warnings).toEqual([]);
  });

  it('reports row counts and columns that match the tables it made', async () => {
    for (const cell of report.cells.filter((c) => c.status === 'done' && c.kind !== 'chart')) {
      const listed = (await native.listTables()).find((t) => t.name === cell.name);
      expect(listed?.columns, cell.name).toEqual(cell.columns);
      expect((await tableChecksum(native, cell.name, cell.columns!)).rows).toBe(cell.rowCount);
    }
  });

  it('gives every SQL cell the same rows and contents as the WASM engine (the browser)', async () => {
    const wasm = await createWasmNodeEngine();
    const wasmReport = await runWorkbook(demo, { engine: wasm, base: PUBLIC });
    expect(wasmReport.engine.engine).toBe('duckdb-wasm');
    const wasmCells = byName(wasmReport);
    const hashes: string[] = [];
    for (const cell of report.cells.filter((c) => c.kind !== 'markdown' && c.kind !== 'chart')) {
      const other = wasmCells.get(cell.name)!;
      expect(other.status, cell.name).toBe('done');
      expect(other.rowCount, cell.name).toBe(cell.rowCount);
      expect(other.columns, cell.name).toEqual(cell.columns);
      const [a, b] = [await tableChecksum(native, cell.name, cell.columns!), await tableChecksum(wasm, cell.name, cell.columns!)];
      expect(b, cell.name).toEqual(a);
      hashes.push(a.hash);
    }
    expect(new Set(hashes).size, 'each table has its own checksum').toBe(hashes.length);
  }, 120_000);
});

describe('failures', () => {
  it('an error blocks its descendants, naming the nearest failed cell; graph issues are errors', async () => {
    const { workbook } = smallWorkbook([
      ['rich', 'SELECT * FROM people WHERE amount > 15'],
      ['broken', 'SELECT no_such_column FROM people'],
      ['after_broken', 'SELECT * FROM broken'],
      ['after_after', 'SELECT * FROM after_broken JOIN rich USING (id)'],
      ['ghost', 'SELECT * FROM nowhere'],
      ['after_ghost', 'SELECT * FROM ghost'],
      ['loop_a', 'SELECT * FROM loop_b'],
      ['loop_b', 'SELECT * FROM loop_a'],
      ['unfinished', '  -- todo\n'],
    ]);
    const cells = byName(await runWorkbook(workbook, { data: { people: writeTemp('people.csv', PEOPLE_CSV) } }));
    const expectedRich = PEOPLE_CSV.trim().split('\n').slice(1).filter((l) => Number(l.split(',')[2]) > 15).length;
    expect(cells.get('rich')).toMatchObject({ status: 'done', rowCount: expectedRich });
    expect(cells.get('broken')).toMatchObject({ status: 'error', error: { code: 'engine.sql' } });
    expect(cells.get('broken')?.error?.message).toMatch(/no_such_column/);
    expect(cells.get('after_broken')).toMatchObject({ status: 'blocked', error: { code: 'cell.blocked', params: { upstream: 'broken' } } });
    expect(cells.get('after_after')).toMatchObject({ status: 'blocked', error: { params: { upstream: 'after_broken' } } });
    expect(cells.get('ghost')).toMatchObject({ status: 'error', error: { code: 'cell.unknownName', params: { name: 'nowhere' } } });
    expect(cells.get('after_ghost')).toMatchObject({ status: 'blocked', error: { params: { upstream: 'ghost' } } });
    for (const name of ['loop_a', 'loop_b']) expect(cells.get(name)).toMatchObject({ status: 'error', error: { code: 'cell.cycle' } });
    expect(cells.get('unfinished')).toMatchObject({ status: 'skipped', error: { code: 'cell.emptySql' } });
  });

  it('a source without a file is an error that blocks its readers', async () => {
    const { workbook } = smallWorkbook([['rich', 'SELECT * FROM people']]);
    const report = await runWorkbook(workbook, { data: { nobody: '/nowhere.csv' } });
    expect(byName(report).get('people')).toMatchObject({ status: 'error', error: { code: 'cell.missingSource', params: { file: 'people.csv' } } });
    expect(byName(report).get('rich')?.status).toBe('blocked');
    expect(report.warnings).toEqual([{ kind: 'unusedData', key: 'nobody' }]);
  });
});

describe('fingerprints', () => {
  it('warns, naming the differences, when the attached file is not the one saved; the run goes on', async () => {
    const { workbook, sourceId } = smallWorkbook([['all_people', 'SELECT * FROM people']]);
    const original = writeTemp('people.csv', PEOPLE_CSV);
    const first = await runWorkbook(workbook, { data: { 'people.csv': original } });
    const saved = byName(first).get('people')!.fingerprint!;
    expect(saved.rowCount).toBe(3);
    const withFingerprint = updateSource(workbook, sourceId, { fingerprint: saved });

    const same = await runWorkbook(withFingerprint, { data: { [sourceId]: original } });
    expect(same.warnings).toEqual([]);

    const nextMonth = 'id,name,amount,city\n1,Ann,10,Seoul\n2,Bo,20,Busan\n3,Cy,30,Seoul\n4,Di,40,Incheon\n';
    const changed = await runWorkbook(withFingerprint, { data: { people: writeTemp('people.csv', nextMonth) } });
    expect(byName(changed).get('all_people')).toMatchObject({ status: 'done', rowCount: 4 });
    expect(changed.warnings).toHaveLength(1);
    const warning = changed.warnings[0]!;
    if (warning.kind !== 'sourceMismatch') throw new Error(warning.kind);
    expect(warning.cell).toBe('people');
    expect(warning.diffs).toEqual(
      expect.arrayContaining([
        { kind: 'size', saved: PEOPLE_CSV.length, actual: nextMonth.length },
        { kind: 'rows', saved: 3, actual: 4 },
        { kind: 'columnAdded', column: 'city' },
      ]),
    );
    const sentence = describeMismatch(warning.file, warning.diffs);
    expect(sentence).toContain('row count 3 → 4');
    expect(sentence).toContain('1 new column: city');
  });

  it('notices different bytes of the same size and shape', async () => {
    const { workbook, sourceId } = smallWorkbook([]);
    const first = await runWorkbook(workbook, { data: { people: writeTemp('people.csv', PEOPLE_CSV) } });
    const withFingerprint = updateSource(workbook, sourceId, { fingerprint: byName(first).get('people')!.fingerprint! });
    const swapped = await runWorkbook(withFingerprint, { data: { people: writeTemp('people.csv', PEOPLE_CSV.replace('Ann', 'Ana')) } });
    expect(swapped.warnings).toMatchObject([{ kind: 'sourceMismatch', diffs: [{ kind: 'content' }] }]);
  });
});

describe('where source files come from', () => {
  it('reads data embedded in the workbook when no file is given', async () => {
    const { workbook, sourceId } = smallWorkbook([['all_people', 'SELECT * FROM people']]);
    const embedded: Workbook = { ...workbook, data: { [sourceId]: { encoding: 'csv.gz', base64: gzipSync(PEOPLE_CSV).toString('base64') } } };
    const cells = byName(await runWorkbook(embedded, {}));
    expect(cells.get('people')).toMatchObject({ status: 'done', rowCount: 3 });
    expect(cells.get('all_people')?.columns?.map((c) => c.name)).toEqual(PEOPLE_CSV.split('\n')[0]!.split(','));
  });

  it('resolves same-origin URLs inside the base directory only', () => {
    expect(resolveInside('/srv/app', 'data/x.csv')).toBe('/srv/app/data/x.csv');
    expect(resolveInside('/srv/app', '/data/x%20y.csv')).toBe('/srv/app/data/x y.csv');
    expect(resolveInside('/srv/app', '../../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveInside('/srv/app', 'https://example.com/x.csv')).toBeNull();
    expect(resolveInside('/srv/app', '//example.com/x.csv')).toBeNull();
    expect(resolveInside('/srv/app', 'file:///etc/passwd')).toBeNull();
  });

  it('a URL that leaves the site is refused, not fetched', async () => {
    const { workbook, sourceId } = smallWorkbook([]);
    const remote = updateSource(workbook, sourceId, { url: 'https://example.com/people.csv' });
    const report = await runWorkbook(remote, {});
    expect(byName(report).get('people')).toMatchObject({ status: 'error', error: { code: 'workbook.url' } });
  });
});

