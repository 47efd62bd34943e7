// Lives under test/state because that is the app helper's test folder; it checks src/i18n.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogues', () => {
  it('Korean uses the same {placeholders} as English for every key', () => {
    const mismatched = Object.keys(en)
      .filter((key) => placeholders(en[key as keyof typeof en]).join() !== placeholders(ko[key as keyof typeof ko]).join());
    expect(mismatched).toEqual([]);
  });

  it('has no empty or untranslated-looking Korean text for sentences', () => {
    const empty = Object.entries(ko).filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
    // Sentences (with spaces) identical to English were probably not translated. Not sentences:
    // separators without letters, and example values as they appear in the data.
    const DATA_EXAMPLES = new Set(['clean.exclude.valuesHint']);
    const same = Object.keys(en).filter((key) => {
      const text = en[key as keyof typeof en];
      if (!/\p{L}/u.test(text) || DATA_EXAMPLES.has(key)) return false;
      return text.includes(' ') && !/^DuckDB|^\{/.test(text) && text === ko[key as keyof typeof ko];
    });
    expect(same).toEqual([]);
  });

  it('error messages that name a file interpolate it', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('errors.file.') && k !== 'errors.file.fetch')) {
      expect(en[key as keyof typeof en], key).toContain('{file}');
    }
  });
});
