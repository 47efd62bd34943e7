// The shipped playbook, the schema that caps a user's edits, choosing an entry (segment id,
// label, traits), overriding entries, and the settings problems.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  checkPersonaSettings,
  choosePlaybookEntry,
  DEFAULT_PLAYBOOK,
  defaultPersonaSettings,
  defaultPlaybook,
  labelKey,
  MAX_ACTION_TEXT,
  MAX_ENTRY_ACTIONS,
  MAX_PLAYBOOK_ENTRIES,
  overridePlaybook,
  personaCard,
  personaCards,
  personaSettingsSchema,
  playbookSchema,
  type PersonaSettings,
  type PersonaTraits,
  type PlaybookEntry,
} from '../../../src/core/segments/persona';
import { RFM_PRESETS } from '../../../src/core/segments/rfm';
import { allRow, segmentRow } from './profiles';

const traits = (t: Partial<PersonaTraits> = {}): PersonaTraits => ({ recency: null, status: null, frequency: null, value: null, ...t });
const custom: PlaybookEntry = {
  id: 'vip_club', label: { en: 'VIP club', ko: 'VIP 클럽' }, keys: ['champions'],
  actions: [{ text: { en: 'Invite to the VIP club.', ko: 'VIP 클럽에 초대하세요.' }, channels: ['kakaotalk'] }],
};

describe('default playbook', () => {
  it('is valid, has unique ids, and writes every action in both languages with a channel', () => {
    expect(v.safeParse(playbookSchema, DEFAULT_PLAYBOOK).success).toBe(true);
    expect(checkPersonaSettings(defaultPersonaSettings())).toBeNull();
    expect(new Set(DEFAULT_PLAYBOOK.map((e) => e.id)).size).toBe(DEFAULT_PLAYBOOK.length);
    for (const action of DEFAULT_PLAYBOOK.flatMap((e) => e.actions)) {
      expect(action.text.en).toMatch(/^[A-Z].*\.$/);
      expect(action.text.ko).toMatch(/[가-힣]/);
      expect(action.channels.every((c) => (CHANNELS as readonly string[]).includes(c))).toBe(true);
    }
  });

  it('covers every segment id of the shipped RFM presets and the lifecycle and behaviour states', () => {
    // lifecycle states and behaviour rule ids as src/core/segments/{lifecycle,behaviour} name them
    const lifecycle = ['new', 'active', 'loyal', 'at_risk', 'churned', 'reactivated'];
    const behaviour = ['cart_abandoners', 'browsers_without_purchase', 'category_loyalists', 'discount_only_buyers'];
    const ids = [...RFM_PRESETS.flatMap((p) => p.table.rules.map((r) => r.id)), ...lifecycle, ...behaviour];
    for (const id of ids) expect(choosePlaybookEntry(DEFAULT_PLAYBOOK, { segmentId: id, segment: null }, traits())?.by, id).toBe('segmentId');
  });

  it('is copied, so editing the copy leaves the shipped table alone', () => {
    const copy = defaultPlaybook();
    copy[0]!.actions[0]!.text.en = 'changed';
    expect(DEFAULT_PLAYBOOK[0]!.actions[0]!.text.en).not.toBe('changed');
  });
});

describe('choosing an entry', () => {
  it('prefers the segment id, then the label, then the traits', () => {
    expect(choosePlaybookEntry(DEFAULT_PLAYBOOK, { segmentId: 'at_risk', segment: 'Champions' }, traits())).toMatchObject({ entry: { id: 'at_risk' }, by: 'segmentId' });
    expect(choosePlaybookEntry(DEFAULT_PLAYBOOK, { segmentId: 'cluster_3', segment: "Can't Lose Them" }, traits())).toMatchObject({ entry: { id: 'cant_lose' }, by: 'label' });
    expect(choosePlaybookEntry(DEFAULT_PLAYBOOK, { segmentId: null, segment: '군집 3' }, traits({ status: 'lapsed', frequency: 'often', value: 'low' }))).toMatchObject({ entry: { id: 'at_risk' }, by: 'traits' });
    expect(choosePlaybookEntry(DEFAULT_PLAYBOOK, { segmentId: null, segment: '군집 3' }, traits())).toBeNull();
  });

  it('turns English labels into keys', () => {
    expect(['At risk', "Can't lose them", 'Loyal Customers', '  New--customers ', '챔피언'].map(labelKey)).toEqual(['at_risk', 'cant_lose_them', 'loyal_customers', 'new_customers', '']);
  });
});

