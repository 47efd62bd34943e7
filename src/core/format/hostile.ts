// Checks on the raw parsed JSON before schema validation: keys that could
// reach an object's prototype when copied, and nesting far deeper than any
// workbook has. Iterative, so hostile depth cannot overflow the stack.

export const MAX_DEPTH = 32;

export interface RawProblem {
  path: (string | number)[];
  detail: string;
}

export function findHostileShape(root: unknown): RawProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) return { path, detail: `nested more than ${MAX_DEPTH} levels deep` };
    if (Array.isArray(value)) {
      // Pushed in reverse so problems are found in document order.
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.includes('__proto__')) return { path: [...path, '__proto__'], detail: 'forbidden key "__proto__"' };
    for (const key of keys.reverse()) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
  }
  return null;
}

/** cells[3].settings.sql; keys that are not plain words are bracketed: columnTypes["a b"]. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
