// Which names a query reads as tables, found from the token stream: a name is
// a table reference when it stands where a table goes (after FROM, JOIN, a
// comma in a FROM list, or at the start of PIVOT/UNPIVOT). DuckDB compares
// identifiers case-insensitively, quoted or not, and so does this module.

import { RESERVED_WORDS } from './keywords';
import { quoteIdent, quoteIdentIfNeeded } from './quote';
import { tokenize, type Token } from './tokenize';
import { findCteNames } from './cte';

interface Level {
  seenSelect: boolean;
  inFrom: boolean;
  /** Parentheses of a function call, like `extract(year FROM d)`. */
  isCall: boolean;
}

export interface ReferenceScan {
  /** Identifier tokens standing in table position, unqualified, not table functions. */
  tables: Token[];
  cteNames: string[];
  /** Lower-cased aliases given to FROM items (`FROM t AS x`). */
  aliases: Set<string>;
  /** First identifiers of dotted expressions outside table position (`t` in `t.col`). */
  qualifiers: Token[];
}

const FROM_CLAUSE_ENDS = new Set([
  'where', 'group', 'having', 'window', 'qualify', 'order', 'limit', 'offset', 'union', 'intersect',
  'except', 'select', 'returning', 'fetch', 'set', 'values',
]);

// Words that can follow FROM or '(' in table position but are not table names
// (VALUES is not among them: `FROM values` reads a table; `(VALUES (1))` looks like a call).
const NOT_TABLES = RESERVED_WORDS;

const isIdent = (t: Token | undefined): t is Token => t !== undefined && (t.type === 'word' || t.type === 'quoted');
const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.type === 'punct' && t.value === p;
const keyword = (t: Token | undefined): string => (t?.type === 'word' ? t.value.toLowerCase() : '');
const identName = (t: Token): string => t.value;

export function scanReferences(sql: string): ReferenceScan {
  const tokens = tokenize(sql).filter((t) => t.type !== 'comment');
  const scan: ReferenceScan = { tables: [], cteNames: findCteNames(tokens), aliases: new Set(), qualifiers: [] };
  const fresh = (isCall = false): Level => ({ seenSelect: false, inFrom: false, isCall });
  let stack: Level[] = [fresh()];
  let expectTable = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const level = stack[stack.length - 1] as Level;
    const kw = keyword(t);
    if (expectTable && kw === 'lateral') {
      i++;
      continue;
    }
    if (expectTable && isIdent(t) && !(t.type === 'word' && NOT_TABLES.has(kw))) {
      expectTable = false;
      i = readTableItem(tokens, i, scan);
      continue;
    }
    if (expectTable && isPunct(t, '(')) {
      // A subquery, or a parenthesised join `(a JOIN b ON ...)` whose first item is a table.
      stack.push({ ...fresh(), inFrom: true });
      i++;
      continue;
    }
    expectTable = false;
    if (isPunct(t, '(')) stack.push(fresh(isCallOpener(tokens[i - 1])));
    else if (isPunct(t, ')')) {
      if (stack.length > 1) stack.pop();
    } else if (isPunct(t, ';')) stack = [fresh()];
    else if (isPunct(t, ',')) expectTable = level.inFrom;
    else if (kw === 'select') {
      level.seenSelect = true;
      level.inFrom = false;
    } else if (kw === 'from') {
      // Not table FROMs: `extract(year FROM d)`, `trim(x FROM s)`, `a IS DISTINCT FROM b`.
      // A table FROM follows a SELECT, or stands outside a call (DuckDB's FROM-first syntax).
      level.inFrom = (level.seenSelect || !level.isCall) && keyword(tokens[i - 1]) !== 'distinct';
      expectTable = level.inFrom;
    } else if (kw === 'join') {
      level.inFrom = true;
      expectTable = true;
    } else if ((kw === 'pivot' || kw === 'unpivot') && !level.seenSelect && !level.inFrom) {
      expectTable = true;
    } else if (FROM_CLAUSE_ENDS.has(kw)) {
      level.inFrom = false;
    } else if (isIdent(t) && isPunct(tokens[i + 1], '.') && !isPunct(tokens[i - 1], '.')) {
      scan.qualifiers.push(t);
    }
    i++;
  }
  return scan;
}

/** `f(` is a call; `IN (`, `AS (`, `EXISTS (`, `FROM (` open a subquery or list. */
function isCallOpener(prev: Token | undefined): boolean {
  if (prev === undefined || !isIdent(prev)) return false;
  if (prev.type === 'quoted') return true;
  const kw = prev.value.toLowerCase();
  return !RESERVED_WORDS.has(kw) && kw !== 'exists';
}

/** Reads `name`, `schema.name`, `func(...)` and an optional alias; returns the index after them. */
function readTableItem(tokens: Token[], start: number, scan: ReferenceScan): number {
  let end = start + 1;
  while (isPunct(tokens[end], '.') && isIdent(tokens[end + 1])) end += 2;
  // A table function's arguments are scanned as ordinary tokens by the caller.
  if (isPunct(tokens[end], '(')) return end;
  // Schema-qualified names (`main.t`, `db.main.t`) are never cell tables.
  if (end === start + 1) scan.tables.push(tokens[start] as Token);
  let aliasAt = end;
  if (keyword(tokens[aliasAt]) === 'as') aliasAt++;
  const alias = tokens[aliasAt];
  if (isIdent(alias) && !(alias.type === 'word' && RESERVED_WORDS.has(alias.value.toLowerCase()))) {
    scan.aliases.add(identName(alias).toLowerCase());
    return aliasAt + 1;
  }
  return end;
}

export function findTableReferences(sql: string): { names: string[]; cteNames: string[] } {
  const scan = scanReferences(sql);
  const ctes = new Set(scan.cteNames.map((n) => n.toLowerCase()));
  const seen = new Set<string>();
  const names: string[] = [];
  for (const t of scan.tables) {
    const key = identName(t).toLowerCase();
    if (ctes.has(key) || seen.has(key)) continue;
    seen.add(key);
    names.push(identName(t));
  }
  return { names, cteNames: scan.cteNames };
}

/** True when `name` is read as a table by `sql` (not a CTE of the same name). */
export function referencesTable(sql: string, name: string): boolean {
  const key = name.toLowerCase();
  return findTableReferences(sql).names.some((n) => n.toLowerCase() === key);
}

/**
 * Renames table `from` to `to` where the query reads it as a table, and in
 * `from.column` qualifiers that point at that table. Strings, comments,
 * columns, CTEs and aliases of the same name are left alone.
 */
export function renameTableReference(sql: string, from: string, to: string): string {
  const key = from.toLowerCase();
  const scan = scanReferences(sql);
  if (scan.cteNames.some((n) => n.toLowerCase() === key)) return sql;
  const matches = (t: Token): boolean => identName(t).toLowerCase() === key;
  const targets = scan.tables.filter(matches);
  if (targets.length === 0) return sql;
  if (!scan.aliases.has(key)) targets.push(...scan.qualifiers.filter(matches));
  targets.sort((a, b) => b.start - a.start);
  let out = sql;
  for (const t of targets) {
    // Keep the user's quoting style; add quotes only where the new name needs them.
    const text = t.type === 'quoted' ? quoteIdent(to) : quoteIdentIfNeeded(to);
    out = out.slice(0, t.start) + text + out.slice(t.end);
  }
  return out;
}
