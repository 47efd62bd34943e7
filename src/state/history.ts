// Undo/redo over immutable snapshots. Pure: every function returns a new History.
// Rapid edits carrying the same coalesce key (typing in one editor) fold into one step.

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last recorded edit, for coalescing. */
  lastKey: string | null;
  lastAt: number;
}

export const HISTORY_CAP = 200;
/** Edits with the same key closer than this are one undo step. */
export const COALESCE_MS = 1000;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/**
 * Record `next` as the new present. With a coalesce key equal to the previous edit's,
 * made within COALESCE_MS, the present is replaced without a new undo step.
 */
export function record<T>(h: History<T>, next: T, coalesceKey: string | null = null, now = Date.now()): History<T> {
  const coalesce = coalesceKey !== null && coalesceKey === h.lastKey && now - h.lastAt < COALESCE_MS;
  if (coalesce) return { ...h, present: next, future: [], lastAt: now };
  const past = [...h.past, h.present];
  if (past.length > HISTORY_CAP) past.splice(0, past.length - HISTORY_CAP);
  return { past, present: next, future: [], lastKey: coalesceKey, lastAt: now };
}

/** Replace the present without an undo step (derived data such as a source fingerprint). */
export function amend<T>(h: History<T>, next: T): History<T> {
  return { ...h, present: next };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (h.past.length === 0 || previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], lastKey: null, lastAt: 0 };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (h.future.length === 0 || next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1), lastKey: null, lastAt: 0 };
}
