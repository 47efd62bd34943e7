import { afterEach, describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../src/core/format';

const header = '"format": "segbook.workbook", "version": 1, "title": "t", "locale": "en"';

afterEach(() => {
  // If a test polluted the prototype, remove it so later tests are not affected.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('hostile workbook files', () => {
  it.each([
    `{${header}, "__proto__": {"polluted": "yes"}, "cells": [], "sources": []}`,
    `{${header}, "cells": [{"id": "c1", "kind": "sql", "name": "q", "inputs": [], "settings": {"sql": "", "__proto__": {"polluted": 1}}}], "sources": []}`,
    `{${header}, "cells": [], "sources": [], "data": {"__proto__": {"polluted": 1}}}`,
    `{${header}, "cells": [], "sources": [{"id": "s1", "fileName": "f", "options": {"format": "csv", "csv": {"encoding": "utf-8", "delimiter": ",", "header": true, "quote": "", "columnTypes": {"__proto__": {"polluted": 1}}}}}]}`,
    `{"format": "segbook.workbook", "version": 0, "title": "t", "cells": [{"id": "c1", "type": "source", "name": "s", "inputs": [], "settings": {"fileName": "f", "options": {"format": "csv"}, "__proto__": {"polluted": 1}}}]}`,
  ])('rejects a __proto__ key without polluting Object.prototype (%#)', (text) => {
    const result = parseWorkbook(text, 'evil.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('workbook.invalid');
      expect(String(result.error.params.path)).toMatch(/__proto__/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('never throws on garbage, deep nesting or odd values', () => {
    const inputs = [
      '{'.repeat(100_000),
      '['.repeat(200_000) + ']'.repeat(200_000),
      `{${header}, "cells": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "sources": []}`,
      `{${header}, "cells": [null, 1, "x"], "sources": {}}`,
      `{${header}, "cells": [{"id": "c1", "kind": "sql", "name": "q", "inputs": [], "settings": {"sql": "x"}}], "sources": [], "data": {"s1": {"encoding": "csv.gz", "base64": "!!"}}}`,
      '{"format": "segbook.workbook", "version": 1e400}',
      '{"format": "segbook.workbook", "version": -1}',
      '{"format": "segbook.workbook", "version": 0, "cells": "nope"}',
      '{"format": "segbook.workbook", "version": 0, "cells": [{"type": "source", "settings": 3}]}',
      '\u0000\uFFFF',
    ];
    for (const text of inputs) {
      const result = parseWorkbook(text, 'x.json');
      expect(result.ok, text.slice(0, 60)).toBe(false);
    }
  });

  it('rejects a workbook whose cell names try SQL injection', () => {
    const text = `{${header}, "cells": [{"id": "c1", "kind": "sql", "name": "x\\"; DROP TABLE y; --", "inputs": [], "settings": {"sql": "SELECT 1"}}], "sources": []}`;
    const result = parseWorkbook(text, 'x.json');
    expect(!result.ok && result.error.params.path).toBe('cells[0].name');
  });
});
