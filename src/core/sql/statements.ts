// Statement boundaries, found with the tokenizer so that a ';' inside a
// string or comment does not count.

import { tokenize, type Token } from './tokenize';

export interface StatementSpan {
  start: number;
  end: number;
  text: string;
}

/** Statements that contain code (comments and empty statements between ';' are dropped). */
export function splitStatements(sql: string): StatementSpan[] {
  const spans: StatementSpan[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    const code = current.filter((t) => t.type !== 'comment');
    const first = code[0];
    const last = code[code.length - 1];
    if (first && last) spans.push({ start: first.start, end: last.end, text: sql.slice(first.start, last.end) });
    current = [];
  };
  for (const token of tokenize(sql)) {
    if (token.type === 'punct' && token.value === ';') flush();
    else current.push(token);
  }
  flush();
  return spans;
}

/**
 * The text without trailing semicolons, comments and blanks, so it can be
 * wrapped in `CREATE TABLE x AS ...` (a trailing `-- note` would swallow
 * anything appended after it).
 */
export function stripTrailing(sql: string): string {
  const tokens = tokenize(sql);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.type === 'comment' || (t.type === 'punct' && t.value === ';')) continue;
    return sql.slice(0, t.end);
  }
  return '';
}
