// Cancellation unwinds the deep numeric loops with an exception that never leaves the engine:
// the public entry points catch it and return the 'kmeans.cancelled' problem as data.

import { problem, type KmeansProblem, type RunControl } from './types';

class CancelSignal extends Error {}

/** Rows between two cancel polls inside O(n k d) loops: frequent enough to stop within ~10 ms. */
export const CANCEL_STRIDE = 16_384;

export function throwIfCancelled(control: RunControl | undefined): void {
  if (control?.isCancelled?.()) throw new CancelSignal('kmeans cancelled');
}

/** Runs `body`; a cancel turns into the problem, anything else is rethrown (a bug, not user data). */
export function catchCancel<T>(body: () => T): { ok: true; value: T } | { ok: false; problem: KmeansProblem } {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (error instanceof CancelSignal) return problem('kmeans.cancelled');
    throw error;
  }
}
