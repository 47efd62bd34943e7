// Names defined by WITH [RECURSIVE] a [(cols)] AS [[NOT] MATERIALIZED] (...), b AS (...).

import type { Token } from './tokenize';

const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.type === 'punct' && t.value === p;
const keyword = (t: Token | undefined): string => (t?.type === 'word' ? t.value.toLowerCase() : '');

/** Index after the parenthesis group opening at `open`, or -1 if it is not closed. */
function afterGroup(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isPunct(tokens[i], '(')) depth++;
    else if (isPunct(tokens[i], ')') && --depth === 0) return i + 1;
  }
  return -1;
}

/** CTE names of every WITH clause in the (comment-free) token list, in order of appearance. */
export function findCteNames(tokens: Token[]): string[] {
  const names: string[] = [];
  tokens.forEach((t, i) => {
    if (keyword(t) === 'with') names.push(...readWithList(tokens, i + 1));
  });
  return names;
}

function readWithList(tokens: Token[], start: number): string[] {
  const names: string[] = [];
  let j = keyword(tokens[start]) === 'recursive' ? start + 1 : start;
  for (;;) {
    const name = tokens[j];
    if (name === undefined || (name.type !== 'word' && name.type !== 'quoted')) return names;
    j++;
    if (isPunct(tokens[j], '(')) j = afterGroup(tokens, j);
    if (j < 0 || keyword(tokens[j]) !== 'as') return names;
    j++;
    if (keyword(tokens[j]) === 'not') j++;
    if (keyword(tokens[j]) === 'materialized') j++;
    if (!isPunct(tokens[j], '(')) return names;
    names.push(name.value);
    j = afterGroup(tokens, j);
    if (j < 0 || !isPunct(tokens[j], ',')) return names;
    j++;
  }
}
