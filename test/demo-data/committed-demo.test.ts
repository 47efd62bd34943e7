// The demo files shipped in public/demo/shop must be exactly what the generator writes for the
// command in their README; when the generator changes, this fails until they are regenerated:
//   npx tsx scripts/generate-demo.ts --customers 2000 --seed 7 --out public/demo/shop --gzip
// Decompressed bytes are compared, so a different zlib build cannot fail it.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHOP_TABLES } from '../../src/demo-data';
import { collectShop, csvFile } from './shop-fixture';

const DIR = new URL('../../public/demo/shop/', import.meta.url);

describe('committed demo shop', () => {
  const shop = collectShop({ customers: 2000, seed: 7 });

  it.each(SHOP_TABLES)('%s.csv.gz matches the generator', (t) => {
    const committed = gunzipSync(readFileSync(new URL(`${t}.csv.gz`, DIR)));
    const generated = csvFile(t, shop[t]);
    expect(committed.length, `${t}: regenerate with the command at the top of this file`).toBe(generated.length);
    expect(committed.equals(generated), `${t}: regenerate with the command at the top of this file`).toBe(true);
  });

  it('states the true row counts in its README', () => {
    const readme = readFileSync(new URL('README.md', DIR), 'utf8');
    for (const t of SHOP_TABLES) expect(readme, t).toContain(`| \`${t}.csv.gz\` | ${shop[t].length.toLocaleString('en')} |`);
  });
});
