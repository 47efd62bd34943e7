// A persona card per segment, from its profile row, the all-customers row and its top values:
// title, a description written from the numbers, key facts, highlights, targeting priority and
// suggested actions from the playbook. Pure TS over the profile's results; no SQL.

import type { ProfileRow, TopValueRow } from '../profile/rows';
import { behaviourSentenceEn, sizeSentenceEn } from './describe-en';
import { behaviourSentenceKo, sizeSentenceKo } from './describe-ko';
import { personaFacts, type PersonaFact } from './facts';
import { formatLift, formatPercent } from './format';
import { choosePlaybookEntry, type PlaybookMatch } from './playbook';
import { personaPriority, type PersonaPriority } from './priority';
import { checkPersonaSettings, type PersonaProblem } from './problems';
import type { Channel, PersonaLocale, PersonaSettings } from './settings';
import { personaTraits, type PersonaTraits } from './traits';

export interface PersonaHighlight {
  attribute: string;
  value: string;
  share: number;
  lift: number;
  text: string;
}

export interface PersonaAction {
  text: string;
  channels: Channel[];
}

export interface PersonaCard {
  segment: string | null;
  segmentId: string | null;
  title: string;
  description: string;
  traits: PersonaTraits;
  facts: PersonaFact[];
  /** The most common value of each categorical column, with its lift over all customers. */
  highlights: PersonaHighlight[];
  priority: PersonaPriority;
  /** 1 = highest priority among the cards made together (personaCards); 1 for a lone card. */
  priorityRank: number;
  playbook: { entryId: string; label: string; matchedBy: PlaybookMatch['by'] } | null;
  actions: PersonaAction[];
}

const NO_SEGMENT: Record<PersonaLocale, string> = { en: '(no segment)', ko: '(세그먼트 없음)' };

function highlights(row: ProfileRow, topValues: readonly TopValueRow[], locale: PersonaLocale): PersonaHighlight[] {
  const mine = topValues.filter(
    (t) => !t.isAll && t.rank === 1 && t.segment === row.segment && (t.segmentId === null || row.segmentId === null || t.segmentId === row.segmentId),
  );
  return mine.map(({ attribute, value, share, lift }) => {
    const text =
      locale === 'ko'
        ? `${attribute}: ${value} — 세그먼트의 ${formatPercent(locale, share)}, 전체 대비 ${formatLift(locale, lift)}`
        : `${attribute}: ${value} — ${formatPercent(locale, share)} of the segment, ${formatLift(locale, lift)} the overall share`;
    return { attribute, value, share, lift, text };
  });
}

function description(row: ProfileRow, traits: PersonaTraits, locale: PersonaLocale): string {
  const sentences =
    locale === 'ko'
      ? [behaviourSentenceKo(traits), sizeSentenceKo(row.share, row.revenueShare)]
      : [behaviourSentenceEn(traits), sizeSentenceEn(row.share, row.revenueShare)];
  return sentences.filter((s): s is string => s !== null).join(' ');
}

/** The card of one segment row; `all` is the profile's "All customers" row. Settings are assumed checked. */
export function personaCard(row: ProfileRow, all: ProfileRow, topValues: readonly TopValueRow[], settings: PersonaSettings, locale: PersonaLocale): PersonaCard {
  const traits = personaTraits(row);
  const match = choosePlaybookEntry(settings.playbook, row, traits);
  return {
    segment: row.segment,
    segmentId: row.segmentId,
    title: row.segment ?? NO_SEGMENT[locale],
    description: description(row, traits, locale),
    traits,
    facts: personaFacts(row, locale, settings.currency),
    highlights: highlights(row, topValues, locale),
    priority: personaPriority(row, all, settings),
    priorityRank: 1,
    playbook: match && { entryId: match.entry.id, label: match.entry.label[locale], matchedBy: match.by },
    actions: match ? match.entry.actions.map((a) => ({ text: a.text[locale], channels: [...a.channels] })) : [],
  };
}

/**
 * Cards for every segment with customers, in the profile's order, ranked by priority score
 * (ties share the better rank). A profile with no customers gives no cards.
 */
export function personaCards(
  rows: readonly ProfileRow[],
  topValues: readonly TopValueRow[],
  settings: PersonaSettings,
  locale: PersonaLocale,
): { cards: PersonaCard[] } | { problem: PersonaProblem } {
  const all = rows.find((r) => r.isAll);
  if (!all) return { problem: { code: 'persona.notProfile', params: {} } };
  const problem = checkPersonaSettings(settings, all.extras.map((e) => e.column));
  if (problem) return { problem };
  const cards = rows.filter((r) => !r.isAll && r.customers > 0).map((r) => personaCard(r, all, topValues, settings, locale));
  const scores = cards.map((c) => c.priority.score);
  for (const card of cards) card.priorityRank = 1 + scores.filter((s) => s > card.priority.score).length;
  return { cards };
}
