import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/data';
import ko from '../../src/i18n/ko/data';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const uiDir = join(import.meta.dirname, '../../src/ui/data');

describe('data catalogue', () => {
  it('gives Korean text with the same placeholders for every English key', () => {
    for (const [key, text] of Object.entries(en)) {
      const korean = (ko as Record<string, string>)[key];
      expect(korean, key).toBeTruthy();
      expect(placeholders(korean!), key).toEqual(placeholders(text));
    }
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('has every data.* key the components use', () => {
    const used = new Set<string>();
    for (const file of readdirSync(uiDir).filter((f) => /\.(svelte|ts)$/.test(f))) {
      for (const m of readFileSync(join(uiDir, file), 'utf8').matchAll(/'(data\.[\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