describe('overriding the playbook', () => {
  it('replaces an entry by id in place and puts new entries first', () => {
    const edited = { ...DEFAULT_PLAYBOOK[9]!, actions: [{ text: { en: 'Call them.', ko: '전화하세요.' }, channels: ['sms' as const] }] };
    const playbook = overridePlaybook(DEFAULT_PLAYBOOK, [edited, custom]);
    expect(playbook.map((e) => e.id)).toEqual(['vip_club', ...DEFAULT_PLAYBOOK.map((e) => e.id)]);
    expect(playbook[10]).toBe(edited);
    expect(DEFAULT_PLAYBOOK[9]!.actions[0]!.text.en).not.toBe('Call them.');
  });

  it('changes the actions on the cards', () => {
    const settings: PersonaSettings = { ...defaultPersonaSettings(), playbook: overridePlaybook(DEFAULT_PLAYBOOK, [custom]) };
    const card = personaCard(segmentRow({ segment: 'Champions', segmentId: 'champions', customers: 100, recency: 3, frequency: 9 }), allRow(), [], settings, 'ko');
    expect(card.playbook).toEqual({ entryId: 'vip_club', label: 'VIP 클럽', matchedBy: 'segmentId' });
    expect(card.actions).toEqual([{ text: 'VIP 클럽에 초대하세요.', channels: ['kakaotalk'] }]);
    const bare: PersonaSettings = { ...defaultPersonaSettings(), playbook: [] };
    expect(personaCard(segmentRow({ segment: 'x', customers: 1 }), allRow(), [], bare, 'en')).toMatchObject({ playbook: null, actions: [] });
  });
});

describe('settings problems', () => {
  const base = defaultPersonaSettings();
  const withPlaybook = (entries: unknown) => ({ ...base, playbook: entries }) as PersonaSettings;

  it('cap entries, actions, text, keys and channels', () => {
    const entry = DEFAULT_PLAYBOOK[0]!;
    const cases: [PersonaSettings, string][] = [
      [withPlaybook(Array.from({ length: MAX_PLAYBOOK_ENTRIES + 1 }, (_, i) => ({ ...entry, id: `e${i}` }))), 'playbook'],
      [withPlaybook([{ ...entry, actions: Array(MAX_ENTRY_ACTIONS + 1).fill(entry.actions[0]) }]), 'playbook.0.actions'],
      [withPlaybook([{ ...entry, actions: [] }]), 'playbook.0.actions'],
      [withPlaybook([{ ...entry, actions: [{ text: { en: 'x'.repeat(MAX_ACTION_TEXT + 1), ko: 'x' }, channels: ['email'] }] }]), 'playbook.0.actions.0.text.en'],
      [withPlaybook([{ ...entry, actions: [{ text: { en: 'x', ko: 'x' }, channels: ['fax'] }] }]), 'playbook.0.actions.0.channels.0'],
      [withPlaybook([{ ...entry, keys: ['Not A Key'] }]), 'playbook.0.keys.0'],
      [withPlaybook([{ ...entry, id: 'x'.repeat(41) }]), 'playbook.0.id'],
      [{ ...base, currency: 'won' }, 'currency'],
      [{ ...base, recencyHalfLifeDays: 0 }, 'recencyHalfLifeDays'],
    ];
    for (const [settings, path] of cases) expect(checkPersonaSettings(settings), path).toMatchObject({ code: 'persona.settingsInvalid', params: { path } });
    expect(v.safeParse(personaSettingsSchema, { ...base, extra: true }).success).toBe(false);
  });

  it('name a duplicate entry, a response column the profile lacks, and a table that is not a profile', () => {
    expect(checkPersonaSettings(withPlaybook([custom, custom]))).toEqual({ code: 'persona.duplicatePlaybookEntry', params: { id: 'vip_club' } });
    const settings = { ...base, responseColumn: 'clicked' };
    expect(personaCards([allRow(0.2), segmentRow({ segment: 'a', customers: 5, response: 0.1 })], [], settings, 'en')).toEqual({
      problem: { code: 'persona.responseColumnMissing', params: { column: 'clicked' } },
    });
    expect(personaCards([segmentRow({ segment: 'a', customers: 5 })], [], base, 'en')).toEqual({ problem: { code: 'persona.notProfile', params: {} } });
  });
});
