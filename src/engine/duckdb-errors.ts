// Turns DuckDB's error text (same wording in the WASM and native builds) into a SegbookError.
// The user-facing sentence comes from the i18n catalogue; `message` keeps DuckDB's text.

import { segbookError, isSegbookError, type SegbookError } from '../core/errors';

const CANCELLED = /query was cancel+ed|INTERRUPT Error|Interrupted/i;
const OOM = /Out of Memory Error|could not allocate block|memory access out of bounds|Cannot enlarge memory/i;
// autoload is off, so any function living in an extension fails with this wording
const EXTENSION = /exists in the \w+ extension|Extension ".*" not found|Loading external extensions is disabled|INSTALL \w+;/i;
const FORBIDDEN =
  /Permission Error|file system operations are disabled|configuration has been locked|Cannot change configuration option/i;

export function duckdbErrorToSegbook(error: unknown, sql?: string): SegbookError {
  if (isSegbookError(error)) return error;
  const message = readableMessage(error instanceof Error ? error.message : String(error));
  const detail = firstLines(message);
  if (CANCELLED.test(message)) return segbookError('engine.cancelled', {}, message, sql);
  if (OOM.test(message)) return segbookError('engine.oom', { detail }, message, sql);
  if (FORBIDDEN.test(message)) return segbookError('engine.forbidden', { detail }, message, sql);
  if (EXTENSION.test(message)) {
    const ext = /exists in the (\w+) extension/.exec(message)?.[1] ?? /Extension "(\w+)/.exec(message)?.[1] ?? '';
    return segbookError('engine.extension', { detail, extension: ext }, message, sql);
  }
  return segbookError('engine.sql', { detail }, message, sql);
}

/** DuckDB-WASM sometimes reports errors as JSON ({"exception_type": "Parser", "exception_message": ...}). */
function readableMessage(message: string): string {
  if (!message.startsWith('{')) return message;
  try {
    const parsed = JSON.parse(message) as { exception_type?: string; exception_message?: string };
    if (parsed.exception_message) return `${parsed.exception_type ?? 'Unknown'} Error: ${parsed.exception_message}`;
  } catch {
    /* not JSON after all */
  }
  return message;
}

/** DuckDB messages carry long hint blocks; the first lines are what a person needs. */
/**
 * The sentence part of DuckDB's message: its first lines, without the "LINE 1: <sql>" excerpt
 * and caret, which quote the statement the engine ran (our CREATE TABLE wrapper, not the
 * user's text); the full message stays in `message` for the details view.
 */
function firstLines(message: string): string {
  const lines = message.split('\n').filter((l) => l.trim() !== '');
  const excerpt = lines.findIndex((l) => /^LINE \d+:/.test(l.trim()));
  return lines.slice(0, excerpt >= 0 ? Math.min(excerpt, 3) : 3).join('\n');
}
