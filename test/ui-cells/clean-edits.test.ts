// The clean editor's edits: steps added on the columns earlier steps leave (a cast changes a
// type), moves and removals that keep the file valid, values typed as the column's type, and
// the report line each step shows.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { cleanSettingsSchema, MAX_CLEAN_STEPS, type CleanSettings } from '../../src/core/clean';
import {
  addStep, columnsAtStep, formatExcludeValues, moveStep, parseExcludeValues, parseFillValue, parseFormats, removeStep, replaceStep, reportByStep, reportLine, toggleColumn,
} from '../../src/ui/cells/clean/clean-edits';

const INPUT = { table: 'orders', columns: [{ name: 'customer_id', type: 'DOUBLE' }, { name: 'status', type: 'VARCHAR' }, { name: 'amount', type: 'BIGINT' }] };

describe('clean editor edits', () => {
  it('adds steps that fit the columns, and stays valid for the saved file', () => {
    let s: CleanSettings = { steps: [] };
    s = addStep(s, 'exclude', INPUT);
    s = addStep(s, 'trim', INPUT);
    expect(s.steps[0]).toMatchObject({ kind: 'exclude', column: 'customer_id' }); // first numeric column
    expect(s.steps[1]).toMatchObject({ kind: 'trim', columns: ['status'] }); // text columns only
    expect(v.safeParse(cleanSettingsSchema, s).success).toBe(true);
  });

  it('offers a later step the types the earlier steps leave', () => {
    const s: CleanSettings = { steps: [{ kind: 'cast', column: 'customer_id', to: 'VARCHAR', formats: [] }, { kind: 'dropNulls', columns: ['customer_id'] }] };
    expect(columnsAtStep(s, INPUT, 0).find((c) => c.name === 'customer_id')?.type).toBe('DOUBLE');
    expect(columnsAtStep(s, INPUT, 1).find((c) => c.name === 'customer_id')?.type).toBe('VARCHAR');
    // a trim added after the cast now sees customer_id as text
    expect(addStep(s, 'trim', INPUT).steps[2]).toMatchObject({ columns: ['customer_id', 'status'] });
  });

  it('falls back to the input columns when an earlier step is broken', () => {
    const s: CleanSettings = { steps: [{ kind: 'dropNulls', columns: ['gone'] }, { kind: 'dropNulls', columns: ['status'] }] };
    expect(columnsAtStep(s, INPUT, 1).map((c) => c.name)).toEqual(['customer_id', 'status', 'amount']);
  });

  it('moves, replaces and removes steps by index, refusing moves past the ends', () => {
    const s: CleanSettings = { steps: [{ kind: 'dropNulls', columns: ['a'] }, { kind: 'dropNulls', columns: ['b'] }, { kind: 'dropNulls', columns: ['c'] }] };
    const cols = (x: CleanSettings) => x.steps.map((st) => (st.kind === 'dropNulls' ? st.columns[0] : '?'));
    expect(cols(moveStep(s, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(cols(moveStep(s, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(moveStep(s, 0, -1)).toBe(s);
    expect(moveStep(s, 2, 1)).toBe(s);
    expect(cols(removeStep(s, 1))).toEqual(['a', 'c']);
    expect(cols(replaceStep(s, 2, { kind: 'dropNulls', columns: ['z'] }))).toEqual(['a', 'b', 'z']);
    expect(cols(s)).toEqual(['a', 'b', 'c']); // the input is untouched
  });

  it('stops adding at the cap the file allows', () => {
    const full: CleanSettings = { steps: Array.from({ length: MAX_CLEAN_STEPS }, () => ({ kind: 'dropNulls' as const, columns: ['status'] })) };
    expect(addStep(full, 'trim', INPUT)).toBe(full);
  });

  it('reads typed values as the column holds them', () => {
    expect(parseExcludeValues('cancelled, returned', 'VARCHAR')).toEqual(['cancelled', 'returned']);
    expect(parseExcludeValues("'a, b', c", 'VARCHAR')).toEqual(['a, b', 'c']);
    expect(parseExcludeValues('0, -1, x', 'BIGINT')).toEqual([0, -1, 'x']);
    expect(parseExcludeValues('10', 'VARCHAR')).toEqual(['10']); // a text column keeps text
    expect(parseExcludeValues(formatExcludeValues(['a, b', 'c']), 'VARCHAR')).toEqual(['a, b', 'c']);
    expect(parseFillValue('3.5', 'DOUBLE')).toBe(3.5);
    expect(parseFillValue('', 'DOUBLE')).toBe('');
    expect(parseFillValue('TRUE', 'BOOLEAN')).toBe(true);
    expect(parseFillValue('12', 'VARCHAR')).toBe('12');
    expect(parseFormats(' %Y-%m-%d ,, %d/%m/%Y')).toEqual(['%Y-%m-%d', '%d/%m/%Y']);
  });

  it('ticks columns in the input order and keeps unknown ones', () => {
    expect(toggleColumn(['c'], 'a', true, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggleColumn(['a', 'gone'], 'a', false, ['a', 'b'])).toEqual(['gone']);
  });

  it('turns report rows into a line per step', () => {
    const rows = [
      { step_index: 1, kind: 'cast', rows_before: 10, rows_after: 10, rows_removed: 0, values_changed: null, cast_failures: 3 },
      { step_index: 0, kind: 'exclude', rows_before: 12, rows_after: 10, rows_removed: 2, values_changed: null, cast_failures: null },
    ];
    const byStep = reportByStep(rows);
    expect(byStep.get(0)).toEqual({ rowsBefore: 12, rowsAfter: 10, rowsRemoved: 2, valuesChanged: null, castFailures: null });
    expect(reportLine({ kind: 'exclude', column: 'status', match: { kind: 'values', values: ['x'] }, ignoreCase: true }, byStep.get(0)!)).toEqual({ key: 'clean.report.exclude', params: { rows: 2, column: 'status' } });
    expect(reportLine({ kind: 'cast', column: 'id', to: 'BIGINT', formats: [] }, byStep.get(1)!)).toEqual({ key: 'clean.report.castFailed', params: { column: 'id', to: 'BIGINT', count: 3 } });
    expect(reportLine({ kind: 'cast', column: 'id', to: 'BIGINT', formats: [] }, { ...byStep.get(1)!, castFailures: 0 }).key).toBe('clean.report.castOk');
    expect(reportByStep(undefined).size).toBe(0);
  });
});
