// Loads the reference datasets into an engine exactly as scripts/reference/rfm_pandas.py
// reads them, so the goldens it wrote apply. Each dataset becomes a table named after it.

import { readFileSync } from 'node:fs';
import type { ColumnInfo, CsvOptions, EngineApi } from '../../../src/engine/protocol';

export type DatasetName = 'online_retail' | 'cdnow' | 'synthetic_orders' | 'synthetic_identical';

const root = new URL('../../../', import.meta.url);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));

const csv = (columnTypes: Record<string, string>): CsvOptions => ({ encoding: 'utf-8', delimiter: ',', header: true, quote: '"', columnTypes });

async function loadOnlineRetail(engine: EngineApi): Promise<void> {
  await engine.registerFile('online_retail.csv.gz', bytes('public/data/online_retail.csv.gz'));
  const columnTypes = { InvoiceNo: 'VARCHAR', Quantity: 'BIGINT', InvoiceDate: 'TIMESTAMP', UnitPrice: 'DOUBLE', CustomerID: 'DOUBLE' };
  await engine.importFile({ file: 'online_retail.csv.gz', table: 'online_retail_raw', options: { format: 'csv', csv: csv(columnTypes) } });
  // The usual cleaning: purchases only (cancellations have negative quantities), known customers.
  await engine.exec(`CREATE TABLE online_retail AS
    SELECT CAST(CustomerID AS BIGINT) AS customer_id, InvoiceNo AS invoice, InvoiceDate AS invoice_date, Quantity * UnitPrice AS amount
    FROM online_retail_raw WHERE Quantity > 0 AND CustomerID IS NOT NULL`);
}

/** CDNOW 1/10 sample: " 00004 0001 19970101  2   29.33" = master id, sample id, date, CDs, dollars. */
async function loadCdnow(engine: EngineApi): Promise<void> {
  const text = readFileSync(new URL('test/fixtures/cdnow/CDNOW_sample.txt', root), 'utf8');
  const values = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [master, , date, cds, dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
      const day = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
      return `(${Number(master)}, DATE '${day}', ${Number(cds)}, ${Number(dollars)})`;
    });
  await engine.exec('CREATE TABLE cdnow (customer_id INTEGER, ordered_on DATE, cds INTEGER, dollars DOUBLE)');
  await engine.exec(`INSERT INTO cdnow VALUES ${values.join(', ')}`);
}

async function loadSynthetic(engine: EngineApi, name: 'synthetic_orders' | 'synthetic_identical'): Promise<void> {
  await engine.registerFile(`${name}.csv`, bytes(`test/fixtures/rfm/${name}.csv`));
  const columnTypes = { customer: 'VARCHAR', order_id: 'VARCHAR', ordered_at: 'TIMESTAMP', amount: 'DOUBLE' };
  await engine.importFile({ file: `${name}.csv`, table: name, options: { format: 'csv', csv: csv(columnTypes) } });
}

/** Creates the table and returns its columns. */
export async function loadDataset(engine: EngineApi, name: DatasetName): Promise<ColumnInfo[]> {
  if (name === 'online_retail') await loadOnlineRetail(engine);
  else if (name === 'cdnow') await loadCdnow(engine);
  else await loadSynthetic(engine, name);
  const table = (await engine.listTables()).find((t) => t.name === name);
  if (!table) throw new Error(`dataset ${name} was not created`);
  return table.columns;
}
