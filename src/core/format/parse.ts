// Reads a workbook file: size, JSON syntax, format marker, version, hostile
// shapes, migration, schema, then cross-references. Every failure is a
// SegbookError naming the file and, where there is one, the place.

import { segbookError, type SegbookError } from '../errors';
import { relinkInputs } from '../workbook/links';
import { WORKBOOK_FORMAT, WORKBOOK_VERSION, type Workbook } from '../workbook/types';
import { findInconsistency } from './consistency';
import { findHostileShape, formatPath } from './hostile';
import { lineColumn, locateJsonError } from './json-error';
import { migrateDocument } from './migrate';
import type { Document } from './migrations/step';
import { validateWorkbookShape } from './schema';

export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export type ParseResult = { ok: true; workbook: Workbook; migratedFrom?: number } | { ok: false; error: SegbookError };

const fail = (error: SegbookError): ParseResult => ({ ok: false, error });
const invalid = (file: string, path: (string | number)[], detail: string): ParseResult =>
  fail(segbookError('workbook.invalid', { file, path: formatPath(path) || '(top level)', detail }, `${formatPath(path)}: ${detail}`));

function utf8Length(text: string): number {
  // Exact byte count only near the limit: a UTF-16 unit is 1 to 3 UTF-8 bytes.
  return text.length * 3 <= MAX_WORKBOOK_BYTES ? text.length : new TextEncoder().encode(text).length;
}

export function parseWorkbook(text: string, fileName: string): ParseResult {
  try {
    return parseChecked(text, fileName);
  } catch (error) {
    // Last resort: a hostile file must produce a message, never an exception (e.g. a RangeError).
    const message = error instanceof Error ? error.message : String(error);
    return fail(segbookError('workbook.invalid', { file: fileName, path: '(top level)', detail: message }, message));
  }
}

function parseChecked(text: string, fileName: string): ParseResult {
  const file = fileName;
  const size = text.length > MAX_WORKBOOK_BYTES ? text.length : utf8Length(text);
  if (size > MAX_WORKBOOK_BYTES) return fail(segbookError('workbook.tooLarge', { file, size }));
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const offset = locateJsonError(body) ?? 0;
    const { line, column } = lineColumn(body, offset);
    const message = error instanceof Error ? error.message : String(error);
    return fail(segbookError('workbook.json', { file, line, column }, message));
  }

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as Document).format !== WORKBOOK_FORMAT) {
    return fail(segbookError('workbook.notWorkbook', { file }));
  }
  const doc = raw as Document;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return invalid(file, ['version'], 'expected a whole number');
  }
  if (version > WORKBOOK_VERSION) {
    return fail(segbookError('workbook.newerVersion', { file, version, supported: WORKBOOK_VERSION }));
  }

  const hostile = findHostileShape(doc);
  if (hostile) return invalid(file, hostile.path, hostile.detail);

  const migrated = migrateDocument(doc, version);
  if (!migrated.ok) return invalid(file, migrated.path, migrated.detail);

  const shaped = validateWorkbookShape(migrated.doc);
  if (!shaped.ok) return invalid(file, shaped.path, shaped.detail);

  const problem = findInconsistency(shaped.workbook);
  if (problem) return invalid(file, problem.path, problem.detail);

  // Inputs of sql cells are derived data: re-derive them so a hand-edited file cannot disagree with its SQL.
  const workbook = relinkInputs(shaped.workbook);
  return version === WORKBOOK_VERSION ? { ok: true, workbook } : { ok: true, workbook, migratedFrom: version };
}
