// Choosing a playbook entry for a segment, and merging the user's edits into a playbook.

import type { PersonaTraits } from './traits';
import type { Playbook, PlaybookEntry } from './settings';

/** "Can't lose them" -> "cant_lose_them", "At risk" -> "at_risk"; labels in other scripts give ''. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function fits(when: NonNullable<PlaybookEntry['when']>, traits: PersonaTraits): boolean {
  if (when.status !== undefined && traits.status !== when.status) return false;
  if (when.frequency !== undefined && (traits.frequency === null || !when.frequency.includes(traits.frequency))) return false;
  if (when.value !== undefined && (traits.value === null || !when.value.includes(traits.value))) return false;
  return true;
}

export type PlaybookMatch = { entry: PlaybookEntry; by: 'segmentId' | 'label' | 'traits' };

/**
 * The entry for a segment: the first whose keys hold the segment id, else the first whose keys
 * hold the label's key, else the first whose `when` fits the traits; null when none does.
 */
export function choosePlaybookEntry(playbook: Playbook, segment: { segmentId: string | null; segment: string | null }, traits: PersonaTraits): PlaybookMatch | null {
  const { segmentId } = segment;
  const byId = segmentId === null ? undefined : playbook.find((e) => e.keys.includes(segmentId));
  if (byId) return { entry: byId, by: 'segmentId' };
  const key = segment.segment === null ? '' : labelKey(segment.segment);
  const byLabel = key === '' ? undefined : playbook.find((e) => e.keys.includes(key));
  if (byLabel) return { entry: byLabel, by: 'label' };
  const byTraits = playbook.find((e) => e.when !== undefined && fits(e.when, traits));
  return byTraits ? { entry: byTraits, by: 'traits' } : null;
}

/**
 * The playbook with the user's entries: one with an id already there replaces it in place; new
 * ones go first, so that a user's rule wins over the shipped catch-alls.
 */
export function overridePlaybook(base: Playbook, entries: Playbook): Playbook {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const known = new Set(base.map((e) => e.id));
  return [...entries.filter((e) => !known.has(e.id)), ...base.map((e) => byId.get(e.id) ?? e)];
}
