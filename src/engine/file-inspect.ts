// Format and encoding of a registered file, from its first bytes.

import type { FileFormat, TextEncoding } from '../core/workbook/import-options';
import { segbookError } from '../core/errors';
import { readHead, type ByteSource } from './ingest/byte-source';
import { detectFormat } from './ingest/format';
import { detectEncoding } from './ingest/encoding';

export const SAMPLE_BYTES = 1024 * 1024;

export interface Inspected {
  format: FileFormat;
  gzip: boolean;
  /** text formats only */
  encoding?: TextEncoding;
  /** first (decompressed) bytes, up to SAMPLE_BYTES */
  head: Uint8Array;
  /** head is the whole (decompressed) content */
  headIsWhole: boolean;
}

export async function inspectFile(src: ByteSource): Promise<Inspected> {
  const raw = await src.read(0, Math.min(src.size, 64 * 1024));
  const { format, gzip } = detectFormat(src.name, src.size, raw);
  if (format === 'parquet' || format === 'xlsx') return { format, gzip, head: raw, headIsWhole: false };
  const head = await readHead(src, SAMPLE_BYTES, gzip);
  if (head.byteLength === 0) throw segbookError('file.empty', { file: src.name });
  const encoding = detectEncoding(head.subarray(0, 64 * 1024));
  if (!encoding) throw segbookError('file.binary', { file: src.name });
  const headIsWhole = gzip ? head.byteLength < SAMPLE_BYTES : src.size <= SAMPLE_BYTES;
  return { format, gzip, encoding, head, headIsWhole };
}
