import { describe, expect, it } from 'vitest';
import { createPageCache, pagesForRows } from '../../src/ui/data/page-cache';

describe('page cache', () => {
  it('evicts the least recently used page, counting reads as use', () => {
    const cache = createPageCache<string>(3);
    cache.set(1, 'a');
    cache.set(2, 'b');
    cache.set(3, 'c');
    expect(cache.get(1)).toBe('a'); // 1 is now the most recent; 2 is the oldest
    cache.set(4, 'd');
    expect(cache.has(2)).toBe(false);
    expect([1, 3, 4].every((p) => cache.has(p))).toBe(true);
    expect(cache.size).toBe(3);
  });

  it('replacing a page does not grow the cache', () => {
    const cache = createPageCache<number>(2);
    cache.set(7, 1);
    cache.set(7, 2);
    expect(cache.size).toBe(1);
    expect(cache.get(7)).toBe(2);
  });

  it('clears everything', () => {
    const cache = createPageCache<number>(2);
    cache.set(1, 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get(1)).toBeUndefined();
  });

  it('rejects a capacity below one', () => {
    expect(() => createPageCache(0)).toThrow(RangeError);
  });
});

describe('pagesForRows', () => {
  it('lists every page touching the rows, the visible page first', () => {
    // rows 200..700 with pages of 256 touch pages 0, 1, 2; row 300 is on page 1
    expect(pagesForRows(200, 700, 256, 300)).toEqual([1, 2, 0]);
  });

  it('treats end as exclusive', () => {
    expect(pagesForRows(0, 256, 256)).toEqual([0]);
    expect(pagesForRows(0, 257, 256)).toEqual([0, 1]);
    expect(pagesForRows(5, 5, 256)).toEqual([]);
  });
});
