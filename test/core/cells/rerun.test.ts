// When an edited cell reruns on its own (core/cells/inputs.ts, used by ui/cells/run-on-edit.ts): only when every input it reads is up
// to date; a join with one stale input waits for the user's run, which refreshes its inputs.
import { describe, expect, it } from 'vitest';
import { readyToRerun } from '../../../src/core/cells/inputs';

const fresh = (ids: string[]) => (id: string) => ids.includes(id);

describe('readyToRerun', () => {
  it('reruns a one-input cell whose input is fresh, not one whose input is stale', () => {
    expect(readyToRerun({ inputs: ['a'] }, fresh(['a']))).toBe(true);
    expect(readyToRerun({ inputs: ['a'] }, fresh([]))).toBe(false);
  });

  it('a join reruns only when all its inputs are fresh (the second one counts too)', () => {
    expect(readyToRerun({ inputs: ['a', 'b', 'c'] }, fresh(['a', 'b', 'c']))).toBe(true);
    expect(readyToRerun({ inputs: ['a', 'b', 'c'] }, fresh(['a', 'c']))).toBe(false);
    expect(readyToRerun({ inputs: ['a', 'b'] }, fresh(['b']))).toBe(false);
  });

  it('a cell with no input, or no cell, does not rerun', () => {
    expect(readyToRerun({ inputs: [] }, fresh(['a']))).toBe(false);
    expect(readyToRerun(undefined, fresh(['a']))).toBe(false);
  });
});
