// sniffFile: what a file looks like before import (format, CSV dialect, sheets, columns, preview).

import type { CsvOptions, TextEncoding } from '../core/workbook/import-options';
import { isSegbookError, segbookError } from '../core/errors';
import { quoteLiteral } from '../core/sql/quote';
import type { FileSniff } from './protocol';
import type { EngineBackend } from './backend';
import { decodeRows } from './arrow';
import { inspectFile } from './file-inspect';
import { decodeSample } from './ingest/transcode';
import { guessDelimiter } from './ingest/dialect';
import { csvError, isCsvContentError, leadingBlankLines, readCsvSql } from './ingest/csv-sql';
import { findRaggedLine, firstRecordFields } from './ingest/ragged';
import { readWorkbook, sheetPreview } from './ingest/xlsx';
import { readAll } from './ingest/byte-source';

const PREVIEW_ROWS = 20;

export async function sniffFile(backend: EngineBackend, file: string): Promise<FileSniff> {
  const src = backend.source(file);
  const inspected = await inspectFile(src);
  const base = { file, size: src.size };
  switch (inspected.format) {
    case 'csv': {
      const text = decodeSample(inspected.head, inspected.encoding!, inspected.headIsWhole);
      return { ...base, ...(await sniffCsvText(backend, file, text, inspected.encoding!)) };
    }
    case 'xlsx': {
      const book = await readWorkbook(file, await readAll(src));
      const sheet = book.sheets[0]?.name ?? '';
      const { columns, rows } = sheetPreview(file, book, { sheet, header: true }, PREVIEW_ROWS);
      return { ...base, detected: { format: 'xlsx', xlsx: { sheet, header: true } }, sheets: book.sheets.map((s) => s.name), columns, previewRows: rows };
    }
    case 'parquet':
    case 'json': {
      const scratch = `__segbook_sniff`;
      if (inspected.format === 'parquet') await backend.replaceTableFromParquet(scratch, file, {}, PREVIEW_ROWS);
      else await backend.replaceTableFromJson(scratch, file, {});
      try {
        const result = await backend.run(`SELECT * FROM ${scratch} LIMIT ${PREVIEW_ROWS}`);
        const columns = await describeColumns(backend, `SELECT * FROM ${scratch}`);
        return { ...base, detected: { format: inspected.format }, columns, previewRows: decodeRows(result.ipc).rows };
      } finally {
        await backend.run(`DROP TABLE IF EXISTS ${scratch}`);
      }
    }
  }
}

/** Dialect, columns and preview of CSV text (a decoded sample of the file). */
export async function sniffCsvText(backend: EngineBackend, file: string, text: string, encoding: TextEncoding) {
  const path = await backend.writeScratch(new TextEncoder().encode(text), 'csv');
  let csv: CsvOptions = { encoding, delimiter: ',', header: true, quote: '"' };
  try {
    csv = { encoding, ...(await sniffDialect(backend, file, path, text)) };
    const source = readCsvSql(path, csv, false, leadingBlankLines(text));
    const result = await backend.run(`SELECT * FROM ${source} LIMIT ${PREVIEW_ROWS}`);
    const columns = await describeColumns(backend, `SELECT * FROM ${source}`);
    return { detected: { format: 'csv' as const, csv }, columns, previewRows: decodeRows(result.ipc).rows };
  } catch (e) {
    if (isSegbookError(e) && e.code === 'engine.sql' && isCsvContentError(e.message)) {
      throw csvError(file, e.message, findRaggedLine(text, csv.delimiter, csv.quote));
    }
    throw e;
  } finally {
    await backend.dropScratch(path);
  }
}

async function sniffDialect(backend: EngineBackend, file: string, path: string, text: string) {
  const guess = guessDelimiter(text);
  let sniffed: { delimiter: string; quote: string; header: boolean; skipped: number; columns: number } | null = null;
  try {
    const res = await backend.run(
      `SELECT Delimiter, Quote, HasHeader, SkipRows, len(Columns) FROM sniff_csv(${quoteLiteral(path)}, sample_size = -1)`,
    );
    const row = decodeRows(res.ipc).rows[0];
    if (row) {
      sniffed = { delimiter: String(row[0]), quote: String(row[1]), header: Boolean(row[2]), skipped: Number(row[3]), columns: Number(row[4]) };
    }
  } catch (e) {
    if (!isSegbookError(e) || e.code !== 'engine.sql') throw e;
  }
  // DuckDB collapses small ragged files into one column; our guess then names the bad line
  if (!sniffed || (sniffed.columns < 2 && guess)) {
    const dialect = { delimiter: guess?.delimiter ?? ',', header: true, quote: '"' };
    throwIfRagged(file, text, dialect);
    return dialect;
  }
  // '(empty)' means no quote seen in the sample; keep '"' so quoted fields later still parse
  const quote = sniffed.quote === '(empty)' ? '"' : sniffed.quote;
  const dialect = { delimiter: sniffed.delimiter, header: sniffed.header, quote };
  // skipped lines or a column count other than the first line's: DuckDB worked around a ragged file
  if (sniffed.skipped > 0 || sniffed.columns !== firstRecordFields(text, dialect.delimiter, quote)) throwIfRagged(file, text, dialect);
  return dialect;
}

function throwIfRagged(file: string, text: string, dialect: { delimiter: string; quote: string }): void {
  const ragged = findRaggedLine(text, dialect.delimiter, dialect.quote);
  if (ragged) throw segbookError('file.ragged', { file, ...ragged });
}

export async function describeColumns(backend: EngineBackend, select: string) {
  const res = await backend.run(`DESCRIBE ${select}`);
  return decodeRows(res.ipc).rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
}
