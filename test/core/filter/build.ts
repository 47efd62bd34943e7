// Small builders for filter settings in tests.

import type { FilterCondition, FilterGroup, FilterOperator, FilterSettings, FilterValue, RelativeRange } from '../../../src/core/filter';

export const cond = (column: string, operator: FilterOperator, values: FilterValue[] = [], relative?: RelativeRange): FilterCondition => ({
  kind: 'condition',
  column,
  operator,
  values,
  ...(relative && { relative }),
});
export const and = (...items: (FilterCondition | FilterGroup)[]): FilterGroup => ({ kind: 'group', op: 'and', items });
export const or = (...items: (FilterCondition | FilterGroup)[]): FilterGroup => ({ kind: 'group', op: 'or', items });
export const where = (item: FilterCondition | FilterGroup): FilterSettings => ({ where: item.kind === 'group' ? item : and(item) });
