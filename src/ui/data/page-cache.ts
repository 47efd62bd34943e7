// A small least-recently-used cache of row pages, keyed by page index.
// Map keeps insertion order, so re-inserting on access makes the first key the oldest.

export interface PageCache<T> {
  get(page: number): T | undefined;
  has(page: number): boolean;
  set(page: number, value: T): void;
  clear(): void;
  readonly size: number;
}

export function createPageCache<T>(capacity: number): PageCache<T> {
  if (!(capacity >= 1)) throw new RangeError(`page cache capacity must be >= 1, got ${capacity}`);
  const pages = new Map<number, T>();
  return {
    get(page) {
      const value = pages.get(page);
      if (value === undefined) return undefined;
      pages.delete(page);
      pages.set(page, value);
      return value;
    },
    has: (page) => pages.has(page),
    set(page, value) {
      pages.delete(page);
      pages.set(page, value);
      while (pages.size > capacity) {
        const oldest = pages.keys().next().value as number;
        pages.delete(oldest);
      }
    },
    clear: () => pages.clear(),
    get size() {
      return pages.size;
    },
  };
}

/** Pages that hold rows [start, end), visible ones first so they load first. */
export function pagesForRows(start: number, end: number, pageSize: number, firstVisible = start): number[] {
  if (end <= start) return [];
  const first = Math.floor(start / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  const anchor = Math.min(last, Math.max(first, Math.floor(firstVisible / pageSize)));
  const pages = [anchor];
  for (let p = anchor + 1; p <= last; p++) pages.push(p);
  for (let p = anchor - 1; p >= first; p--) pages.push(p);
  return pages;
}
