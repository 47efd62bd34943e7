// No-code filter: settings (AND/OR groups of conditions) -> DuckDB SQL, row counts, a sentence,
// and brush selections from charts -> settings.
export * from './types';
export { OPERATORS_BY_KIND, filterKindOf, operatorArity, type FilterKind, type OperatorArity } from './operators';
export { compileFilter, compileFilterCounts, compileWhere, ROWS_AFTER, ROWS_BEFORE } from './compile';
export { filterFromSelection, type ChartSelection, type SelectionOptions } from './selection';
export { describeFilter } from './describe';
export type { FilterLocale } from './describe-phrases';
export {
  filterSettingsSchema,
  filterConditionSchema,
  defaultFilterSettings,
  defaultCondition,
  MAX_GROUP_ITEMS,
  MAX_LIST_VALUES,
  MAX_VALUE_LENGTH,
} from './schema';
export { MAX_RELATIVE_AMOUNT } from './relative-sql';
