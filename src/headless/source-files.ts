// Where a source cell's bytes come from when running headless: a path the caller gave
// (keyed by source id, cell name or file name), the source's same-origin URL resolved
// inside a base directory (so the shipped demo runs as is), or data embedded in the workbook.
import { gunzipSync } from 'node:zlib';
import { open, stat } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { segbookError, type SegbookError } from '../core/errors';
import { sampleHash } from '../core/workbook/fingerprint';
import type { ColumnInfo } from '../core/workbook/import-options';
import type { Source, SourceCell, SourceFingerprint, Workbook } from '../core/workbook/types';

/** A file on disk, or bytes decoded from the workbook's embedded data. */
export type LocatedFile =
  | { kind: 'path'; name: string; path: string; size: number }
  | { kind: 'bytes'; name: string; bytes: Uint8Array; size: number };

/** Keys a caller may use in `data`, most specific first. */
export function dataKeys(source: Source, cell: SourceCell): string[] {
  return [source.id, cell.name, source.fileName];
}

/** The file for a source, or the error saying why there is none. */
export async function locateSourceFile(
  source: Source, cell: SourceCell, workbook: Workbook, data: Record<string, string>, base: string,
): Promise<LocatedFile | SegbookError> {
  const key = dataKeys(source, cell).find((k) => data[k] !== undefined);
  if (key !== undefined) return fileAt(resolve(data[key]!), source);
  if (source.url) {
    const path = resolveInside(base, source.url);
    if (!path) return segbookError('workbook.url', { url: source.url });
    const found = await fileAt(path, source);
    // no file under --base: fall through to embedded data before giving up
    if (!('tag' in found) || !workbook.data?.[source.id]) return found;
  }
  const embedded = workbook.data?.[source.id];
  if (embedded) {
    const packed = new Uint8Array(Buffer.from(embedded.base64, 'base64'));
    if (embedded.encoding === 'file.gz') {
      // the original file: same name, same bytes, so the saved import options and fingerprint apply
      const bytes = new Uint8Array(gunzipSync(packed));
      return { kind: 'bytes', name: source.fileName, bytes, size: bytes.byteLength };
    }
    const bytes = packed;
    // base64 of gzip'd CSV: the engine recognises gzip by its magic bytes and this name
    const name = /\.csv$/i.test(source.fileName) ? `${source.fileName}.gz` : `${source.fileName}.csv.gz`;
    return { kind: 'bytes', name, bytes, size: bytes.byteLength };
  }
  return segbookError('cell.missingSource', { file: source.fileName }, `no file given for source ${source.fileName}`);
}

async function fileAt(path: string, source: Source): Promise<LocatedFile | SegbookError> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    return { kind: 'path', name: basename(path), path, size: info.size };
  } catch {
    return segbookError('cell.missingSource', { file: source.fileName, path }, `no such file: ${path}`);
  }
}

/**
 * A same-origin URL ('data/x.csv', '/data/x.csv') as a path inside `base`, or null for anything
 * else (http URLs, protocol-relative URLs): a workbook from someone else must not read arbitrary
 * local files. URL parsing normalises '..', so the result cannot leave `base`.
 */
export function resolveInside(base: string, url: string): string | null {
  const origin = 'https://segbook.invalid';
  let parsed: URL;
  try {
    parsed = new URL(url, `${origin}/`);
  } catch {
    return null;
  }
  if (parsed.origin !== origin) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const root = resolve(base);
  const path = resolve(root, relative);
  return relative !== '' && path.startsWith(root + sep) ? path : null;
}

/** Fingerprint of an imported file, comparable with the one saved in the workbook. */
export async function fingerprintOf(file: LocatedFile, rowCount: number, columns: ColumnInfo[]): Promise<SourceFingerprint> {
  const hash = file.kind === 'bytes'
    ? await sampleHash(file.size, async (start, end) => file.bytes.subarray(start, end))
    : await hashFile(file.path, file.size);
  return { size: file.size, rowCount, columns, sampleHash: hash };
}

async function hashFile(path: string, size: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    return await sampleHash(size, async (start, end) => {
      const buffer = new Uint8Array(end - start);
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, start);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}
