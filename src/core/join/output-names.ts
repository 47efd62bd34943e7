// Output column names of a join. DuckDB compares identifiers case-insensitively, so "Amount" and
// "amount" clash in one table: names are taken case-insensitively, and a clash the prefix did
// not avoid gets _2, _3 ... (and a warning, so the user can pick a better prefix).

/** Claims output names: `wanted`, or wanted_2, wanted_3 ... when taken; a claimed name is taken from then on. */
export function nameClaimer(existing: Iterable<string>): (wanted: string) => string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  return (wanted) => {
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

/** row_count, sum_amount, count_distinct_InvoiceNo, latest_channel (the prefix goes before). */
export function summaryName(kind: 'count' | 'sum' | 'mean' | 'min' | 'max' | 'countDistinct' | 'latest', column = ''): string {
  if (kind === 'count') return 'row_count';
  const word = kind === 'countDistinct' ? 'count_distinct' : kind;
  return `${word}_${column}`;
}
