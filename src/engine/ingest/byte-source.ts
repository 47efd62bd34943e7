// Random access to a registered file's bytes, whatever holds them (File, bytes, a path in Node),
// so format/encoding detection and transcoding are written once for both engines.

import { segbookError } from '../../core/errors';

export interface ByteSource {
  readonly name: string;
  readonly size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return { name, size: bytes.byteLength, read: async (start, end) => bytes.subarray(start, end) };
}

export function blobSource(name: string, blob: Blob): ByteSource {
  return {
    name,
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
  };
}

export const CHUNK_BYTES = 4 * 1024 * 1024;

/** The file's bytes in order; `offset` is how far into the (compressed) file we are. */
export async function* readChunks(
  src: ByteSource,
  signal?: AbortSignal,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<{ bytes: Uint8Array; offset: number }> {
  for (let start = 0; start < src.size; start += chunkBytes) {
    throwIfAborted(signal);
    const end = Math.min(src.size, start + chunkBytes);
    yield { bytes: await src.read(start, end), offset: end };
  }
}

/** Same as readChunks but gunzipped; offset still counts compressed bytes for progress. */
export async function* gunzipChunks(
  src: ByteSource,
  signal?: AbortSignal,
): AsyncGenerator<{ bytes: Uint8Array; offset: number }> {
  let offset = 0;
  const input = readChunks(src, signal);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await input.next();
      if (next.done) controller.close();
      else {
        offset = next.value.offset;
        controller.enqueue(next.value.bytes);
      }
    },
  }).pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield { bytes: value, offset };
    }
  } catch (e) {
    throwIfAborted(signal);
    throw segbookError('file.parse', { file: src.name, detail: String(e) }, String(e));
  } finally {
    reader.cancel().catch(() => {});
  }
}

export async function readAll(src: ByteSource, signal?: AbortSignal): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const { bytes } of readChunks(src, signal)) parts.push(bytes);
  return concatBytes(parts);
}

/** Up to `limit` bytes from the start of the (decompressed when gzip) content. */
export async function readHead(src: ByteSource, limit: number, gzip: boolean): Promise<Uint8Array> {
  if (!gzip) return src.read(0, Math.min(src.size, limit));
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const { bytes } of gunzipChunks(src)) {
    parts.push(bytes);
    total += bytes.byteLength;
    if (total >= limit) break;
  }
  return concatBytes(parts).subarray(0, limit);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw segbookError('engine.cancelled');
}
