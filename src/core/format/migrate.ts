// Brings an older workbook document up to the current version, one step at a time.
// Add a step for every format change; never edit a released step. Each step is
// tested on a real file of the version it reads (test/core/format/fixtures).

import { WORKBOOK_VERSION } from '../workbook/types';
import { migrateV0ToV1 } from './migrations/v0-to-v1';
import { MigrationError, type Document, type MigrationStep } from './migrations/step';

export const MIGRATIONS: readonly MigrationStep[] = [{ from: 0, migrate: migrateV0ToV1 }];

export type MigrationResult =
  | { ok: true; doc: Document }
  | { ok: false; path: (string | number)[]; detail: string };

export function migrateDocument(doc: Document, version: number): MigrationResult {
  let current = doc;
  for (let at = version; at < WORKBOOK_VERSION; at++) {
    const step = MIGRATIONS.find((s) => s.from === at);
    if (!step) return { ok: false, path: ['version'], detail: `version ${at} cannot be migrated` };
    try {
      current = step.migrate(current);
    } catch (error) {
      if (error instanceof MigrationError) return { ok: false, path: error.path, detail: error.detail };
      throw error;
    }
  }
  return { ok: true, doc: current };
}
