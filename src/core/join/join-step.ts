// One join: checks its keys and columns against the table built so far and its input, names
// the columns it brings, and writes its SELECT. The table so far is aliased "l", the input "r".

import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import { commonKeyType, keyCastAllowed, keySql, keysComparable, proposeKeyCast } from './keys';
import { nameClaimer } from './output-names';
import { summariesOf } from './summary-sql';
import type { JoinInput, JoinProblem, JoinStep, JoinWarning } from './types';

export const L = quoteIdent('l');
export const R = quoteIdent('r');

export interface JoinStepSql {
  /** The join's SELECT over the table so far (`from`, a quoted CTE name). */
  select(from: string): string;
  /** Key expressions over the table so far ("l") and over the input as it is ("r"), pairwise. */
  leftKeys: string[];
  rightKeys: string[];
  columns: ColumnInfo[];
  warnings: Omit<JoinWarning, 'path'>[];
}

type Problem = Omit<JoinProblem, 'path'>;

export function planJoinStep(step: JoinStep, right: JoinInput, left: readonly ColumnInfo[], leftTable: string): JoinStepSql | { problem: Problem } {
  if (step.keys.length === 0) return { problem: { code: 'join.noKeys', params: { table: right.table } } };
  const findRight = (name: string) => findColumn(right.columns, name);
  const keys: { left: ColumnInfo; right: ColumnInfo; as: JoinStep['keys'][number]['as'] }[] = [];
  for (const key of step.keys) {
    const l = findColumn(left, key.left);
    if (!l) return { problem: { code: 'join.unknownColumn', params: { column: key.left, table: leftTable } } };
    const r = findRight(key.right);
    if (!r) return { problem: { code: 'join.unknownColumn', params: { column: key.right, table: right.table } } };
    if (key.as) {
      const bad = [l, r].find((c) => !keyCastAllowed(c.type, key.as!));
      if (bad) return { problem: { code: 'join.badKeyCast', params: { column: bad.name, type: bad.type, cast: key.as } } };
    } else if (!keysComparable(l.type, r.type)) {
      const params = { left: l.name, leftType: l.type, right: r.name, rightType: r.type, cast: proposeKeyCast(l.type, r.type) };
      return { problem: { code: 'join.keyTypeMismatch', params } };
    }
    keys.push({ left: l, right: r, as: key.as });
  }

  // What the input contributes: [output name before the prefix, SQL over "r" (or the summary), type].
  let brought: { name: string; sql: string; type: string }[];
  let source = quoteIdent(right.table);
  const rawRightKeys = keys.map((k) => keySql(`${R}.${quoteIdent(k.right.name)}`, k.as));
  let joinRightKeys = rawRightKeys;
  if (step.aggregate) {
    const summaries = summariesOf(step.aggregate, findRight, right.table);
    if ('problem' in summaries) return summaries;
    const keyAliases = keys.map((_, i) => quoteIdent(`k_${i + 1}`));
    const list = [...rawRightKeys.map((k, i) => `${k} AS ${keyAliases[i]}`), ...summaries.map((s, i) => `${s.sql} AS ${quoteIdent(`a_${i + 1}`)}`)];
    const groups = keys.map((_, i) => i + 1).join(', ');
    source = `(\n    SELECT ${list.join(', ')}\n    FROM ${quoteIdent(right.table)} AS ${R}\n    GROUP BY ${groups}\n  )`;
    joinRightKeys = keyAliases.map((alias) => `${R}.${alias}`);
    brought = summaries.map((s, i) => ({ name: s.name, sql: `${R}.${quoteIdent(`a_${i + 1}`)}`, type: s.type }));
  } else {
    const picked = step.columns === null ? right.columns.filter((c) => !keys.some((k) => k.right === c)) : [];
    for (const name of step.columns ?? []) {
      const column = findRight(name);
      if (!column) return { problem: { code: 'join.unknownColumn', params: { column: name, table: right.table } } };
      if (!picked.includes(column)) picked.push(column);
    }
    brought = picked.map((c) => ({ name: c.name, sql: `${R}.${quoteIdent(c.name)}`, type: c.type }));
  }

  const claim = nameClaimer(left.map((c) => c.name));
  const warnings: Omit<JoinWarning, 'path'>[] = [];
  const outputs = brought.map((b) => {
    const wanted = `${step.prefix}${b.name}`;
    const name = claim(wanted);
    if (name !== wanted) warnings.push({ code: 'join.renamedColumn', params: { column: wanted, as: name } });
    return { ...b, name };
  });

  const leftKeys = keys.map((k) => keySql(`${L}.${quoteIdent(k.left.name)}`, k.as));
  const on = leftKeys.map((lk, i) => `${lk} = ${joinRightKeys[i]}`).join(' AND ');
  // A full join's rows found only in the input have no base key: the key column takes theirs.
  const coalesced = step.kind === 'full' ? keys.filter((k, i) => keys.findIndex((o) => o.left === k.left) === i) : [];
  const replace = coalesced.map((k) => {
    const i = keys.indexOf(k);
    return `coalesce(${leftKeys[i]}, ${joinRightKeys[i]}) AS ${quoteIdent(k.left.name)}`;
  });
  const leftAll = replace.length > 0 ? `${L}.* REPLACE (${replace.join(', ')})` : `${L}.*`;
  const list = [leftAll, ...outputs.map((o) => `${o.sql} AS ${quoteIdent(o.name)}`)].join(',\n    ');
  const join = { left: 'LEFT', inner: 'INNER', full: 'FULL' }[step.kind];

  const columns = left.map((c) => {
    const key = coalesced.find((k) => k.left === c);
    return key ? { name: c.name, type: key.as ?? commonKeyType(key.left.type, key.right.type) } : c;
  });
  return {
    select: (from) => `SELECT\n    ${list}\n  FROM ${from} AS ${L}\n  ${join} JOIN ${source} AS ${R}\n    ON ${on}`,
    leftKeys,
    rightKeys: rawRightKeys,
    columns: [...columns, ...outputs.map((o) => ({ name: o.name, type: o.type }))],
    warnings,
  };
}

/** DuckDB resolves column names case-insensitively, and so do joins. */
export function findColumn(columns: readonly ColumnInfo[], name: string): ColumnInfo | undefined {
  return columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
}
