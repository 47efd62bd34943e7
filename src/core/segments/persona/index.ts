export { personaCard, personaCards, type PersonaAction, type PersonaCard, type PersonaHighlight } from './persona-card';
export { DEFAULT_PLAYBOOK, defaultPlaybook } from './default-playbook';
export { DEFAULT_RECENCY_HALF_LIFE_DAYS, defaultPersonaSettings } from './defaults';
export { behaviourSentenceEn, sizeSentenceEn } from './describe-en';
export { behaviourSentenceKo, sizeSentenceKo } from './describe-ko';
export { personaFacts, type PersonaFact, type PersonaFactKey } from './facts';
export { formatCount, formatDays, formatLift, formatMoney, formatPercent } from './format';
export { choosePlaybookEntry, labelKey, overridePlaybook, type PlaybookMatch } from './playbook';
export { personaPriority, type PersonaPriority, type PriorityOptions, type ResponsivenessSource } from './priority';
export { checkPersonaSettings, type PersonaProblem, type PersonaProblemCode } from './problems';
export {
  CHANNELS,
  MAX_ACTION_TEXT,
  MAX_ENTRY_ACTIONS,
  MAX_ENTRY_KEYS,
  MAX_PLAYBOOK_ENTRIES,
  personaSettingsSchema,
  playbookSchema,
  type Channel,
  type PersonaLocale,
  type PersonaSettings,
  type Playbook,
  type PlaybookAction,
  type PlaybookEntry,
} from './settings';
export {
  FREQUENCY_LEVELS,
  HIGH_INDEX,
  LAPSED_ALWAYS_DAYS,
  LAPSED_MIN_DAYS,
  LOW_INDEX,
  ONCE_MAX_FREQUENCY,
  PERSONA_STATUSES,
  personaStatus,
  personaTraits,
  RECENCY_BAND_EDGES,
  recencyBand,
  VALUE_LEVELS,
  type FrequencyLevel,
  type PersonaStatus,
  type PersonaTraits,
  type RecencyBand,
  type RecencyUnit,
  type ValueLevel,
} from './traits';
