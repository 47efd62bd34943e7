// Default persona settings: responsiveness from recency and frequency, plain numbers for money,
// and a copy of the shipped playbook for the user to edit.

import { defaultPlaybook } from './default-playbook';
import type { PersonaSettings } from './settings';

export const DEFAULT_RECENCY_HALF_LIFE_DAYS = 90;

export function defaultPersonaSettings(): PersonaSettings {
  return { responseColumn: null, currency: null, recencyHalfLifeDays: DEFAULT_RECENCY_HALF_LIFE_DAYS, playbook: defaultPlaybook() };
}
