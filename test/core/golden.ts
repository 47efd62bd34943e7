// Golden files: the expected output lives beside the test. A missing golden
// fails; a mismatch fails and writes `<name>-changed<ext>` beside the golden
// so the difference can be reviewed and, if right, moved into place.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

function changedPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? `${path.slice(0, dot)}-changed${path.slice(dot)}` : `${path}-changed`;
}

export function expectGolden(path: string, actual: string): void {
  const changed = changedPath(path);
  if (!existsSync(path)) {
    writeFileSync(changed, actual);
    expect.fail(`missing golden ${path}; wrote ${changed}`);
  }
  const golden = readFileSync(path, 'utf8');
  if (golden !== actual) {
    writeFileSync(changed, actual);
    expect(actual, `golden mismatch, wrote ${changed}`).toBe(golden);
  } else if (existsSync(changed)) {
    rmSync(changed);
  }
}
