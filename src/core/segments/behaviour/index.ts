export { behaviourOutputColumns, compileBehaviour, type BehaviourCompiled } from './compile-behaviour';
export { compileBehaviourSummary, SUMMARY_COUNT_CAP, SUMMARY_MEASURE, SUMMARY_TOP_VALUES } from './compile-summary';
export { defaultBehaviourSettings, switchBehaviourRule } from './defaults';
export { describeBehaviour } from './describe';
export { checkBehaviourSettings, type BehaviourProblem, type BehaviourProblemCode } from './problems';
export { BEHAVIOUR_RULE_NAMES, DEFAULT_BEHAVIOUR_PARAMS, DEFAULT_EVENT_TYPES, rolesOf, type BehaviourRole } from './rules';
export {
  BEHAVIOUR_RULE_IDS,
  behaviourSettingsSchema,
  type BehaviourColumns,
  type BehaviourLocale,
  type BehaviourParams,
  type BehaviourRule,
  type BehaviourSettings,
  type BehaviourSettingsOf,
  type EventTypeValues,
} from './settings';
export type { BehaviourInput } from './source-sql';
