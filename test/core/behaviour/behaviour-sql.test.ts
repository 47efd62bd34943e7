// The SQL text users see (golden files under test/core/behaviour/sql), what the SQL-cell
// machinery reads from it, hostile table, column and event-type names on native DuckDB, and
// representative rules on DuckDB-WASM (the browser's engine) giving the native results.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEHAVIOUR_RULE_IDS, compileBehaviour, defaultBehaviourSettings, type BehaviourSettings } from '../../../src/core/segments/behaviour';
import { quoteIdent } from '../../../src/core/sql/quote';
import { findTableReferences } from '../../../src/core/sql/references';
import { createNativeEngine } from '../../../src/engine/node';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { expectGolden } from '../golden';
import { queryRecords, sqlOf } from '../lifecycle/records';
import { AS_OF, CART_EVENTS, CATEGORY_EVENTS, DISCOUNT_ORDERS, EVENTS_DDL, ORDERS_DDL, eventValues, orderValues, type EventRow } from './hand-events';

const sqlGolden = (name: string) => new URL(`sql/${name}`, import.meta.url).pathname;
const EVENTS: ColumnInfo[] = [
  { name: 'customer_id', type: 'BIGINT' },
  { name: 'occurred_at', type: 'TIMESTAMP' },
  { name: 'event_type', type: 'VARCHAR' },
  { name: 'category', type: 'VARCHAR' },
  { name: 'channel', type: 'VARCHAR' },
  { name: 'order_id', type: 'BIGINT' },
  { name: 'discount_used', type: 'BOOLEAN' },
];
const settingsOf = (rule: (typeof BEHAVIOUR_RULE_IDS)[number]): BehaviourSettings => ({ ...defaultBehaviourSettings(rule, EVENTS), asOf: AS_OF });

describe('SQL text', () => {
  it.each(BEHAVIOUR_RULE_IDS)('%s matches its golden and reads only the input table', (rule) => {
    const sql = sqlOf(compileBehaviour(settingsOf(rule), { table: 'events', columns: EVENTS }));
    expectGolden(sqlGolden(`${rule}.sql`), `${sql}\n`);
    const { names, cteNames } = findTableReferences(sql);
    expect(names).toEqual(['events']);
    expect(cteNames.slice(0, 4)).toEqual(['input_rows', 'valid_rows', 'as_of', 'rows_before_as_of']);
  });
});

describe('odd names on native DuckDB', () => {
  let engine: EngineApi & { close(): Promise<void> };
  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
  });
  afterAll(async () => engine.close());

  it('quotes table, column and event type text, and a table named like a CTE is still the table', async () => {
    const names = ['고객 "ID"', 'when; DROP', "type's", 'cat)', '-- channel'].map(quoteIdent).join(', ');
    const cartValue = "cart'add\n-- \"x\"";
    const rows = CART_EVENTS.map(([c, at, type, category]): EventRow => [c, at, type === 'cart_add' ? cartValue : type, category, 'web']);
    for (const table of ['my "odd" table', 'input_rows', 'rows_before_as_of', 'cart_adds']) {
      await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${EVENTS_DDL})`);
      await engine.exec(`INSERT INTO ${quoteIdent(table)} VALUES ${eventValues(rows)}`);
      await engine.exec(`ALTER TABLE ${quoteIdent(table)} RENAME COLUMN customer_id TO ${quoteIdent('고객 "ID"')}`);
      for (const [from, to] of [['occurred_at', 'when; DROP'], ['event_type', "type's"], ['category', 'cat)'], ['channel', '-- channel']]) {
        await engine.exec(`ALTER TABLE ${quoteIdent(table)} RENAME COLUMN ${from} TO ${quoteIdent(to!)}`);
      }
      const columns = (await engine.listTables()).find((t) => t.name === table)!.columns;
      expect(columns.map((c) => quoteIdent(c.name)).join(', ')).toBe(names);
      const settings: BehaviourSettings = {
        ...defaultBehaviourSettings('cart_abandoners'),
        asOf: AS_OF,
        columns: { customer: '고객 "ID"', timestamp: 'when; DROP', eventType: "type's", category: 'cat)', channel: '-- channel' },
        eventTypes: { view: ['view'], cart: [cartValue], purchase: ['purchase'] },
      };
      const result = await queryRecords(engine, sqlOf(compileBehaviour(settings, { table, columns })));
      expect(result.map((r) => r.customer), table).toEqual(['ca_abandon', 'ca_bought_before', 'ca_bought_late', 'ca_closing', 'ca_same_instant', 'ca_two_carts', 'ca_window_edge']);
      const channel = await queryRecords(engine, sqlOf(compileBehaviour({ ...settings, rule: 'preferred_channel', params: { windowDays: null, minShare: 0 } }, { table, columns })));
      expect(new Set(channel.map((r) => r.channel))).toEqual(new Set(['web']));
    }
  });
});

describe('DuckDB-WASM gives the native results', () => {
  const engines: (EngineApi & { close?(): Promise<void> })[] = [];
  beforeAll(async () => {
    for (const create of [createNativeEngine, createWasmNodeEngine]) {
      const engine: EngineApi & { close?(): Promise<void> } = await create();
      await engine.start();
      for (const [table, ddl, values] of [
        ['cart_events', EVENTS_DDL, eventValues(CART_EVENTS)],
        ['category_events', EVENTS_DDL, eventValues(CATEGORY_EVENTS)],
        ['orders', ORDERS_DDL, orderValues(DISCOUNT_ORDERS)],
      ]) {
        await engine.exec(`CREATE TABLE ${table} (${ddl})`);
        await engine.exec(`INSERT INTO ${table} VALUES ${values}`);
      }
      engines.push(engine);
    }
  });
  afterAll(async () => Promise.all(engines.map((engine) => engine.close?.())));

  const cases: [string, BehaviourSettings, string][] = [
    ['cart abandoners', settingsOf('cart_abandoners'), 'cart_events'],
    ['category loyalists (shares)', settingsOf('category_loyalists'), 'category_events'],
    [
      'discount-only buyers, as of the day after the data',
      { ...settingsOf('discount_only_buyers'), asOf: null, columns: { customer: 'customer_id', timestamp: 'ordered_at', discount: 'discount_used', order: 'order_id' } },
      'orders',
    ],
  ];

  it.each(cases)('%s', async (_, settings, table) => {
    const results = [];
    for (const engine of engines) {
      const columns = (await engine.listTables()).find((t) => t.name === table)!.columns;
      results.push(await queryRecords(engine, sqlOf(compileBehaviour(settings, { table, columns }))));
    }
    expect(results[0]!.length).toBeGreaterThan(0);
    expect(results[1]).toEqual(results[0]);
  });
});
