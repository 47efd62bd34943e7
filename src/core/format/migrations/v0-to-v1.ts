// Version 0 was the pre-release format: cells had `type` instead of `kind`, and
// a source cell carried its file inline (settings: { fileName, options,
// fingerprint? }) instead of pointing into a top-level `sources` list.

import { MigrationError, type Document } from './step';

export function migrateV0ToV1(doc: Document): Document {
  const { cells, ...rest } = doc;
  if (!Array.isArray(cells)) throw new MigrationError(['cells'], 'expected an array');
  const sources: Document[] = [];
  const migrated = cells.map((cell: unknown, i) => {
    if (cell === null || typeof cell !== 'object' || Array.isArray(cell)) {
      throw new MigrationError(['cells', i], 'expected an object');
    }
    const { type, ...fields } = cell as Document;
    if (typeof type !== 'string') throw new MigrationError(['cells', i, 'type'], 'missing');
    const next: Document = { ...fields, kind: type };
    if (type === 'source') {
      const settings = fields.settings as Document | undefined;
      const id = typeof fields.id === 'string' ? fields.id : '';
      if (!settings || typeof settings !== 'object') throw new MigrationError(['cells', i, 'settings'], 'missing');
      // The cell id 'c…' becomes the source id 's…': unique because cell ids are.
      const sourceId = `s${id.slice(1)}`;
      sources.push({ ...settings, id: sourceId });
      next.settings = { source: sourceId };
    }
    return next;
  });
  return { ...rest, version: 1, locale: rest.locale ?? 'en', cells: migrated, sources };
}
