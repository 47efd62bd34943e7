// Where a source's bytes come from when no file is attached: a same-origin URL or data embedded in the workbook.
import { segbookError, SegbookFailure } from '../core/errors';
import type { Source, Workbook } from '../core/workbook/types';
import type { Progress } from '../engine/protocol';

export function isSameOrigin(url: string, base: string = location.href): boolean {
  try {
    return new URL(url, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** Download a same-origin file, reporting progress when the server sends a length. */
export async function fetchSourceFile(source: Source, onProgress?: (p: Progress) => void): Promise<File> {
  const url = source.url ?? '';
  if (!isSameOrigin(url)) throw new SegbookFailure(segbookError('workbook.url', { url }));
  let response: Response;
  try {
    response = await fetch(new URL(url, location.href));
  } catch (cause) {
    throw new SegbookFailure(segbookError('file.fetch', { url, status: String(cause) }));
  }
  if (!response.ok || !response.body) {
    throw new SegbookFailure(segbookError('file.fetch', { url, status: response.status }));
  }
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress?.({ phase: 'read', fraction: total ? Math.min(1, received / total) : null, detail: `${(received / 1e6).toFixed(1)} MB` });
  }
  // A server may send a .gz with Content-Encoding and fetch then hands us plain text: drop the suffix so the
  // engine does not try to gunzip it.
  const first = chunks[0];
  const gzipped = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
  const name = !gzipped && /\.gz$/i.test(source.fileName) ? source.fileName.slice(0, -3) : source.fileName;
  return new File(chunks as BlobPart[], name, { type: response.headers.get('content-type') ?? '' });
}

/** Decode a source embedded in the workbook (base64 of a gzip'd file) into a File. */
export async function embeddedSourceFile(source: Source, workbook: Workbook): Promise<File | null> {
  const embedded = workbook.data?.[source.id];
  if (!embedded) return null;
  const binary = Uint8Array.from(atob(embedded.base64), (ch) => ch.charCodeAt(0));
  const stream = new Blob([binary]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bytes = await new Response(stream).blob();
  if (embedded.encoding === 'file.gz') return new File([bytes], source.fileName);
  const name = /\.csv$/i.test(source.fileName) ? source.fileName : `${source.fileName}.csv`;
  return new File([bytes], name, { type: 'text/csv' });
}
