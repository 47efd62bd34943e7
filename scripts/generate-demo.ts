// Writes the seeded demo shop (src/demo-data) as CSV files, optionally gzip'd, and Parquet.
//
//   npx tsx scripts/generate-demo.ts --customers 1000 --seed 7 --out dir [--gzip] [--parquet]
//     [--tables customers,orders]   only these tables (the others' rows are not even simulated)
//
// Sizes accept 1000, 100k, 1M or 1e7. CSV is streamed a chunk of customers at a time with
// back-pressure, so memory stays flat at any size. Parquet is converted from each CSV by native
// DuckDB with the column types of SHOP_SCHEMA spelled out (no sniffing, so every size agrees).

import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { SHOP_TABLES, csvHeader, encodeCsvRows, generateShop, shopCsvToParquetSql, type ShopTable } from '../src/demo-data';

interface Args {
  customers: number;
  seed: number;
  out: string;
  gzip: boolean;
  parquet: boolean;
  tables: ShopTable[];
}

function parseCount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  const value = m ? Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1) : Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--customers: expected a whole number like 1000, 100k or 1M, got ${text}`);
  return value;
}

function readArgs(): Args {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      out: { type: 'string', default: 'demo-data' },
      gzip: { type: 'boolean', default: false },
      parquet: { type: 'boolean', default: false },
      tables: { type: 'string', default: SHOP_TABLES.join(',') },
    },
  });
  const tables = values.tables.split(',').map((t) => t.trim());
  const unknown = tables.filter((t) => !(SHOP_TABLES as string[]).includes(t));
  if (unknown.length > 0 || tables.length === 0) throw new Error(`--tables: expected some of ${SHOP_TABLES.join(', ')}, got ${values.tables}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed: expected an integer, got ${values.seed}`);
  return { customers: parseCount(values.customers), seed, out: resolve(values.out), gzip: values.gzip, parquet: values.parquet, tables: tables as ShopTable[] };
}

interface TableFile {
  table: ShopTable;
  path: string;
  file: Writable;
  sink: Writable;
  rows: number;
}

function openTable(dir: string, table: ShopTable, gzip: boolean): TableFile {
  const path = join(dir, `${table}.csv${gzip ? '.gz' : ''}`);
  const file = createWriteStream(path);
  // Level 9: the committed demo set is small and compressed once; large runs should skip --gzip.
  const sink = gzip ? createGzip({ level: 9 }) : file;
  if (gzip) sink.pipe(file);
  sink.write(csvHeader(table));
  return { table, path, file, sink, rows: 0 };
}

async function write(sink: Writable, bytes: Uint8Array): Promise<void> {
  if (bytes.length > 0 && !sink.write(bytes)) await once(sink, 'drain');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

async function writeCsv(args: Args): Promise<TableFile[]> {
  const files = args.tables.map((t) => openTable(args.out, t, args.gzip));
  const started = performance.now();
  let lastReport = started;
  const chunkCustomers = Math.min(5000, Math.max(100, Math.ceil(args.customers / 100)));
  for (const chunk of generateShop({ customers: args.customers, seed: args.seed, chunkCustomers, tables: args.tables })) {
    for (const f of files) {
      const rows = chunk.rows[f.table];
      f.rows += rows.length;
      await write(f.sink, encodeCsvRows(f.table, rows));
    }
    const now = performance.now();
    if (now - lastReport > 2000 || chunk.lastCustomer === args.customers) {
      lastReport = now;
      const pct = ((100 * chunk.lastCustomer) / args.customers).toFixed(0);
      console.error(`  ${chunk.lastCustomer.toLocaleString('en')} / ${args.customers.toLocaleString('en')} customers (${pct}%), ${seconds(now - started)}`);
    }
  }
  for (const f of files) f.sink.end();
  await Promise.all(files.map((f) => once(f.file, 'close')));
  return files;
}

async function writeParquet(files: TableFile[]): Promise<void> {
  // Loaded only when asked for: the CSV path needs no native module.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    for (const f of files) {
      const started = performance.now();
      const target = f.path.replace(/\.csv(\.gz)?$/, '.parquet');
      await conn.run(shopCsvToParquetSql(f.path, target, f.table));
      console.error(`  ${f.table}.parquet ${megabytes(statSync(target).size)} in ${seconds(performance.now() - started)}`);
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function main(): Promise<void> {
  const args = readArgs();
  mkdirSync(args.out, { recursive: true });
  console.error(`Demo shop: ${args.customers.toLocaleString('en')} customers, seed ${args.seed}, into ${args.out}`);
  const started = performance.now();
  const files = await writeCsv(args);
  const csvMs = performance.now() - started;
  let total = 0;
  for (const f of files) {
    const size = statSync(f.path).size;
    total += size;
    console.error(`  ${f.path.split('/').pop()}: ${f.rows.toLocaleString('en')} rows, ${megabytes(size)}`);
  }
  // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
  console.error(`CSV: ${megabytes(total)} in ${seconds(csvMs)} (CPU ${seconds(process.cpuUsage().user / 1000)})`);
  if (args.parquet) {
    const parquetStarted = performance.now();
    await writeParquet(files);
    console.error(`Parquet: ${seconds(performance.now() - parquetStarted)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
