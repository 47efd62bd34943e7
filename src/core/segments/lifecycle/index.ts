export { compileLifecycle, lifecycleOutputColumns, type LifecycleCompiled, type LifecycleInput } from './compile-lifecycle';
export { compileLifecycleSummary, type LifecycleSummaryCompiled } from './compile-summary';
export { DEFAULT_LIFECYCLE_THRESHOLDS, defaultLifecycleSettings } from './defaults';
export { checkLifecycleSettings, type LifecycleProblem, type LifecycleProblemCode, type LifecycleRole } from './problems';
export {
  DEFAULT_LIFECYCLE_LABELS,
  LIFECYCLE_STATES,
  MAX_DAYS,
  MAX_ORDERS,
  lifecycleSettingsSchema,
  reactivationGapDays,
  type LifecycleLocale,
  type LifecycleSettings,
  type LifecycleState,
  type LifecycleThresholds,
} from './settings';
