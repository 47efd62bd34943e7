import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTableReferences } from '../../src/core/sql/references';
import { parseWorkbook } from '../../src/core/format';

describe.each(['demo.segbook.json', 'demo.ko.segbook.json'])('public/demo/%s', (file) => {
  const text = readFileSync(new URL(`../../public/demo/${file}`, import.meta.url), 'utf8');
  const parsed = parseWorkbook(text, file);

  it('parses as a workbook', () => {
    expect(parsed.ok ? null : parsed.error).toBeNull();
  });

  it('declares as inputs exactly the cells its SQL reads', () => {
    if (!parsed.ok) return;
    const byName = new Map(parsed.workbook.cells.map((c) => [c.name.toLowerCase(), c.id]));
    for (const cell of parsed.workbook.cells) {
      if (cell.kind !== 'sql') continue;
      const names = findTableReferences(cell.settings.sql).names.map((n) => byName.get(n.toLowerCase()));
      expect(names.every((id) => id !== undefined), cell.name).toBe(true);
      expect([...cell.inputs].sort(), cell.name).toEqual([...new Set(names)].sort());
    }
  });

  it('fetches its data only from the same origin and credits the dataset', () => {
    if (!parsed.ok) return;
    for (const source of parsed.workbook.sources) expect(source.url).toMatch(/^data\//);
    const intro = parsed.workbook.cells.find((c) => c.kind === 'markdown');
    expect(intro?.kind === 'markdown' && intro.settings.text).toMatch(/UCI.*Chen.*2015|Chen \(2015\)/s);
    expect(intro?.kind === 'markdown' && intro.settings.text).toContain('CC BY 4.0');
  });
});
