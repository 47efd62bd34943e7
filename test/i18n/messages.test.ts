import { describe, expect, it } from 'vitest';
import { segbookError } from '../../src/core/errors';
import { messagesFor } from '../../src/i18n/messages';

describe('messages', () => {
  const en = messagesFor('en');
  const ko = messagesFor('ko');

  it('names the file and line of a ragged CSV in both languages, with grouped numbers', () => {
    const error = segbookError('file.ragged', { file: '주문.csv', line: 12345, expected: 3, found: 2 });
    for (const m of [en, ko]) {
      const text = m.describeError(error);
      expect(text).toContain('주문.csv');
      expect(text).toContain('12,345');
      expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
    }
    expect(ko.describeError(error)).toMatch(/[가-힣]/);
  });

  it('falls back to the engine text as detail', () => {
    expect(en.describeError(segbookError('engine.sql', {}, 'Binder Error: no_such_column'))).toContain('no_such_column');
  });

  it('describes file differences with singular and plural forms', () => {
    const lines = en.describeDiffs([
      { kind: 'columnMissing', column: 'city' },
      { kind: 'columnAdded', column: 'a' },
      { kind: 'columnAdded', column: 'b' },
      { kind: 'rows', saved: 541909, actual: 600120 },
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/1 column missing: city/);
    expect(lines[1]).toMatch(/2 new columns: a, b/);
    expect(lines[2]).toMatch(/541,909 → 600,120/);
  });

  it('formats bytes and durations per locale', () => {
    expect(en.formatBytes(48_039_790)).toBe('48 MB');
    expect(en.formatBytes(999)).toBe('999 B');
    expect(en.formatDuration(1234)).toBe('1.23 s');
    expect(ko.formatDuration(125_000)).toBe('2분 5초');
    expect(messagesFor('en')).toBe(en); // cached: formatters are built once per locale
  });
});

describe('codes inside error params read as words', () => {
  it('names a column role and an expected kind in the reader’s language', () => {
    const en = messagesFor('en');
    const ko = messagesFor('ko');
    expect(en.describeError(segbookError('profile.columnUnset', { role: 'segmentId' }))).toBe('Choose the Segment id column.');
    expect(ko.describeError(segbookError('rfm.columnUnset', { role: 'timestamp' }))).toContain('주문 일시');
    expect(en.describeError(segbookError('clean.wrongType', { column: 'x', type: 'BOOLEAN', expected: 'number' }))).toContain('needs a number column');
    expect(en.describeError(segbookError('rfm.columnUnset', { role: 'nonsense' }))).toContain('nonsense');
  });
});
