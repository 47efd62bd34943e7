import { describe, expect, it } from 'vitest';
import { createPageLoader } from '../../src/ui/data/page-loader';

/** A fetchPage whose answers the test releases by hand, to control ordering. */
function controlledFetch() {
  const calls: { page: number; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const fetchPage = (page: number) =>
    new Promise<string>((resolve, reject) => calls.push({ page, resolve, reject }));
  return { calls, fetchPage };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('page loader', () => {
  it('runs at most maxInFlight fetches and coalesces a fast scroll to what is wanted last', async () => {
    const { calls, fetchPage } = controlledFetch();
    const loader = createPageLoader({ fetchPage, cacheSize: 10, maxInFlight: 1, onChange: () => {} });
    loader.want([0]);
    // Scrolling fast: many wishes while page 0 is still loading.
    for (let p = 1; p <= 50; p++) loader.want([p]);
    expect(calls.map((c) => c.page)).toEqual([0]);
    calls[0]!.resolve('rows0');
    await flush();
    // Pages 1..49 were passed over and never requested.
    expect(calls.map((c) => c.page)).toEqual([0, 50]);
    expect(loader.page(0)).toBe('rows0');
  });

  it('does not refetch cached or in-flight pages', async () => {
    const { calls, fetchPage } = controlledFetch();
    const loader = createPageLoader({ fetchPage, cacheSize: 10, maxInFlight: 4, onChange: () => {} });
    loader.want([1, 2]);
    loader.want([1, 2]);
    expect(calls.map((c) => c.page)).toEqual([1, 2]);
    calls[0]!.resolve('one');
    await flush();
    loader.want([1, 2, 3]);
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
  });

  it('ignores answers that arrive after a reset (a re-run)', async () => {
    const { calls, fetchPage } = controlledFetch();
    let changes = 0;
    const loader = createPageLoader({ fetchPage, cacheSize: 10, onChange: () => changes++ });
    loader.want([0]);
    loader.reset();
    loader.want([0]);
    expect(calls.length).toBe(2);
    calls[1]!.resolve('new');
    calls[0]!.resolve('old'); // the stale answer arrives last
    await flush();
    expect(loader.page(0)).toBe('new');
    expect(changes).toBe(1);
  });

  it('reports a failed page once, and fetches it again on retry', async () => {
    const { calls, fetchPage } = controlledFetch();
    const loader = createPageLoader({ fetchPage, cacheSize: 10, onChange: () => {} });
    loader.want([3]);
    calls[0]!.reject(new Error('boom'));
    await flush();
    expect((loader.error as Error).message).toBe('boom');
    loader.want([3]);
    expect(calls.length).toBe(1);
    loader.retry();
    expect(calls.length).toBe(2);
    expect(loader.error).toBeNull();
  });

  it('keeps only cacheSize pages', async () => {
    const { calls, fetchPage } = controlledFetch();
    const loader = createPageLoader({ fetchPage, cacheSize: 2, maxInFlight: 3, onChange: () => {} });
    loader.want([0, 1, 2]);
    calls.forEach((c) => c.resolve(`p${c.page}`));
    await flush();
    expect([0, 1, 2].filter((p) => loader.page(p) !== undefined)).toEqual([1, 2]);
  });
});
