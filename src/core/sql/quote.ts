// The only place identifiers and literals are turned into SQL text by hand.

import { QUOTED_KEYWORDS, isReservedWord } from './keywords';

export const MAX_CELL_NAME_LENGTH = 63;

const CELL_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
// What DuckDB's scanner accepts unquoted: ASCII letters, digits, '_' and any non-ASCII character.
const BARE_IDENTIFIER = /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*$/;

/** "my ""odd"" name": always quoted, so any string is a safe identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** 'it''s' */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function isValidCellName(name: string): boolean {
  return [...name].length <= MAX_CELL_NAME_LENGTH && CELL_NAME.test(name) && !isReservedWord(name);
}

/** The name as the user would type it: bare when DuckDB reads it back unchanged, else quoted. */
export function quoteIdentIfNeeded(name: string): string {
  return BARE_IDENTIFIER.test(name) && !QUOTED_KEYWORDS.has(name.toLowerCase()) ? name : quoteIdent(name);
}
