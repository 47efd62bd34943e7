// An excerpt in the shape of UCI Online Retail (CC BY 4.0, Chen 2015) as the CSV sniffer types
// it: CustomerID arrives as DOUBLE (17850.0), cancellations are invoices starting with 'C'
// (with negative quantities), some lines have no customer, descriptions carry stray spaces,
// one line appears twice and a bad-debt adjustment has a zero quantity. Lines are copied from
// the public file, with a few changed so that every clean step has something to do.

import { defaultCleanSettings, type CleanSettings } from '../../../src/core/clean';
import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';

export interface RetailLine {
  InvoiceNo: string;
  StockCode: string;
  Description: string | null;
  Quantity: number;
  InvoiceDate: string;
  UnitPrice: number;
  CustomerID: number | null;
  Country: string;
}

export const RETAIL_TABLE = 'online_retail';

export const RETAIL_COLUMNS = [
  ['InvoiceNo', 'VARCHAR'],
  ['StockCode', 'VARCHAR'],
  ['Description', 'VARCHAR'],
  ['Quantity', 'BIGINT'],
  ['InvoiceDate', 'TIMESTAMP'],
  ['UnitPrice', 'DOUBLE'],
  ['CustomerID', 'DOUBLE'],
  ['Country', 'VARCHAR'],
] as const;

const line = (InvoiceNo: string, StockCode: string, Description: string | null, Quantity: number, InvoiceDate: string, UnitPrice: number, CustomerID: number | null, Country: string): RetailLine =>
  ({ InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country });

export const RETAIL_LINES: RetailLine[] = [
  line('536365', '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', 6, '2010-12-01 08:26:00', 2.55, 17850, 'United Kingdom'),
  line('536365', '71053', 'WHITE METAL LANTERN', 6, '2010-12-01 08:26:00', 3.39, 17850, 'United Kingdom'),
  line('536366', '22633', 'HAND WARMER UNION JACK', 6, '2010-12-01 08:28:00', 1.85, 17850, 'United Kingdom'),
  line('536367', '84879', 'ASSORTED COLOUR BIRD ORNAMENT', 32, '2010-12-01 08:34:00', 1.69, 13047, 'United Kingdom'),
  line('536367', '22745', "POPPY'S PLAYHOUSE BEDROOM ", 6, '2010-12-01 08:34:00', 2.1, 13047, 'United Kingdom'),
  line('536367', '22745', "POPPY'S PLAYHOUSE BEDROOM ", 6, '2010-12-01 08:34:00', 2.1, 13047, 'United Kingdom'),
  line('C536379', 'D', 'Discount', -1, '2010-12-01 09:41:00', 27.5, 14527, 'United Kingdom'),
  line('C536383', '35004C', 'SET OF 3 COLOURED  FLYING DUCKS', -1, '2010-12-01 09:49:00', 4.65, 15311, 'United Kingdom'),
  line('536384', '82484', 'WOOD BLACK BOARD ANT WHITE FINISH', 3, '2010-12-01 09:53:00', 6.45, 18074, 'United Kingdom'),
  line('536414', '22139', null, 56, '2010-12-01 11:52:00', 0, null, 'United Kingdom'),
  line('536544', '21773', 'DECORATIVE ROSE BATHROOM BOTTLE', 1, '2010-12-01 14:32:00', 2.51, null, 'United Kingdom'),
  line('536370', '22728', 'ALARM CLOCK BAKELIKE PINK', 24, '2010-12-01 08:45:00', 3.75, 12583, 'France'),
  line('536370', 'POST', 'POSTAGE', 3, '2010-12-01 08:45:00', 18, 12583, 'France'),
  line('C536391', '22556', 'PLASTERS IN TIN CIRCUS PARADE ', -12, '2010-12-01 10:24:00', 1.65, 17548, 'United Kingdom'),
  line('536390', '22941', 'CHRISTMAS LIGHTS 10 REINDEER', 2, '2010-12-01 10:19:00', 8.5, 17511, 'United Kingdom'),
  line('A563185', 'B', 'Adjust bad debt', 1, '2011-08-12 14:50:00', 11062.06, null, 'United Kingdom'),
  line('536589', '21777', '  RECIPE BOX WITH METAL HEART', -10, '2010-12-01 16:50:00', 0, null, 'United Kingdom'),
  line('581587', '22613', 'PACK OF 20 SPACEBOY NAPKINS', 12, '2011-12-09 12:50:00', 0.85, 12680, 'France'),
  line('581587', '23255', 'CHILDRENS CUTLERY CIRCUS PARADE', 4, '2011-12-09 12:50:00', 4.15, 12680, 'France'),
  line('581498', '85099B', 'JUMBO BAG RED RETROSPOT', 0, '2011-12-09 10:26:00', 4.13, 14498, 'United Kingdom'),
];

/**
 * The cleaning every Online Retail analysis starts with: the proposed defaults (CustomerID
 * DOUBLE -> BIGINT, drop rows without one), then cancellations, non-positive quantities and
 * prices out, descriptions tidied, repeated lines dropped.
 */
export function retailCleanSettings(columns: readonly ColumnInfo[]): CleanSettings {
  return {
    steps: [
      ...defaultCleanSettings(columns).steps,
      { kind: 'exclude', column: 'InvoiceNo', match: { kind: 'prefix', prefix: 'C' }, ignoreCase: true },
      { kind: 'exclude', column: 'Quantity', match: { kind: 'atMost', value: 0 }, ignoreCase: false },
      { kind: 'exclude', column: 'UnitPrice', match: { kind: 'atMost', value: 0 }, ignoreCase: false },
      { kind: 'trim', columns: ['Description'], collapseSpaces: true, emptyAsNull: true },
      { kind: 'dedupe', keys: columns.map((c) => c.name), orderBy: null },
    ],
  };
}

/** The same pipeline written out by hand, step by step, with the rows left after each. */
export function expectedSteps(lines: readonly RetailLine[]): RetailLine[][] {
  const after: RetailLine[][] = [];
  let rows = [...lines];
  const keep = (f: (l: RetailLine) => boolean) => after.push((rows = rows.filter(f)));
  after.push(rows); // the cast keeps every row
  keep((l) => l.CustomerID !== null);
  keep((l) => !l.InvoiceNo.toUpperCase().startsWith('C'));
  keep((l) => l.Quantity > 0);
  keep((l) => l.UnitPrice > 0);
  after.push((rows = rows.map((l) => ({ ...l, Description: l.Description?.trim().replace(/\s+/g, ' ') || null }))));
  const seen = new Set<string>();
  keep((l) => !seen.has(JSON.stringify(l)) && seen.add(JSON.stringify(l)) !== null);
  return after;
}

/** Statements that create the table with the sniffer's types and insert the lines. */
export function createRetailSql(lines: readonly RetailLine[] = RETAIL_LINES, table = RETAIL_TABLE): string[] {
  const value = (v: string | number | null, type: string) => (v === null ? 'NULL' : `CAST(${quoteLiteral(String(v))} AS ${type})`);
  const rows = lines.map((l) => RETAIL_COLUMNS.map(([name, type]) => value(l[name], type)).join(', '));
  return [
    `CREATE TABLE ${quoteIdent(table)} (${RETAIL_COLUMNS.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ')})`,
    `INSERT INTO ${quoteIdent(table)} VALUES\n(${rows.join('),\n(')})`,
  ];
}
