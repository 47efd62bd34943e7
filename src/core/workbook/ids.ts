// Cell and source ids: a prefix plus base36 time, counter and randomness.
// Ids are never reused: a new id is checked against every id the workbook
// still holds, and the time part keeps it from repeating one that was deleted.

export type IdPrefix = 'c' | 's';

let counter = 0;

export function newId(prefix: IdPrefix, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (;;) {
    counter = (counter + 1) % 1296;
    const random = Math.floor(Math.random() * 36 ** 4);
    const id = `${prefix}${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}${random.toString(36).padStart(4, '0')}`;
    if (!used.has(id)) return id;
  }
}
