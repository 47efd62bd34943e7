export { compileRfm, RFM_OUTPUT_COLUMNS, type RfmCompiled, type RfmInput } from './compile-rfm';
export { compileRfmChecks, RFM_EXCLUSION_REASONS, type RfmExclusionReason } from './compile-checks';
export { compileRfmSummary, type RfmSummaryCompiled } from './compile-summary';
export { defaultRfmSettings } from './defaults';
export { RFM_PRESETS, rfmPresetTable, type RfmPreset, type RfmPresetId } from './presets';
export { checkRfmSettings, type RfmProblem, type RfmProblemCode, type RfmRole } from './problems';
export {
  MAX_K,
  MIN_K,
  OTHERS_SEGMENT,
  rfmSettingsSchema,
  type RfmDimension,
  type RfmLocale,
  type RfmScoringMethod,
  type RfmSegmentRule,
  type RfmSegmentTable,
  type RfmSettings,
} from './settings';
