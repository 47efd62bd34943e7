// "Save with data": the attached files travel inside the workbook, gzip'd and base64'd, as the
// original bytes ('file.gz'), so the colleague's import uses the same options and the saved
// fingerprints still match. Sources with a same-origin URL are not embedded: they are hosted.
import type { SourceId, Workbook } from '../core/workbook/types';

/** Above this the user is asked first: big JSON files are slow to open and to diff. */
export const EMBED_WARN_BYTES = 10 * 1024 * 1024;

export async function gzipBase64(file: Blob): Promise<string> {
  const gz = new Uint8Array(await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  // btoa takes a binary string; build it in slices so a large file does not blow the call stack.
  let binary = '';
  for (let i = 0; i < gz.length; i += 0x8000) binary += String.fromCharCode(...gz.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The workbook with every attached, non-hosted source file embedded. */
export async function withEmbeddedData(workbook: Workbook, files: ReadonlyMap<SourceId, File>): Promise<Workbook> {
  const data: NonNullable<Workbook['data']> = { ...workbook.data };
  for (const source of workbook.sources) {
    const file = files.get(source.id);
    if (source.url || !file) continue;
    data[source.id] = { encoding: 'file.gz', base64: await gzipBase64(file) };
  }
  return Object.keys(data).length > 0 ? { ...workbook, data } : workbook;
}

/** Sources that can be neither embedded nor fetched: the colleague will be asked to attach them. */
export function sourcesLeftOut(workbook: Workbook, files: ReadonlyMap<SourceId, File>): string[] {
  return workbook.sources.filter((s) => !s.url && !files.has(s.id) && !workbook.data?.[s.id]).map((s) => s.fileName);
}
