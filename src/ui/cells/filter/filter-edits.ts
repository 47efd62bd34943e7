// Edits the filter editor makes to FilterSettings, addressed by the path of item indexes from
// the root group (the same paths filter problems report). Pure, so they are unit-tested.
import { operatorArity } from '../../../core/filter/operators';
import { defaultCondition } from '../../../core/filter/schema';
import { MAX_FILTER_DEPTH, type FilterCondition, type FilterGroup, type FilterOperator, type FilterSettings } from '../../../core/filter/types';
import type { ColumnInfo } from '../../../core/workbook/import-options';

export type ItemPath = number[];
type Item = FilterCondition | FilterGroup;

/** Replace the item at `path` (a group for []) by what `change` returns; null removes it. */
function update(group: FilterGroup, path: ItemPath, change: (item: Item) => Item | null): FilterGroup {
  if (path.length === 0) return change(group) as FilterGroup;
  const [index, ...rest] = path as [number, ...number[]];
  const items: Item[] = [];
  group.items.forEach((item, i) => {
    if (i !== index) return void items.push(item);
    const next = rest.length === 0 ? change(item) : item.kind === 'group' ? update(item, rest, change) : item;
    if (next) items.push(next);
  });
  return { ...group, items };
}

const edit = (settings: FilterSettings, path: ItemPath, change: (item: Item) => Item | null): FilterSettings => ({
  where: update(settings.where, path, change),
});

export function addCondition(settings: FilterSettings, groupPath: ItemPath, column: ColumnInfo): FilterSettings {
  return edit(settings, groupPath, (g) => ({ ...(g as FilterGroup), items: [...(g as FilterGroup).items, defaultCondition(column)] }));
}

/** A nested group holding one condition; refused past the depth the saved file allows. */
export function addGroup(settings: FilterSettings, groupPath: ItemPath, column: ColumnInfo): FilterSettings {
  if (groupPath.length + 1 >= MAX_FILTER_DEPTH) return settings;
  const child: FilterGroup = { kind: 'group', op: 'or', items: [defaultCondition(column)] };
  return edit(settings, groupPath, (g) => ({ ...(g as FilterGroup), items: [...(g as FilterGroup).items, child] }));
}

export const canAddGroup = (groupPath: ItemPath) => groupPath.length + 1 < MAX_FILTER_DEPTH;

export function removeItem(settings: FilterSettings, path: ItemPath): FilterSettings {
  return path.length === 0 ? settings : edit(settings, path, () => null);
}

export function setGroupOp(settings: FilterSettings, groupPath: ItemPath, op: 'and' | 'or'): FilterSettings {
  return edit(settings, groupPath, (g) => ({ ...(g as FilterGroup), op }));
}

/** A new column starts a fresh condition: the old operator and values may not fit its type. */
export function setColumn(settings: FilterSettings, path: ItemPath, column: ColumnInfo): FilterSettings {
  return edit(settings, path, () => defaultCondition(column));
}

/** Keeps the values that still make sense for the new operator's arity. */
export function setOperator(settings: FilterSettings, path: ItemPath, operator: FilterOperator): FilterSettings {
  return edit(settings, path, (item) => {
    const condition = item as FilterCondition;
    const arity = operatorArity(operator);
    const values = arity === 'none' || arity === 'relative' ? [] : arity === 'one' ? condition.values.slice(0, 1) : arity === 'two' ? condition.values.slice(0, 2) : condition.values;
    const next: FilterCondition = { kind: 'condition', column: condition.column, operator, values };
    if (arity === 'relative') next.relative = condition.relative ?? { amount: 30, unit: 'day', anchor: { kind: 'maxDate' } };
    return next;
  });
}

export function setCondition(settings: FilterSettings, path: ItemPath, patch: Partial<Pick<FilterCondition, 'values' | 'relative'>>): FilterSettings {
  return edit(settings, path, (item) => ({ ...(item as FilterCondition), ...patch }));
}

/** "KR, JP, 'Seoul, Korea'" -> three values: commas split, quotes keep commas inside a value. */
export function parseList(text: string): string[] {
  const values: string[] = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text)) !== null) {
    const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (value !== '') values.push(value);
    if (match[0] === '') break;
  }
  return values;
}

export function formatList(values: readonly (string | number)[]): string {
  return values.map((v) => (typeof v === 'string' && v.includes(',') ? `"${v}"` : String(v))).join(', ');
}
