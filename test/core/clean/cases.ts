// Clean cases over dataset.ts. Each runs in DuckDB and in reference.ts; `keysOnly` marks
// cases where the settings allow any of several rows (dedupe without an order, or ties):
// there only the kept keys are compared, not which row carries them.

import type { CleanStep } from '../../../src/core/clean';
import { COLUMNS, CUSTOMER } from './dataset';

export interface CleanCase {
  name: string;
  steps: CleanStep[];
  keysOnly?: string[];
}

const ALL_BUT_ID = Object.keys(COLUMNS).filter((c) => c !== 'id');
const DATE_FORMATS = ['%Y-%m-%d', '%d/%m/%Y', '%Y%m%d'];

export const CLEAN_CASES: CleanCase[] = [
  { name: 'dedupe exact copies, keeping the lowest id', steps: [{ kind: 'dedupe', keys: ALL_BUT_ID, orderBy: { column: 'id', descending: false } }] },
  { name: 'dedupe by customer, keeping the highest id', steps: [{ kind: 'dedupe', keys: [CUSTOMER], orderBy: { column: 'id', descending: true } }] },
  { name: 'dedupe by customer and status, any row', steps: [{ kind: 'dedupe', keys: [CUSTOMER, 'status'], orderBy: null }], keysOnly: [CUSTOMER, 'status'] },
  { name: 'dedupe by customer, highest score first (NULLs last, ties told apart)', steps: [{ kind: 'dedupe', keys: [CUSTOMER], orderBy: { column: 'score', descending: true } }] },
  { name: 'dedupe by status, lowest quantity first (ties told apart)', steps: [{ kind: 'dedupe', keys: ['status'], orderBy: { column: 'quantity', descending: false } }] },
  { name: 'trim, collapse, empty as NULL (ENUM too)', steps: [{ kind: 'trim', columns: ['상품명', 'tier', 'status'], collapseSpaces: true, emptyAsNull: true }] },
  { name: 'trim only the ends', steps: [{ kind: 'trim', columns: ['상품명'], collapseSpaces: false, emptyAsNull: false }] },
  { name: 'cast text amounts to DOUBLE', steps: [{ kind: 'cast', column: 'amount_text', to: 'DOUBLE', formats: [] }] },
  { name: 'cast text amounts to INTEGER (rounds half away from zero)', steps: [{ kind: 'cast', column: 'amount_text', to: 'INTEGER', formats: [] }] },
  { name: 'cast text amounts to DECIMAL', steps: [{ kind: 'cast', column: 'amount_text', to: 'DECIMAL', formats: [] }] },
  { name: 'cast a DOUBLE customer id to BIGINT', steps: [{ kind: 'cast', column: CUSTOMER, to: 'BIGINT', formats: [] }] },
  { name: 'cast text dates with three formats', steps: [{ kind: 'cast', column: 'order_day', to: 'DATE', formats: DATE_FORMATS }] },
  { name: 'cast text dates with the day first only', steps: [{ kind: 'cast', column: 'order_day', to: 'DATE', formats: ['%d/%m/%Y'] }] },
  { name: 'cast text dates without a format', steps: [{ kind: 'cast', column: 'order_day', to: 'DATE', formats: [] }] },
  { name: 'cast text dates to TIMESTAMP', steps: [{ kind: 'cast', column: 'order_day', to: 'TIMESTAMP', formats: DATE_FORMATS }] },
  { name: 'cast yes/no text to BOOLEAN', steps: [{ kind: 'cast', column: 'flag', to: 'BOOLEAN', formats: [] }] },
  { name: 'cast an integer to VARCHAR', steps: [{ kind: 'cast', column: 'Quantity', to: 'VARCHAR', formats: ['%Y'] }] },
  { name: 'drop rows without a customer or a quantity', steps: [{ kind: 'dropNulls', columns: [CUSTOMER, 'quantity'] }] },
  { name: 'fill an integer with its mean (rounded)', steps: [{ kind: 'fillNulls', column: 'score', fill: { kind: 'mean' } }] },
  { name: 'fill an integer with its median', steps: [{ kind: 'fillNulls', column: 'score', fill: { kind: 'median' } }] },
  { name: 'fill a DECIMAL with its mean', steps: [{ kind: 'fillNulls', column: 'UnitPrice', fill: { kind: 'mean' } }] },
  { name: 'fill text with a constant holding quotes', steps: [{ kind: 'fillNulls', column: '상품명', fill: { kind: 'constant', value: "미상 'unknown'" } }] },
  { name: 'fill an integer with a constant given as text', steps: [{ kind: 'fillNulls', column: 'score', fill: { kind: 'constant', value: ' -1 ' } }] },
  { name: 'fill an ENUM with text outside it', steps: [{ kind: 'fillNulls', column: 'tier', fill: { kind: 'constant', value: 'bronze' } }] },
  { name: 'exclude invoices starting with C, any case', steps: [{ kind: 'exclude', column: 'InvoiceNo', match: { kind: 'prefix', prefix: 'C' }, ignoreCase: true }] },
  { name: 'exclude invoices starting with C, case-sensitive', steps: [{ kind: 'exclude', column: 'InvoiceNo', match: { kind: 'prefix', prefix: 'C' }, ignoreCase: false }] },
  { name: 'exclude cancelled and returned statuses', steps: [{ kind: 'exclude', column: 'status', match: { kind: 'values', values: ['cancelled', 'RETURNED', "it's fine"] }, ignoreCase: true }] },
  { name: 'exclude quantities <= 0', steps: [{ kind: 'exclude', column: 'Quantity', match: { kind: 'atMost', value: 0 }, ignoreCase: true }] },
  { name: 'exclude quantities in a list given as text', steps: [{ kind: 'exclude', column: 'Quantity', match: { kind: 'values', values: ['0', -1, '-2'] }, ignoreCase: false }] },
  { name: 'cap an integer at the 5th/95th percentiles', steps: [{ kind: 'cap', column: 'Quantity', percentile: 5, sides: 'both' }] },
  { name: 'cap only the upper tail at 90', steps: [{ kind: 'cap', column: 'score', percentile: 10, sides: 'upper' }] },
  { name: 'cap only the lower tail', steps: [{ kind: 'cap', column: 'Quantity', percentile: 7, sides: 'lower' }] },
  {
    name: 'a pipeline whose later steps see earlier casts',
    steps: [
      { kind: 'exclude', column: 'invoiceno', match: { kind: 'prefix', prefix: 'c' }, ignoreCase: true },
      { kind: 'trim', columns: ['amount_text', '상품명'], collapseSpaces: true, emptyAsNull: true },
      { kind: 'cast', column: 'amount_text', to: 'DOUBLE', formats: [] },
      { kind: 'fillNulls', column: 'amount_text', fill: { kind: 'median' } },
      { kind: 'cap', column: 'amount_text', percentile: 10, sides: 'both' },
      { kind: 'cast', column: CUSTOMER, to: 'BIGINT', formats: [] },
      { kind: 'dropNulls', columns: [CUSTOMER] },
      { kind: 'dedupe', keys: ALL_BUT_ID, orderBy: { column: 'id', descending: false } },
    ],
  },
];
