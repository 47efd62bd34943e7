import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { DATASET_NAME, prepareSpec } from '../../src/ui/charts/prepare-spec';
import { ChartUrlRefused, findDataUrls, refusingLoader } from '../../src/ui/charts/refusing-loader';

const rows = [{ k: 'a', v: 1 }, { k: 'b', v: 2 }];
const bar = { mark: 'bar', encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } } } as TopLevelSpec;

describe('refusing loader', () => {
  it('rejects load, sanitize, http and file with the URL named, and records each', async () => {
    const loader = refusingLoader();
    const attempts = [
      loader.load('https://example.com/a.csv'),
      loader.sanitize('img.png', { context: 'href' }),
      loader.http('http://127.0.0.1/x', {}),
      loader.file('/etc/passwd'),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ChartUrlRefused);
    await expect(loader.load('https://example.com/a.csv')).rejects.toThrow(/example\.com\/a\.csv/);
    expect(loader.refused).toEqual(['https://example.com/a.csv', 'img.png', 'http://127.0.0.1/x', '/etc/passwd', 'https://example.com/a.csv']);
  });
});

describe('finding URLs in compiled specs', () => {
  const urlsOf = (spec: object) => findDataUrls(compile(spec as TopLevelSpec).spec);

  it('finds top-level, lookup and layer data URLs', () => {
    expect(urlsOf({ ...bar, data: { url: 'https://x.test/a.csv' } })).toEqual(['https://x.test/a.csv']);
    expect(urlsOf({ ...bar, data: { name: DATASET_NAME }, transform: [{ lookup: 'k', from: { data: { url: 'b.json' }, key: 'k', fields: ['z'] } }] })).toEqual(['b.json']);
    expect(urlsOf({ layer: [{ ...bar, data: { url: 'c.csv' } }, { ...bar, data: { name: DATASET_NAME } }] })).toEqual(['c.csv']);
  });

  it('finds nothing in a spec that reads the named dataset or inline values', () => {
    expect(urlsOf(prepareSpec(bar, rows))).toEqual([]);
    expect(urlsOf({ ...bar, data: { values: [{ k: 'url', v: 1 }] } })).toEqual([]);
  });
});

describe('preparing a spec', () => {
  it('hands rows in as the table dataset and drops usermeta and foreign datasets', () => {
    const spec = { ...bar, usermeta: { embedOptions: { loader: { baseURL: 'https://evil.test/' }, ast: false } }, datasets: { table: [{ k: 'evil' }] } } as TopLevelSpec;
    const prepared = prepareSpec(spec, rows) as unknown as Record<string, unknown>;
    expect(prepared.usermeta).toBeUndefined();
    expect(prepared.data).toEqual({ name: DATASET_NAME });
    expect(prepared.datasets).toEqual({ [DATASET_NAME]: rows });
    expect(spec).toHaveProperty('usermeta'); // the caller's spec is not mutated
  });

  it('sizes single views to the container but leaves facets and explicit sizes alone', () => {
    expect(prepareSpec(bar, rows, { width: 640, height: 300 })).toMatchObject({ width: 640, height: 300 });
    expect(prepareSpec({ ...bar, width: 200 } as TopLevelSpec, rows, { width: 640 })).toMatchObject({ width: 200 });
    expect(prepareSpec({ ...bar, width: 'container' } as TopLevelSpec, rows, { width: 640 })).toMatchObject({ width: 640 });
    const faceted = { ...bar, encoding: { ...(bar as { encoding: object }).encoding, column: { field: 'k' } } } as TopLevelSpec;
    expect(prepareSpec(faceted, rows, { width: 640 })).not.toHaveProperty('width');
    expect(prepareSpec({ hconcat: [bar, bar] } as TopLevelSpec, rows, { width: 640 })).not.toHaveProperty('width');
  });

  it('rejects a spec that is not an object', () => {
    expect(() => prepareSpec([] as unknown as TopLevelSpec, rows)).toThrow(/JSON object/);
    expect(() => prepareSpec(null as unknown as TopLevelSpec, rows)).toThrow(/JSON object/);
  });
});
