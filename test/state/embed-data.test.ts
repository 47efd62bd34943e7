import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseWorkbook, serializeWorkbook } from '../../src/core/format';
import { addSource, newWorkbook } from '../../src/core/workbook/ops';
import { sourcesLeftOut, withEmbeddedData } from '../../src/state/embed-data';
import { embeddedSourceFile } from '../../src/state/source-file';

const cp949 = readFileSync('test/fixtures/e2e/customers_cp949.csv');

describe('save with data', () => {
  const one = addSource(newWorkbook('ko'), { fileName: 'customers_cp949.csv', options: { format: 'csv' } });
  const two = addSource(one.workbook, { fileName: 'orders.csv', options: { format: 'csv' } });
  const hosted = addSource(two.workbook, { fileName: 'demo.csv.gz', url: 'data/demo.csv.gz', options: { format: 'csv' } });
  const files = new Map([[one.source.id, new File([cp949], 'customers_cp949.csv')]]);

  it('embeds the original bytes of attached files, gzip\'d, and they survive the file format', async () => {
    const saved = await withEmbeddedData(hosted.workbook, files);
    const embedded = saved.data?.[one.source.id];
    expect(embedded?.encoding).toBe('file.gz');
    expect(Buffer.compare(gunzipSync(Buffer.from(embedded!.base64, 'base64')), cp949)).toBe(0);
    const reopened = parseWorkbook(serializeWorkbook(saved), 'x.segbook.json');
    if (!reopened.ok) throw new Error(reopened.error.code);
    const file = await embeddedSourceFile(one.source, reopened.workbook);
    expect(file?.name).toBe('customers_cp949.csv');
    expect(Buffer.compare(Buffer.from(await file!.arrayBuffer()), cp949)).toBe(0); // byte for byte: CP949 stays CP949
  });

  it('leaves out hosted sources and names the ones it cannot embed', async () => {
    const saved = await withEmbeddedData(hosted.workbook, files);
    expect(Object.keys(saved.data ?? {})).toEqual([one.source.id]);
    expect(sourcesLeftOut(saved, files)).toEqual(['orders.csv']);
    expect(hosted.workbook.data).toBeUndefined(); // the open workbook is not changed
  });
});
