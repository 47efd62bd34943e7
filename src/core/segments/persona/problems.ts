// Problems the user can fix, as plain data (the lead maps codes to errors.<code> sentences).

import * as v from 'valibot';
import { personaSettingsSchema, type PersonaSettings } from './settings';

export type PersonaProblemCode =
  | 'persona.settingsInvalid' // params.path, params.detail: the saved settings do not match the schema
  | 'persona.responseColumnMissing' // params.column: not one of the profile's numeric columns
  | 'persona.duplicatePlaybookEntry' // params.id: two playbook entries share an id
  | 'persona.notProfile'; // the input rows have no "All customers" row: not a profile table

export interface PersonaProblem {
  code: PersonaProblemCode;
  params: Record<string, string | number>;
}

const problem = (code: PersonaProblemCode, params: PersonaProblem['params'] = {}): PersonaProblem => ({ code, params });

/** The first problem with these settings, or null; with `numericColumns` (the profile's), the response column too. */
export function checkPersonaSettings(settings: PersonaSettings, numericColumns?: readonly string[]): PersonaProblem | null {
  const parsed = v.safeParse(personaSettingsSchema, settings);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem('persona.settingsInvalid', { path: v.getDotPath(issue) ?? '', detail: issue.message });
  }
  const seen = new Set<string>();
  for (const entry of settings.playbook) {
    if (seen.has(entry.id)) return problem('persona.duplicatePlaybookEntry', { id: entry.id });
    seen.add(entry.id);
  }
  const { responseColumn } = settings;
  if (numericColumns && responseColumn !== null && !numericColumns.includes(responseColumn)) {
    return problem('persona.responseColumnMissing', { column: responseColumn });
  }
  return null;
}
