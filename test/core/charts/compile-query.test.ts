// Exact SQL text of every case (golden files), and the properties of the text that matter
// regardless of layout: identifiers quoted, counts cast, sampling only where asked.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileChartQuery } from '../../../src/core/charts/compile-query';
import { compileExtentQuery } from '../../../src/core/charts/compile-extent';
import { chartSettingsProblem } from '../../../src/core/charts/plan';
import { expectGolden } from '../golden';
import { CHART_CASES } from './cases';
import { AMOUNT, GRADE, ITEMS, TABLE } from './dataset';

const golden = (name: string) => join(import.meta.dirname, 'golden', name);
// Fixed extents so the golden text does not depend on the generated data.
const binExtent = { [AMOUNT]: { min: -19.5, max: 998.25 }, [ITEMS]: { min: 1, max: 12 } };

describe('chart query text', () => {
  it.each(CHART_CASES)('$name', ({ name, settings }) => {
    expect(chartSettingsProblem(settings)).toBeNull();
    const extent = compileExtentQuery(settings, TABLE);
    const query = compileChartQuery(settings, TABLE, { binExtent, rowCount: 12_000, maxPoints: 5000 });
    const text = `-- extent\n${extent ? extent.sql : '(none)'}\n\n-- chart (${query.kind}, sampled: ${query.sampled})\n${query.sql}\n`;
    expectGolden(golden(`${name}.sql`), text);
  });

  it('quotes every identifier, whatever its characters', () => {
    const settings = CHART_CASES.find((c) => c.name === 'bar-sum-stacked-by-region')!.settings;
    const { sql } = compileChartQuery(settings, 'a"b; DROP TABLE x; --');
    expect(sql).toContain('FROM "a""b; DROP TABLE x; --"');
    expect(sql).toContain(`"${GRADE}"`);
    expect(sql).toContain('"amount ""KRW"""');
  });

  it('never returns a count or sum as an integer type', () => {
    for (const { settings } of CHART_CASES) {
      const { sql } = compileChartQuery(settings, TABLE, { binExtent, rowCount: 1 });
      for (const aggregate of sql.matchAll(/\b(count|sum)\((?:DISTINCT )?[^()]*\)/g)) {
        const before = sql.slice(Math.max(0, aggregate.index - 5), aggregate.index);
        const inWindowSort = before.includes('BY ') || sql.slice(aggregate.index - 1, aggregate.index + aggregate[0].length + 6).includes('OVER');
        expect(before.endsWith('CAST(') || inWindowSort, `${aggregate[0]} in ${sql}`).toBe(true);
      }
    }
  });

  it('samples raw marks only above maxPoints, and says whether it did', () => {
    const settings = CHART_CASES.find((c) => c.name === 'point-raw-scatter')!.settings;
    const below = compileChartQuery(settings, TABLE, { rowCount: 5000, maxPoints: 5000 });
    const above = compileChartQuery(settings, TABLE, { rowCount: 5001, maxPoints: 5000, seed: 7 });
    const unknown = compileChartQuery(settings, TABLE, { maxPoints: 5000 });
    expect([below.sampled, above.sampled, unknown.sampled]).toEqual([false, true, 'maybe']);
    expect(below.sql).not.toContain('USING SAMPLE');
    expect(above.sql).toContain('USING SAMPLE reservoir(5000 ROWS) REPEATABLE (7)');
    expect(unknown.sql).toContain('USING SAMPLE reservoir(5000 ROWS)');
  });

  it('describes each output column: channel, role, type and the input column it comes from', () => {
    const settings = CHART_CASES.find((c) => c.name === 'histogram-items-by-grade-20-bins')!.settings;
    const { fields } = compileChartQuery(settings, TABLE, { binExtent });
    expect(fields.map((f) => [f.column, f.channel, f.role, f.type, f.source])).toEqual([
      ['x', 'x', 'binStart', 'quantitative', ITEMS],
      ['x_end', 'x', 'binEnd', 'quantitative', ITEMS],
      ['color', 'color', 'group', 'nominal', GRADE],
      ['y', 'y', 'measure', 'quantitative', undefined],
    ]);
  });

  it('refuses to compile a binned chart without the extent of its field', () => {
    const settings = CHART_CASES.find((c) => c.name === 'histogram-amount')!.settings;
    expect(() => compileChartQuery(settings, TABLE)).toThrow(/extent/);
  });

  it('names what is missing in settings it cannot chart', () => {
    expect(chartSettingsProblem({ mark: 'bar', encodings: {} })?.code).toBe('chart.missingPosition');
    expect(chartSettingsProblem({ mark: 'bar', encodings: { x: { type: 'quantitative', aggregate: 'sum' } } })).toEqual({
      code: 'chart.missingField',
      params: { channel: 'x' },
    });
    expect(chartSettingsProblem({ mark: 'bar', encodings: { x: { field: GRADE, type: 'nominal', bin: true } } })?.code).toBe('chart.binNotQuantitative');
    expect(chartSettingsProblem({ mark: 'boxplot', encodings: { x: { field: GRADE, type: 'nominal' } } })?.code).toBe('chart.boxplotNeedsValue');
    expect(chartSettingsProblem({ mark: 'histogram', encodings: { y: { type: 'quantitative', aggregate: 'count' } } })?.code).toBe('chart.missingPosition');
    expect(chartSettingsProblem({ mark: 'arc', encodings: { y: { type: 'quantitative', aggregate: 'count' } } })?.code).toBe('chart.missingPosition');
  });
});
