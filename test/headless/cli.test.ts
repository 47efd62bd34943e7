// The headless CLI end to end, as a user runs it: a child process, exit codes, files written.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { createNativeEngine } from '../../src/engine/node';
import { PEOPLE_CSV, smallWorkbook, writeTemp } from './small-workbook';
import { serializeWorkbook } from '../../src/core/format';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO = join(ROOT, 'public/demo/demo.segbook.json');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/headless/cli.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const engines: Awaited<ReturnType<typeof createNativeEngine>>[] = [];
afterAll(async () => Promise.all(engines.map((e) => e.close())));

async function reimportedRows(path: string): Promise<number> {
  const engine = await createNativeEngine();
  engines.push(engine);
  await engine.registerFile('result', { path });
  const sniff = await engine.sniffFile('result');
  return (await engine.importFile({ file: 'result', table: 't', options: sniff.detected })).rowCount;
}

describe('npm run headless', () => {
  it('runs the demo, writes every result as Parquet that re-imports with the same rows, exits 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'segbook-cli-'));
    const run = await cli([DEMO, '--out', out, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; cells: { name: string; kind: string; status: string; rowCount?: number }[]; written: { cell: string; path: string }[] };
    expect(report.ok).toBe(true);
    const tables = report.cells.filter((c) => c.kind !== 'markdown' && c.kind !== 'chart');
    const charts = report.cells.filter((c) => c.kind === 'chart');
    expect([...tables, ...charts].every((c) => c.status === 'done')).toBe(true);
    expect(charts.length).toBeGreaterThan(0);
    expect(readdirSync(out).sort()).toEqual([...tables.map((c) => `${c.name}.parquet`), ...charts.map((c) => `${c.name}.vl.json`)].sort());
    for (const cell of tables) expect(await reimportedRows(join(out, `${cell.name}.parquet`)), cell.name).toBe(cell.rowCount);
    // a chart is a Vega-Lite spec with its rows inline, which Vega-Lite compiles as it is
    for (const chart of charts) {
      const spec = JSON.parse(readFileSync(join(out, `${chart.name}.vl.json`), 'utf8')) as { data: { values: unknown[] } };
      expect(spec.data.values.length, chart.name).toBe(chart.rowCount);
      expect(() => compile(spec as never), chart.name).not.toThrow();
    }
  }, 120_000);

  it('prints a table and writes CSV that re-imports with the same rows', async () => {
    const { workbook } = smallWorkbook([['rich', 'SELECT * FROM people WHERE amount > 15']]);
    const dir = mkdtempSync(join(tmpdir(), 'segbook-cli-'));
    const path = join(dir, 'small.segbook.json');
    writeFileSync(path, serializeWorkbook(workbook));
    const run = await cli([path, '--data', `people=${writeTemp('people.csv', PEOPLE_CSV)}`, '--out', join(dir, 'out'), '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^people\s+source\s+done\s+3\s/m);
    expect(run.stdout).toMatch(/^rich\s+sql\s+done\s+2\s/m);
    expect(await reimportedRows(join(dir, 'out', 'rich.csv'))).toBe(2);
  }, 60_000);

  it('exits 1 and says in plain English which cell failed and what it blocked', async () => {
    const { workbook } = smallWorkbook([['broken', 'SELECT no_such_column FROM people'], ['after', 'SELECT * FROM broken']]);
    const path = writeTemp('broken-sql.segbook.json', serializeWorkbook(workbook));
    const run = await cli([path, '--data', `people.csv=${writeTemp('people.csv', PEOPLE_CSV)}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken (error): The SQL failed:');
    expect(run.stdout).toContain('no_such_column');
    expect(run.stdout).toContain('after (blocked): Waiting for “broken”');
  }, 60_000);

  it('exits 1 with a readable message for a broken, missing or truncated workbook, or a missing data file', async () => {
    const damaged = writeTemp('damaged.segbook.json', '{"format":"segbook.workbook","version":1,"title":"x","locale":"en","cells":[{"id":3}],"sources":[]}');
    const truncated = writeTemp('cut.segbook.json', '{"format":"segbook.workbook",\n"version": 1,\n"cells": [');
    // one after another: the machine has two cores
    const cases: [string[], RegExp][] = [
      [[damaged], /^damaged\.segbook\.json is damaged: cells\[0\]/],
      [[truncated], /^cut\.segbook\.json is not valid JSON \(line 3, column \d+\)/],
      [[join(ROOT, 'no-such.segbook.json')], /^Workbook file not found: .*no-such\.segbook\.json/],
      [[DEMO, '--data', 'online_retail=/no/such/file.csv'], /^Data file not found: \/no\/such\/file\.csv \(given with --data online_retail=/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    }
  }, 60_000);
});
