// The CTEs every rule starts from: the input rows under fixed names, the as-of instant D, and
// the rows before D. Rule templates (templates/*.ts) build on `rows_before_as_of`.

import { asOfCte } from '../as-of-sql';
import { columnKind } from '../../roles/column-kind';
import { quoteIdent, quoteLiteral } from '../../sql/quote';
import type { ColumnInfo } from '../../workbook/import-options';
import { boundColumn, rolesOf, type BehaviourRole } from './rules';
import type { BehaviourSettings } from './settings';

export interface BehaviourInput {
  table: string;
  columns: readonly ColumnInfo[];
}

function typeOf(input: BehaviourInput, column: string): string {
  return input.columns.find((c) => c.name === column)?.type ?? '';
}

/** The SELECT list entry for one role, under the name the templates use. */
function roleColumn(role: BehaviourRole, column: string, input: BehaviourInput): string {
  const quoted = quoteIdent(column);
  switch (role) {
    case 'eventType':
      // Compared with the user's text values, so integer-coded types compare as their digits.
      return `CAST(${quoted} AS VARCHAR) AS event_type`;
    case 'category':
      return `${quoted} AS category`;
    case 'channel':
      return `${quoted} AS channel`;
    case 'discount':
      // A missing flag or amount records no discount; a number above 0 is a discount used.
      return columnKind(typeOf(input, column)) === 'boolean' ? `coalesce(${quoted}, false) AS discounted` : `coalesce(${quoted} > 0, false) AS discounted`;
    case 'order':
      return `${quoted} AS order_id`;
  }
}

/** The roles this rule reads that are bound, in a fixed order. */
export function readRoles(settings: BehaviourSettings): BehaviourRole[] {
  const { required, optional } = rolesOf(settings);
  return [...required, ...optional].filter((role) => boundColumn(settings, role) !== null);
}

function inputRowsCte(settings: BehaviourSettings, input: BehaviourInput): string {
  const columns = [
    `${quoteIdent(settings.columns.customer)} AS customer`,
    `CAST(${quoteIdent(settings.columns.timestamp)} AS TIMESTAMP) AS occurred_at`,
    ...readRoles(settings).map((role) => roleColumn(role, boundColumn(settings, role)!, input)),
  ];
  return ['input_rows AS (', '  SELECT', columns.map((c) => `    ${c}`).join(',\n'), `  FROM ${quoteIdent(input.table)}`, ')'].join('\n');
}

/** Rows without a customer, a time or (when bound) an order id cannot be placed and are left out. */
function validRowsCte(settings: BehaviourSettings): string {
  const order = readRoles(settings).includes('order') ? ['order_id IS NOT NULL'] : [];
  const conditions = ['customer IS NOT NULL', 'occurred_at IS NOT NULL', ...order];
  return ['valid_rows AS (', '  SELECT * FROM input_rows', `  WHERE ${conditions.join(' AND ')}`, ')'].join('\n');
}


const ROWS_BEFORE_AS_OF = ['rows_before_as_of AS (', '  SELECT valid_rows.*, as_of_at FROM valid_rows, as_of', '  WHERE occurred_at < as_of_at', ')'].join('\n');

/**
 * input_rows, valid_rows, as_of, rows_before_as_of (which carries as_of_at on every row). Only
 * the first reads the input, and DuckDB resolves a name to an earlier CTE only, so any table
 * name is safe.
 */
export function sourceCtes(settings: BehaviourSettings, input: BehaviourInput): string[] {
  return [inputRowsCte(settings, input), validRowsCte(settings), asOfCte(settings.asOf, 'occurred_at', 'valid_rows', 'row'), ROWS_BEFORE_AS_OF];
}

/** A time column as the output shows it: date-only input stays date-only. */
export function timeOutput(expression: string, name: string, settings: BehaviourSettings, input: BehaviourInput): string {
  if (columnKind(typeOf(input, settings.columns.timestamp)) === 'date') return `CAST(${expression} AS DATE) AS ${name}`;
  return expression === name ? name : `${expression} AS ${name}`;
}

/** `IN (...)` list of the user's event type values, each a quoted literal. */
export function inList(values: readonly string[]): string {
  return `(${values.map(quoteLiteral).join(', ')})`;
}

/** A share threshold as a DOUBLE, compared with a DOUBLE share: no DECIMAL rounding in between. */
export function shareLiteral(share: number): string {
  return `CAST(${share} AS DOUBLE)`;
}

export function withClause(ctes: string[]): string {
  return `WITH\n${ctes.join(',\n')}`;
}
