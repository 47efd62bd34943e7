// Non-UTF-8 text -> UTF-8 bytes, chunk by chunk, so DuckDB's CSV reader (UTF-8 only offline) can read it.

import type { TextEncoding } from '../../core/workbook/import-options';
import type { ProgressListener } from '../protocol';
import { segbookError } from '../../core/errors';
import { concatBytes, gunzipChunks, readChunks, type ByteSource } from './byte-source';

export async function transcodeToUtf8(
  src: ByteSource,
  encoding: TextEncoding,
  gzip: boolean,
  signal?: AbortSignal,
  onProgress?: ProgressListener,
): Promise<Uint8Array> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const chunks = gzip ? gunzipChunks(src, signal) : readChunks(src, signal);
  try {
    for await (const { bytes, offset } of chunks) {
      parts.push(encoder.encode(decoder.decode(bytes, { stream: true })));
      onProgress?.({ phase: 'transcode', fraction: offset / src.size, detail: `${encoding} → UTF-8` });
    }
    parts.push(encoder.encode(decoder.decode()));
  } catch (e) {
    if (e instanceof TypeError) {
      throw segbookError('file.encoding', { file: src.name, encoding }, e.message);
    }
    throw e;
  }
  return concatBytes(parts);
}

/** Decoded text of the first bytes, cut at the last complete line unless it is the whole file. */
export function decodeSample(sample: Uint8Array, encoding: TextEncoding, wholeFile: boolean): string {
  const text = new TextDecoder(encoding).decode(sample, { stream: !wholeFile });
  if (wholeFile) return text;
  const lastNewline = text.lastIndexOf('\n');
  return lastNewline > 0 ? text.slice(0, lastNewline + 1) : text;
}
