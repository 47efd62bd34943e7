export {
  compileProfile,
  indexColumn,
  meanColumn,
  PROFILE_FIXED_COLUMNS,
  profileOutputColumns,
  type KnownSegment,
  type ProfileCompiled,
  type ProfileInput,
  type ProfileOptions,
} from './compile-profile';
export { compileProfileTopValues, TOP_VALUE_COLUMNS } from './compile-top-values';
export { compileParetoShare, PARETO_CURVE_COLUMNS, PARETO_SHARE_COLUMNS, type ParetoCompiled } from './compile-pareto';
export { defaultProfileSettings } from './defaults';
export {
  segmentationWarnings,
  type GuardOptions,
  type SegmentationSuggestionCode,
  type SegmentationWarning,
  type SegmentationWarningCode,
} from './guard';
export { checkProfileSettings, type ProfileProblem, type ProfileProblemCode, type ProfileRole } from './problems';
export {
  readParetoCurve,
  readParetoShare,
  readProfileRows,
  readTopValueRows,
  type DecodedRows,
  type ParetoPoint,
  type ParetoShare,
  type ProfileExtra,
  type ProfileRow,
  type TopValueRow,
} from './rows';
export {
  ALL_CUSTOMERS_LABEL,
  DEFAULT_PROFILE_GUARD,
  MAX_PROFILE_CATEGORICAL,
  MAX_PROFILE_NUMERIC,
  MAX_TOP_N,
  profileSettingsSchema,
  type ProfileGuard,
  type ProfileLocale,
  type ProfileSettings,
} from './settings';
