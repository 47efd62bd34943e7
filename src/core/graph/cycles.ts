// Cells that depend on themselves, through any number of steps (Tarjan's strongly
// connected components); each gets the shortest loop through it, written with names.

import type { CellId } from '../workbook/types';
import type { Structure } from './structure';

const MAX_SHOWN = 12;

/** Cell id -> "a → b → a" (data flows along the arrows), for every cell on a cycle. */
export function findCycles(s: Structure): Map<CellId, string> {
  const result = new Map<CellId, string>();
  for (const component of stronglyConnected(s)) {
    const members = new Set(component);
    const only = component[0] as CellId;
    const selfLoop = component.length === 1 && (s.parents.get(only) ?? []).includes(only);
    if (component.length === 1 && !selfLoop) continue;
    for (const id of component) {
      const names = shortestLoop(s, id, members).map((c) => s.names.get(c) ?? c);
      // A message, not a dump: long loops keep their first steps and the way back.
      const shown = names.length > MAX_SHOWN ? [...names.slice(0, MAX_SHOWN - 2), '…', names[0] as string] : names;
      result.set(id, shown.join(' → '));
    }
  }
  return result;
}

/** Breadth-first from `start` along child edges inside the component back to `start`. */
function shortestLoop(s: Structure, start: CellId, members: Set<CellId>): CellId[] {
  const previous = new Map<CellId, CellId>();
  const queue: CellId[] = [start];
  while (queue.length > 0) {
    const id = queue.shift() as CellId;
    for (const child of s.children.get(id) ?? []) {
      if (!members.has(child)) continue;
      if (child === start) {
        const path = [start];
        for (let at: CellId | undefined = id; at !== undefined && at !== start; at = previous.get(at)) path.unshift(at);
        path.unshift(start);
        return path;
      }
      if (!previous.has(child)) {
        previous.set(child, id);
        queue.push(child);
      }
    }
  }
  return [start, start];
}

/** Iterative Tarjan, so a long chain of cells cannot overflow the stack. */
function stronglyConnected(s: Structure): CellId[][] {
  const index = new Map<CellId, number>();
  const low = new Map<CellId, number>();
  const onStack = new Set<CellId>();
  const stack: CellId[] = [];
  const components: CellId[][] = [];
  let counter = 0;
  for (const root of s.position.keys()) {
    if (index.has(root)) continue;
    const work: { id: CellId; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: CellId; next: number };
      const kids = s.children.get(frame.id) ?? [];
      if (frame.next < kids.length) {
        const child = kids[frame.next++] as CellId;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ id: child, next: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(child) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: CellId[] = [];
        let member: CellId;
        do {
          member = stack.pop() as CellId;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component.sort((a, b) => (s.position.get(a) ?? 0) - (s.position.get(b) ?? 0)));
      }
    }
  }
  return components;
}
