import { describe, expect, it } from 'vitest';
import { findTableReferences, renameTableReference } from '../../../src/core/sql/references';
import { REFERENCE_CASES } from './reference-cases';

const names = (sql: string) => findTableReferences(sql).names;

describe('findTableReferences', () => {
  it.each(REFERENCE_CASES)('%s', (sql, expected) => {
    expect(names(sql)).toEqual(expected);
  });

  it('treats CTE names as the query’s own, with RECURSIVE, column lists and MATERIALIZED', () => {
    const sql = `WITH RECURSIVE big(id) AS (SELECT id FROM orders), small AS MATERIALIZED (FROM big)
      SELECT * FROM small JOIN customers USING (id)`;
    expect(findTableReferences(sql)).toEqual({ names: ['orders', 'customers'], cteNames: ['big', 'small'] });
  });

  it('finds references inside nested CTE bodies and a FROM-first query after WITH', () => {
    const sql = 'WITH x AS (WITH y AS (FROM a) SELECT * FROM y JOIN b ON true) FROM x';
    expect(findTableReferences(sql)).toEqual({ names: ['a', 'b'], cteNames: ['x', 'y'] });
  });
});

describe('renameTableReference', () => {
  it('rewrites table positions and their column qualifiers, not strings, comments or columns', () => {
    const sql = `SELECT orders.amount, 'orders' AS label, o2.orders -- orders\nFROM orders JOIN x o2 ON orders.id = o2.id`;
    expect(renameTableReference(sql, 'orders', 'sales')).toBe(
      `SELECT sales.amount, 'orders' AS label, o2.orders -- orders\nFROM sales JOIN x o2 ON sales.id = o2.id`,
    );
  });

  it('matches case-insensitively and keeps the user’s quoting style', () => {
    expect(renameTableReference('SELECT * FROM "Orders", ORDERS', 'orders', 'sales')).toBe('SELECT * FROM "sales", sales');
  });

  it('quotes the new name only when it needs quotes', () => {
    expect(renameTableReference('FROM t', 't', '고객')).toBe('FROM 고객');
    expect(renameTableReference('FROM t', 't', 'time')).toBe('FROM "time"');
    expect(renameTableReference('FROM t', 't', 'My Table')).toBe('FROM "My Table"');
  });

  it('leaves a CTE of the same name, schema-qualified names and table functions alone', () => {
    const cte = 'WITH orders AS (SELECT 1) SELECT * FROM orders';
    expect(renameTableReference(cte, 'orders', 'sales')).toBe(cte);
    const other = "SELECT * FROM main.orders, orders(1), read_csv('orders.csv')";
    expect(renameTableReference(other, 'orders', 'sales')).toBe(other);
  });

  it('does not rewrite qualifiers when the old name is an alias of another table', () => {
    const sql = 'SELECT orders.id FROM customers AS orders JOIN orders o ON true';
    expect(renameTableReference(sql, 'orders', 'sales')).toBe('SELECT orders.id FROM customers AS orders JOIN sales o ON true');
  });
});
