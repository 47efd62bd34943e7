// The join editor's edits: inputs and the settings that refer to them by index change together
// (removing one renumbers the joins), the base can move, keys carry the cast their types need,
// and summaries offer only what applies to a column.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileJoin, joinSettingsSchema, type JoinSettings } from '../../src/core/join';
import {
  addInput, addKey, addLatest, addMeasure, keyCastFor, leftColumnsAt, measuresFor, removeInput, setBase, setKey, setMeasure, setSummarised, suggestJoin,
} from '../../src/ui/cells/join/join-edits';

const CUSTOMERS = { table: 'customers', columns: [{ name: 'customer_id', type: 'BIGINT' }, { name: 'region', type: 'VARCHAR' }] };
const ORDERS = { table: 'orders', columns: [{ name: 'order_id', type: 'BIGINT' }, { name: 'customer_id', type: 'BIGINT' }, { name: 'ordered_at', type: 'TIMESTAMP' }, { name: 'amount_krw', type: 'BIGINT' }, { name: 'channel', type: 'VARCHAR' }] };
const SURVEY = { table: 'survey', columns: [{ name: 'customer_id', type: 'VARCHAR' }, { name: 'nps', type: 'INTEGER' }] };

function build(): { inputs: string[]; settings: JoinSettings } {
  let edit = addInput([], { base: 0, joins: [] }, 'c', [CUSTOMERS]);
  edit = addInput(edit.inputs, edit.settings, 'o', [CUSTOMERS, ORDERS]);
  return addInput(edit.inputs, edit.settings, 's', [CUSTOMERS, ORDERS, SURVEY]);
}

describe('join editor edits', () => {
  it('joins each added table onto the base with proposed keys, a summary for orders and a cast for text ids', () => {
    const { inputs, settings } = build();
    expect(inputs).toEqual(['c', 'o', 's']);
    expect(settings.base).toBe(0);
    expect(settings.joins.map((j) => j.input)).toEqual([1, 2]);
    expect(settings.joins[0]).toMatchObject({ keys: [{ left: 'customer_id', right: 'customer_id', as: null }], aggregate: { count: true } });
    expect(settings.joins[1]!.keys[0]).toEqual({ left: 'customer_id', right: 'customer_id', as: 'BIGINT' });
    expect(v.safeParse(joinSettingsSchema, settings).success).toBe(true);
    expect('sql' in compileJoin(settings, [CUSTOMERS, ORDERS, SURVEY])).toBe(true);
    expect(addInput(inputs, settings, 'o', [CUSTOMERS, ORDERS, SURVEY]).settings).toBe(settings); // already an input
  });

  it('renumbers the joins after an input is removed', () => {
    const { inputs, settings } = build();
    const edit = removeInput(inputs, settings, 1);
    expect(edit.inputs).toEqual(['c', 's']);
    expect(edit.settings.joins.map((j) => j.input)).toEqual([1]);
    expect(edit.settings.joins[0]!.keys[0]!.as).toBe('BIGINT'); // the survey join, kept as it was
    expect('sql' in compileJoin(edit.settings, [CUSTOMERS, SURVEY])).toBe(true);
  });

  it('removing the base makes the first joined table the base', () => {
    const { inputs, settings } = build();
    const edit = removeInput(inputs, settings, 0);
    expect(edit.inputs).toEqual(['o', 's']);
    expect(edit.settings.base).toBe(0);
    expect(edit.settings.joins.map((j) => j.input)).toEqual([1]);
  });

  it('moves the base and joins the old base onto the new one', () => {
    const { settings } = build();
    const moved = setBase(settings, 1, [CUSTOMERS, ORDERS, SURVEY]);
    expect(moved.base).toBe(1);
    expect(moved.joins.map((j) => j.input)).toEqual([0, 2]);
    expect(moved.joins[0]!.keys[0]).toMatchObject({ left: 'customer_id', right: 'customer_id' });
    expect(setBase(settings, 0, [CUSTOMERS, ORDERS, SURVEY])).toBe(settings);
  });

  it('offers a later join the columns the earlier joins brought', () => {
    const { settings } = build();
    const names = leftColumnsAt(settings, [CUSTOMERS, ORDERS, SURVEY], 1).map((c) => c.name);
    expect(names).toContain('orders_row_count');
    expect(leftColumnsAt(settings, [CUSTOMERS, ORDERS, SURVEY], 0).map((c) => c.name)).toEqual(['customer_id', 'region']);
  });

  it('keeps the key cast in step with the chosen columns', () => {
    const join = build().settings.joins[1]!;
    expect(keyCastFor('BIGINT', 'INTEGER')).toBeNull();
    expect(keyCastFor('BIGINT', 'VARCHAR')).toBe('BIGINT');
    const asText = setKey(join, 0, { left: 'region' }, CUSTOMERS.columns, SURVEY.columns);
    expect(asText.keys[0]).toEqual({ left: 'region', right: 'customer_id', as: null }); // text = text
    const added = addKey(join, CUSTOMERS.columns, SURVEY.columns);
    expect(added.keys[1]).toEqual({ left: 'customer_id', right: 'customer_id', as: 'BIGINT' });
  });

  it('offers the summaries a column allows and swaps one that no longer applies', () => {
    expect(measuresFor('BIGINT')).toContain('sum');
    expect(measuresFor('VARCHAR')).not.toContain('sum');
    expect(measuresFor('TIMESTAMP')).toEqual(['max', 'min', 'countDistinct']);
    let agg = setSummarised(build().settings.joins[0]!, true).aggregate!;
    agg = addMeasure({ count: true, measures: [], latest: [] }, ORDERS.columns);
    expect(agg.measures[0]).toEqual({ column: 'order_id', fn: 'sum' });
    agg = setMeasure(agg, 0, { column: ORDERS.columns[4]! });
    expect(agg.measures[0]).toEqual({ column: 'channel', fn: 'max' });
    agg = addLatest(agg, ORDERS.columns);
    expect(agg.latest[0]).toEqual({ column: 'channel', by: 'ordered_at' });
    expect(setSummarised(build().settings.joins[0]!, false).aggregate).toBeNull();
    const settings = build().settings;
    const withSummary = { ...settings, joins: [{ ...settings.joins[0]!, aggregate: agg }, settings.joins[1]!] };
    expect('sql' in compileJoin(withSummary, [CUSTOMERS, ORDERS, SURVEY])).toBe(true);
  });

  it('re-proposes one join from its roles', () => {
    const { settings } = build();
    const broken = { ...settings, joins: [{ ...settings.joins[0]!, keys: [], aggregate: null }, settings.joins[1]!] };
    expect(suggestJoin(broken, 0, [CUSTOMERS, ORDERS, SURVEY]).joins[0]).toEqual(settings.joins[0]);
  });
});
