// Saved settings of a persona cell, including the playbook table the user edits. Plain JSON in
// the workbook; the schema caps strings and arrays so a hostile file fails validation.

import * as v from 'valibot';
import { FREQUENCY_LEVELS, PERSONA_STATUSES, VALUE_LEVELS } from './traits';

export const CHANNELS = ['email', 'sms', 'push', 'kakaotalk'] as const;
export const MAX_PLAYBOOK_ENTRIES = 60;
export const MAX_ENTRY_KEYS = 20;
export const MAX_ENTRY_ACTIONS = 5;
export const MAX_ACTION_TEXT = 200;

const key = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,39}$/, 'not a key (a-z, 0-9, _; up to 40)'));
const text = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(MAX_ACTION_TEXT, `longer than ${MAX_ACTION_TEXT} characters`));
const label = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(80, 'longer than 80 characters'));

const playbookAction = v.strictObject({
  text: v.strictObject({ en: text, ko: text }),
  /** Suggested channels, best first. */
  channels: v.pipe(v.array(v.picklist(CHANNELS)), v.minLength(1, 'no channel'), v.maxLength(CHANNELS.length, 'too many channels')),
});

/** Behaviour traits an entry serves when no key matches (see traits.ts); absent = any. */
const playbookWhen = v.strictObject({
  status: v.optional(v.picklist(PERSONA_STATUSES)),
  frequency: v.optional(v.pipe(v.array(v.picklist(FREQUENCY_LEVELS)), v.maxLength(FREQUENCY_LEVELS.length))),
  value: v.optional(v.pipe(v.array(v.picklist(VALUE_LEVELS)), v.maxLength(VALUE_LEVELS.length))),
});

const playbookEntry = v.strictObject({
  id: key,
  label: v.strictObject({ en: label, ko: label }),
  /** Segment ids, lifecycle states and behaviour-rule ids this entry is for. */
  keys: v.pipe(v.array(key), v.maxLength(MAX_ENTRY_KEYS, `more than ${MAX_ENTRY_KEYS} keys`)),
  when: v.optional(playbookWhen),
  actions: v.pipe(v.array(playbookAction), v.minLength(1, 'no action'), v.maxLength(MAX_ENTRY_ACTIONS, `more than ${MAX_ENTRY_ACTIONS} actions`)),
});

/** Ordered: the first entry whose key matches wins, else the first whose `when` matches. */
export const playbookSchema = v.pipe(v.array(playbookEntry), v.maxLength(MAX_PLAYBOOK_ENTRIES, `more than ${MAX_PLAYBOOK_ENTRIES} entries`));

export const personaSettingsSchema = v.strictObject({
  /** A profile numeric column whose mean is the campaign response rate (0..1); null: from recency and frequency. */
  responseColumn: v.nullable(v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'))),
  /** ISO 4217 code for money facts ('KRW'); null: plain numbers. */
  currency: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'not a currency code'))),
  /** Responsiveness halves for every this many days since the last order. */
  recencyHalfLifeDays: v.pipe(v.number(), v.minValue(1), v.maxValue(3_650)),
  playbook: playbookSchema,
});

export type PersonaSettings = v.InferOutput<typeof personaSettingsSchema>;
export type Playbook = PersonaSettings['playbook'];
export type PlaybookEntry = Playbook[number];
export type PlaybookAction = PlaybookEntry['actions'][number];
export type Channel = (typeof CHANNELS)[number];
export type PersonaLocale = 'en' | 'ko';
