// What the page makes of a profile run: the cell's follow-up rows (row objects, as DerivedExtras
// holds them) turned into the typed profile, top values and Pareto views, and the persona cards
// written from them in the current language. Pure: no Svelte, no engine.
import {
  readParetoCurve, readParetoShare, readProfileRows, readTopValueRows,
  type DecodedRows, type ParetoPoint, type ParetoShare, type ProfileRow, type ProfileSettings, type TopValueRow,
} from '../../../core/segments/profile';
import { personaCards, type PersonaCard, type PersonaProblem, type PersonaSettings, type PersonaLocale } from '../../../core/segments/persona';

export type RowObject = Record<string, unknown>;

/**
 * Row objects back into decodeRows' { columns, rows } shape, which the core readers take. Column
 * names are the union of the objects' keys in first-seen order; types are unknown here and the
 * readers do not look at them.
 */
export function decodedFromObjects(objects: readonly RowObject[]): DecodedRows {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const object of objects) {
    for (const name of Object.keys(object)) {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  return { columns: names.map((name) => ({ name, type: '' })), rows: objects.map((o) => names.map((n) => o[n] ?? null)) };
}

export interface ProfileView {
  rows: ProfileRow[];
  /** The "All customers" row; null when the rows are not a profile (nothing ran yet). */
  all: ProfileRow | null;
  /** Segment rows, in the profile's order (largest first). */
  segments: ProfileRow[];
  topValues: TopValueRow[];
  paretoShare: ParetoShare | null;
  paretoCurve: ParetoPoint[];
}

export function profileView(extras: Readonly<Record<string, readonly RowObject[]>>, settings: ProfileSettings): ProfileView {
  const rows = readProfileRows(decodedFromObjects(extras.profile ?? []), settings);
  const share = extras.paretoShare;
  return {
    rows,
    all: rows.find((r) => r.isAll) ?? null,
    segments: rows.filter((r) => !r.isAll),
    topValues: extras.topValues ? readTopValueRows(decodedFromObjects(extras.topValues)) : [],
    paretoShare: share && share.length > 0 ? readParetoShare(decodedFromObjects(share)) : null,
    paretoCurve: extras.paretoCurve ? readParetoCurve(decodedFromObjects(extras.paretoCurve)) : [],
  };
}

/** Persona cards ordered by priority (rank, then size), or the problem that stops them. */
export function rankedCards(view: ProfileView, settings: PersonaSettings, locale: PersonaLocale): { cards: PersonaCard[] } | { problem: PersonaProblem } {
  if (view.all === null) return { cards: [] };
  const made = personaCards(view.rows, view.topValues, settings, locale);
  if ('problem' in made) return made;
  const cards = [...made.cards].sort((a, b) => a.priorityRank - b.priorityRank || b.priority.size - a.priority.size);
  return { cards };
}

/** Top values grouped for a compact table: per segment (profile order), per attribute, by rank. */
export function topValueTable(view: ProfileView): { segment: string | null; attributes: { attribute: string; values: TopValueRow[] }[] }[] {
  const attributes = [...new Set(view.topValues.map((t) => t.attribute))];
  return view.segments
    .filter((s) => s.customers > 0)
    .map((s) => ({
      segment: s.segment,
      attributes: attributes.map((attribute) => ({
        attribute,
        values: view.topValues
          .filter((t) => !t.isAll && t.attribute === attribute && t.segment === s.segment && (t.segmentId === null || s.segmentId === null || t.segmentId === s.segmentId))
          .sort((a, b) => a.rank - b.rank),
      })),
    }));
}
