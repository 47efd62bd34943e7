// Join cell: a single customer view from several inputs -> DuckDB SQL, with a report of how
// the keys met and a warning when an input would repeat base rows.
export * from './types';
export { compileJoin, compileJoinReport, JOIN_REPORT_COLUMNS, type CompiledJoin } from './compile';
export { readJoinReport, type JoinReport } from './report';
export { defaultJoinSettings, defaultJoinStep } from './defaults';
export { joinSettingsSchema, joinStepSchema, MAX_JOINS, MAX_KEYS, MAX_JOIN_COLUMNS, MAX_SUMMARIES, MAX_PREFIX_LENGTH } from './schema';
export { proposeKeyCast } from './keys';
