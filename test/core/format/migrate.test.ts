import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, parseWorkbook, serializeWorkbook } from '../../../src/core/format';
import { WORKBOOK_VERSION } from '../../../src/core/workbook/types';
import { expectGolden } from '../golden';

const path = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('migrations', () => {
  it('have one step for every version below the current one', () => {
    expect(MIGRATIONS.map((s) => s.from)).toEqual(Array.from({ length: WORKBOOK_VERSION }, (_, i) => i));
  });

  it('bring a version 0 file to version 1 (golden)', () => {
    const result = parseWorkbook(readFileSync(path('v0-prerelease.json'), 'utf8'), 'v0-prerelease.json');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.migratedFrom).toBe(0);
    const [src, sql, md] = result.workbook.cells;
    expect(src).toMatchObject({ kind: 'source', settings: { source: 's1a' } });
    expect(result.workbook.sources[0]).toMatchObject({ id: 's1a', fileName: 'orders.csv', options: { csv: { encoding: 'euc-kr' } } });
    expect(sql).toMatchObject({ kind: 'sql', inputs: ['c1a'] });
    expect(md?.kind).toBe('markdown');
    expectGolden(path('v0-prerelease.migrated.json'), serializeWorkbook(result.workbook));
  });

  it('report a v0 file too broken to migrate as workbook.invalid with its path', () => {
    const result = parseWorkbook('{"format":"segbook.workbook","version":0,"cells":[{"id":"c1","name":"x"}]}', 'old.json');
    expect(!result.ok && result.error).toMatchObject({ code: 'workbook.invalid', params: { path: 'cells[0].type', detail: 'missing' } });
  });
});
