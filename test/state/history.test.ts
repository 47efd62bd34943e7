import { describe, expect, it } from 'vitest';
import { COALESCE_MS, HISTORY_CAP, createHistory, record, redo, undo } from '../../src/state/history';

describe('workbook history', () => {
  it('undoes and redoes one step at a time', () => {
    let h = createHistory('a');
    h = record(h, 'b', null, 0);
    h = record(h, 'c', null, 10);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('folds rapid edits in one editor into a single undo step', () => {
    let h = createHistory('');
    for (const [i, text] of ['S', 'SE', 'SEL', 'SELE'].entries()) h = record(h, text, 'sql:c1', 1000 + i * 100);
    expect(h.present).toBe('SELE');
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause or in another editor', () => {
    let h = createHistory('');
    h = record(h, 'a', 'sql:c1', 0);
    h = record(h, 'ab', 'sql:c1', COALESCE_MS + 1);
    h = record(h, 'x', 'sql:c2', COALESCE_MS + 2);
    expect(h.past).toEqual(['', 'a', 'ab']);
  });

  it('does not coalesce across an undo', () => {
    let h = createHistory('');
    h = record(h, 'a', 'k', 0);
    h = undo(h);
    h = record(h, 'b', 'k', 10);
    expect(h.past).toEqual(['']);
    expect(h.present).toBe('b');
  });

  it('a new edit clears the redo stack', () => {
    let h = record(record(createHistory(0), 1, null, 0), 2, null, 1);
    h = record(undo(h), 3, null, 2);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it(`keeps at most ${HISTORY_CAP} undo steps, dropping the oldest`, () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_CAP + 50; i++) h = record(h, i, null, i);
    expect(h.past).toHaveLength(HISTORY_CAP);
    expect(h.past[0]).toBe(50);
  });
});
