// The filter editor's edits: paths into nested groups, values kept across operator changes,
// the depth limit of the saved file, and the comma list a user types for "is one of".
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { filterSettingsSchema, defaultFilterSettings } from '../../src/core/filter/schema';
import { addCondition, addGroup, canAddGroup, formatList, parseList, removeItem, setColumn, setCondition, setGroupOp, setOperator } from '../../src/ui/cells/filter/filter-edits';

const COUNTRY = { name: 'country', type: 'VARCHAR' };
const AMOUNT = { name: 'amount', type: 'DOUBLE' };
const AT = { name: 'ordered_at', type: 'TIMESTAMP' };

describe('filter editor edits', () => {
  it('builds nested groups by path and stays valid for the saved file', () => {
    let s = addCondition(defaultFilterSettings(), [], COUNTRY);
    s = setCondition(s, [0], { values: ['KR'] });
    s = addGroup(s, [], AMOUNT);
    s = addCondition(s, [1], AT);
    s = setGroupOp(s, [1], 'and');
    expect(s.where.items.map((i) => i.kind)).toEqual(['condition', 'group']);
    expect(s.where.items[1]).toMatchObject({ kind: 'group', op: 'and', items: [{ column: 'amount', operator: 'eq' }, { column: 'ordered_at', operator: 'inLast', relative: { amount: 30, unit: 'day', anchor: { kind: 'maxDate' } } }] });
    expect(v.safeParse(filterSettingsSchema, s).success).toBe(true);
  });

  it('stops nesting at the depth the file allows', () => {
    const s = addGroup(addGroup(defaultFilterSettings(), [], AMOUNT), [0], AMOUNT);
    expect(canAddGroup([0, 1])).toBe(false);
    expect(addGroup(s, [0, 1], AMOUNT)).toBe(s);
    expect(v.safeParse(filterSettingsSchema, s).success).toBe(true);
  });

  it('keeps values that fit a new operator, and starts over on a new column', () => {
    let s = addCondition(defaultFilterSettings(), [], AMOUNT);
    s = setOperator(s, [0], 'between');
    s = setCondition(s, [0], { values: [10, 20] });
    expect(setOperator(s, [0], 'gt').where.items[0]).toEqual({ kind: 'condition', column: 'amount', operator: 'gt', values: [10] });
    expect(setOperator(s, [0], 'isNull').where.items[0]).toEqual({ kind: 'condition', column: 'amount', operator: 'isNull', values: [] });
    expect(setColumn(s, [0], COUNTRY).where.items[0]).toEqual({ kind: 'condition', column: 'country', operator: 'eq', values: [] });
  });

  it('removes an item inside a group and leaves the rest', () => {
    let s = addGroup(addCondition(defaultFilterSettings(), [], COUNTRY), [], AMOUNT);
    s = addCondition(s, [1], COUNTRY);
    s = removeItem(s, [1, 0]);
    expect(s.where.items[1]).toMatchObject({ kind: 'group', items: [{ column: 'country' }] });
    expect(removeItem(s, [])).toBe(s);
  });

  it('reads a typed list with quoted commas, and writes it back', () => {
    expect(parseList('KR, JP,  "Seoul, Korea" , \'x,y\',,')).toEqual(['KR', 'JP', 'Seoul, Korea', 'x,y']);
    expect(parseList('')).toEqual([]);
    expect(formatList(['KR', 'Seoul, Korea', 3])).toBe('KR, "Seoul, Korea", 3');
    expect(parseList(formatList(['a', 'b, c']))).toEqual(['a', 'b, c']);
  });
});
