import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newWorkbook } from '../../src/core/workbook/ops';
import type { Source, Workbook } from '../../src/core/workbook/types';
import { embeddedSourceFile, isSameOrigin } from '../../src/state/source-file';

const base = 'https://segbook.example/app/index.html';

describe('isSameOrigin', () => {
  it('accepts relative and same-origin URLs', () => {
    expect(isSameOrigin('data/online_retail.csv.gz', base)).toBe(true);
    expect(isSameOrigin('/other/path.json', base)).toBe(true);
    expect(isSameOrigin('https://segbook.example/x.json', base)).toBe(true);
  });

  it('rejects other hosts, schemes and ports, including protocol-relative tricks', () => {
    expect(isSameOrigin('https://evil.example/x.json', base)).toBe(false);
    expect(isSameOrigin('//evil.example/x.json', base)).toBe(false);
    expect(isSameOrigin('http://segbook.example/x.json', base)).toBe(false);
    expect(isSameOrigin('https://segbook.example:8443/x.json', base)).toBe(false);
    expect(isSameOrigin('javascript:alert(1)', base)).toBe(false);
  });
});

describe('embeddedSourceFile', () => {
  const source: Source = { id: 's1', fileName: 'cities', options: { format: 'csv' } };

  it('decodes base64 gzip CSV into a .csv File with the original text', async () => {
    const csv = 'id,city\n1,서울\n2,부산\n';
    const wb: Workbook = { ...newWorkbook('ko'), sources: [source], data: { s1: { encoding: 'csv.gz', base64: gzipSync(csv).toString('base64') } } };
    const file = await embeddedSourceFile(source, wb);
    expect(file?.name).toBe('cities.csv');
    expect(await file?.text()).toBe(csv);
  });

  it('returns null when the workbook embeds nothing for the source', async () => {
    expect(await embeddedSourceFile(source, { ...newWorkbook('en'), sources: [source] })).toBeNull();
  });
});
