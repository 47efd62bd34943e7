// importFile: registered file -> DuckDB table named exactly `req.table`.

import type { CsvOptions, TextEncoding } from '../core/workbook/import-options';
import { isSegbookError, segbookError, type SegbookError } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import type { ImportRequest, ImportResult } from './protocol';
import type { EngineBackend, RunContext } from './backend';
import { decodeRows } from './arrow';
import { inspectFile, type Inspected } from './file-inspect';
import { describeColumns, sniffCsvText } from './file-sniff';
import { transcodeToUtf8, decodeSample } from './ingest/transcode';
import { csvError, isCsvContentError, leadingBlankLines, needsRaggedScan, readCsvSql } from './ingest/csv-sql';
import { createRaggedScanner, firstRecordFields, type RaggedLine } from './ingest/ragged';
import { gunzipChunks, readAll, readChunks, type ByteSource } from './ingest/byte-source';
import { readWorkbook, sheetRows, sheetTable } from './ingest/xlsx';

export async function importFile(backend: EngineBackend, req: ImportRequest, ctx: RunContext): Promise<ImportResult> {
  const started = performance.now();
  const src = backend.source(req.file);
  const inspected = await inspectFile(src);
  switch (inspected.format) {
    case 'csv':
      await importCsv(backend, src, inspected, req, ctx);
      break;
    case 'xlsx': {
      ctx.onProgress?.({ phase: 'read', fraction: null, detail: req.file });
      const book = await readWorkbook(req.file, await readAll(src, ctx.signal));
      const { header, rows } = sheetRows(req.file, book, req.options.xlsx);
      await backend.replaceTableFromArrow(req.table, sheetTable(header, rows).ipc);
      break;
    }
    case 'parquet':
      await backend.replaceTableFromParquet(req.table, req.file, ctx);
      break;
    case 'json':
      await backend.replaceTableFromJson(req.table, req.file, ctx);
      break;
  }
  return importedTable(backend, req.table, started);
}

/** Row count and columns of a table just created by an import started at `started`. */
export async function importedTable(backend: EngineBackend, name: string, started: number): Promise<ImportResult> {
  const table = quoteIdent(name);
  const count = await backend.run(`SELECT count(*)::DOUBLE FROM ${table}`);
  return {
    table: name,
    rowCount: Number(decodeRows(count.ipc).rows[0]?.[0] ?? 0),
    columns: await describeColumns(backend, `SELECT * FROM ${table}`),
    elapsedMs: performance.now() - started,
  };
}

async function importCsv(backend: EngineBackend, src: ByteSource, inspected: Inspected, req: ImportRequest, ctx: RunContext) {
  const encoding: TextEncoding = req.options.csv?.encoding ?? inspected.encoding!;
  const sample = decodeSample(inspected.head, encoding, inspected.headIsWhole);
  const csv: CsvOptions = req.options.csv ?? (await sniffCsvText(backend, req.file, sample, encoding)).detected.csv;
  // UTF-8 is read by DuckDB straight from the registered file; anything else is transcoded first
  const scratch =
    encoding === 'utf-8' ? null : await backend.writeScratch(await transcodeToUtf8(src, encoding, inspected.gzip, ctx.signal, ctx.onProgress), 'csv');
  const source = readCsvSql(scratch ?? backend.sqlPath(req.file), csv, scratch === null && inspected.gzip, leadingBlankLines(sample));
  try {
    await backend.run(`CREATE OR REPLACE TABLE ${quoteIdent(req.table)} AS SELECT * FROM ${source}`, { ...ctx, phase: 'parse' });
  } catch (e) {
    if (!isCsvFailure(e)) throw e;
    const ragged = needsRaggedScan(e.message) ? await scanRagged(src, encoding, inspected.gzip, csv, ctx.signal) : null;
    throw csvError(req.file, e.message, ragged);
  } finally {
    if (scratch) await backend.dropScratch(scratch);
  }
  await rejectIfRagged(backend, src, sample, inspected.gzip, encoding, csv, req, ctx);
}

/**
 * DuckDB may also read a ragged file "successfully" with a column count of its own choosing.
 * When the table's width differs from the first line's field count (under the options used),
 * the file is scanned; a ragged line found there drops the table and names the line.
 */
async function rejectIfRagged(
  backend: EngineBackend,
  src: ByteSource,
  sample: string,
  gzip: boolean,
  encoding: TextEncoding,
  csv: CsvOptions,
  req: ImportRequest,
  ctx: RunContext,
): Promise<void> {
  const firstLine = firstRecordFields(sample, csv.delimiter, csv.quote);
  const table = quoteIdent(req.table);
  const width = (await describeColumns(backend, `SELECT * FROM ${table}`)).length;
  if (firstLine === null || firstLine === width) return;
  const ragged = await scanRagged(src, encoding, gzip, csv, ctx.signal);
  if (!ragged) return;
  await backend.run(`DROP TABLE IF EXISTS ${table}`);
  throw segbookError('file.ragged', { file: req.file, ...ragged });
}

function isCsvFailure(e: unknown): e is SegbookError {
  return isSegbookError(e) && e.code === 'engine.sql' && isCsvContentError(e.message);
}

async function scanRagged(
  src: ByteSource,
  encoding: TextEncoding,
  gzip: boolean,
  csv: CsvOptions,
  signal?: AbortSignal,
): Promise<RaggedLine | null> {
  const scanner = createRaggedScanner(csv.delimiter, csv.quote);
  const decoder = new TextDecoder(encoding);
  for await (const { bytes } of gzip ? gunzipChunks(src, signal) : readChunks(src, signal)) {
    const found = scanner.push(decoder.decode(bytes, { stream: true }));
    if (found) return found;
  }
  return scanner.push(decoder.decode()) ?? scanner.finish();
}
