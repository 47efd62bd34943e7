// `npm run headless -- <workbook.segbook.json> [--data name=path ...] [--base dir] [--out dir] [--format parquet|csv] [--json]`
// Runs a workbook on native DuckDB, prints what happened in plain English, optionally writes
// every cell's result, and exits 1 when a cell failed (0 when all ran).
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSegbookError, segbookError } from '../core/errors';
import { MAX_WORKBOOK_BYTES, parseWorkbook } from '../core/format';
import { quoteIdent } from '../core/sql/quote';
import type { Workbook } from '../core/workbook/types';
import { createNativeEngine } from '../engine/node';
import type { EngineApi } from '../engine/protocol';
import { parseCliArgs, USAGE, type CliOptions } from './cli-args';
import { describeError } from './describe';
import { printJson, printProblems, tablePrinter, type WrittenFile } from './cli-report';
import { runWorkbook, type HeadlessCellResult } from './run-workbook';

class CliFailure extends Error {}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    if (args.help) console.log(args.message);
    else console.error(`${args.message}\n\n${USAGE}`);
    return args.help ? 0 : 2;
  }
  const options = inUserDirectory(args.options);
  const workbook = await loadWorkbook(options.workbook);
  await checkDataFiles(options.data);
  const engine = await createNativeEngine();
  try {
    const printer = options.json ? null : tablePrinter(workbook);
    const report = await runWorkbook(workbook, { engine, data: options.data, base: options.base, onCell: printer?.row });
    const written = options.out ? await writeResults(engine, report.cells, options) : [];
    if (options.json) printJson(options.workbook, report, written);
    else printProblems(report, written, options.base, Boolean(options.out));
    return report.cells.some((c) => c.status === 'error' || c.status === 'blocked') ? 1 : 0;
  } finally {
    await engine.close();
  }
}

/**
 * `npm run` starts scripts in the project root; paths on the command line mean the directory the
 * user typed them in (INIT_CWD). Without --base, URLs resolve in the project's own public folder.
 */
function inUserDirectory(options: CliOptions): CliOptions & { base: string } {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const data = Object.fromEntries(Object.entries(options.data).map(([key, path]) => [key, resolve(cwd, path)]));
  return {
    ...options,
    workbook: resolve(cwd, options.workbook),
    data,
    base: options.base === null ? fileURLToPath(new URL('../../public', import.meta.url)) : resolve(cwd, options.base),
    out: options.out === null ? null : resolve(cwd, options.out),
  };
}

async function loadWorkbook(path: string): Promise<Workbook> {
  const file = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliFailure(`${path} is a directory, not a workbook file.`);
    size = info.size;
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(`Workbook file not found: ${path}`);
  }
  if (size > MAX_WORKBOOK_BYTES) throw new CliFailure(describeError(segbookError('workbook.tooLarge', { file, size })));
  const parsed = parseWorkbook(await readFile(path, 'utf8'), file);
  if (!parsed.ok) throw new CliFailure(describeError(parsed.error));
  return parsed.workbook;
}

/** A mistyped --data path is the user's slip, not a cell failure: stop before running anything. */
async function checkDataFiles(data: Record<string, string>): Promise<void> {
  for (const [name, path] of Object.entries(data)) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new CliFailure(`Data file not found: ${path} (given with --data ${name}=…)`);
    if (!info.isFile()) throw new CliFailure(`Not a file: ${path} (given with --data ${name}=…)`);
  }
}

/** Every cell that produced a table, as <out>/<cell name>.<format>. */
async function writeResults(engine: EngineApi, cells: HeadlessCellResult[], options: CliOptions): Promise<WrittenFile[]> {
  const out = resolve(options.out!);
  await mkdir(out, { recursive: true });
  const written: WrittenFile[] = [];
  for (const cell of cells) {
    if (cell.status !== 'done' || cell.kind === 'markdown') continue;
    const bytes = cell.chart
      ? new TextEncoder().encode(`${JSON.stringify(cell.chart, null, 2)}\n`)
      : await engine.exportQuery(`SELECT * FROM ${quoteIdent(cell.name)}`, { format: options.format });
    const path = join(out, cell.chart ? `${cell.name}.vl.json` : `${cell.name}.${options.format}`);
    await writeFile(path, bytes);
    written.push({ cell: cell.name, path, bytes: bytes.byteLength });
  }
  return written;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliFailure) console.error(e.message);
    else if (isSegbookError(e)) console.error(describeError(e));
    else console.error(`Unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
