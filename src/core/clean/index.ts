// Clean cell: an ordered list of steps (dedupe, trim, cast, drop or fill nulls, exclude
// cancellations and returns, cap outliers) -> DuckDB SQL, a per-step report, cast failures.
export * from './types';
export { compileClean, compileCleanReport, cleanOutputColumns, compileCastFailures, CLEAN_REPORT_COLUMNS, CAST_FAILURE_COLUMNS, MAX_CAST_FAILURE_SAMPLE } from './compile';
export { castTypeSql, DECIMAL_TYPE } from './cast-sql';
export {
  cleanSettingsSchema,
  cleanStepSchema,
  defaultCleanSettings,
  defaultCleanStep,
  MAX_CLEAN_STEPS,
  MAX_STEP_COLUMNS,
  MAX_EXCLUDE_VALUES,
  MAX_FORMATS,
} from './schema';
