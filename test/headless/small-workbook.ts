// A small workbook over a tiny CSV, built with the same edit operations the app uses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCell, addSource, newWorkbook } from '../../src/core/workbook/ops';
import type { Workbook } from '../../src/core/workbook/types';

export const PEOPLE_CSV = 'id,name,amount\n1,Ann,10\n2,Bo,20\n3,Cy,30\n';

export function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'segbook-headless-')), name);
  writeFileSync(path, text);
  return path;
}

/** A source `people` and SQL cells given as [name, sql], in notebook order. */
export function smallWorkbook(sqlCells: [string, string][]): { workbook: Workbook; sourceId: string } {
  const added = addSource(newWorkbook('en', 'small'), {
    fileName: 'people.csv',
    options: { format: 'csv', csv: { encoding: 'utf-8', delimiter: ',', header: true, quote: '"' } },
  }, { name: 'people' });
  let workbook = added.workbook;
  for (const [name, sql] of sqlCells) workbook = addCell(workbook, 'sql', { name, settings: { sql } }).workbook;
  return { workbook, sourceId: added.source.id };
}
