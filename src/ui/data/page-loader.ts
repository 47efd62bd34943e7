// Loads pages of rows on demand for the virtual grid.
//
// Coalescing: `want()` replaces the wish list instead of appending to it, and at most
// `maxInFlight` fetches run at once. While the user drags the scrollbar across millions of
// rows, the pages passed over are never requested: when a slot frees up, only what is on
// screen now is fetched.
// Staleness: `reset()` (a re-run, another table) starts a new generation; responses from an
// older generation are dropped, so old rows never show up under a new result.

import { createPageCache } from './page-cache';

export interface PageLoaderOptions<T> {
  fetchPage: (page: number) => Promise<T>;
  cacheSize: number;
  maxInFlight?: number;
  /** Called after a page arrived or failed, so the view can re-render. */
  onChange: () => void;
}

export interface PageLoader<T> {
  page(index: number): T | undefined;
  /** Pages needed now, most important first. Replaces any earlier wish list. */
  want(pages: readonly number[]): void;
  /** Forget everything: cache, wish list, in-flight requests. */
  reset(): void;
  /** Try failed pages again. */
  retry(): void;
  readonly error: unknown;
  readonly inFlight: number;
}

export function createPageLoader<T>(options: PageLoaderOptions<T>): PageLoader<T> {
  const maxInFlight = options.maxInFlight ?? 2;
  const cache = createPageCache<T>(options.cacheSize);
  let generation = 0;
  let wanted: number[] = [];
  let pending = new Set<number>();
  let failed = new Set<number>();
  let error: unknown = null;

  function pump(): void {
    while (pending.size < maxInFlight) {
      const next = wanted.find((p) => !cache.has(p) && !pending.has(p) && !failed.has(p));
      if (next === undefined) return;
      start(next);
    }
  }

  function start(page: number): void {
    const myGeneration = generation;
    pending.add(page);
    options.fetchPage(page).then(
      (value) => {
        if (myGeneration !== generation) return;
        pending.delete(page);
        cache.set(page, value);
        finish();
      },
      (reason: unknown) => {
        if (myGeneration !== generation) return;
        pending.delete(page);
        failed.add(page);
        error = reason;
        finish();
      },
    );
  }

  function finish(): void {
    pump();
    options.onChange();
  }

  return {
    page: (index) => cache.get(index),
    want(pages) {
      wanted = [...pages];
      pump();
    },
    reset() {
      generation++;
      cache.clear();
      wanted = [];
      pending = new Set();
      failed = new Set();
      error = null;
    },
    retry() {
      failed = new Set();
      error = null;
      pump();
    },
    get error() {
      return error;
    },
    get inFlight() {
      return pending.size;
    },
  };
}
