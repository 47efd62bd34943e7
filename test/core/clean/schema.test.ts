import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CLEAN_STEP_KINDS, cleanSettingsSchema, compileClean, defaultCleanSettings, defaultCleanStep, type CleanStep } from '../../../src/core/clean';
import { CLEAN_CASES } from './cases';
import { COLUMNS } from './dataset';

const accepts = (input: unknown) => v.safeParse(cleanSettingsSchema, input).success;
const COLS = Object.entries(COLUMNS).map(([name, type]) => ({ name, type }));
const cast: CleanStep = { kind: 'cast', column: 'a', to: 'DOUBLE', formats: [] };

describe('cleanSettingsSchema', () => {
  it('accepts the defaults and every test case unchanged', () => {
    expect(v.parse(cleanSettingsSchema, defaultCleanSettings())).toEqual({ steps: [] });
    for (const { steps } of CLEAN_CASES) expect(v.parse(cleanSettingsSchema, { steps })).toEqual({ steps });
  });

  it('saves keys in the schema order', () => {
    const parsed = v.parse(cleanSettingsSchema, { steps: [{ formats: [], to: 'DATE', column: 'd', kind: 'cast' }] });
    expect(JSON.stringify(parsed)).toBe('{"steps":[{"kind":"cast","column":"d","to":"DATE","formats":[]}]}');
  });

  it.each<[string, unknown]>([
    ['an unknown key', { steps: [{ ...cast, extra: 1 }] }],
    ['an unknown step kind', { steps: [{ kind: 'explode', column: 'a' }] }],
    ['a cast to an unlisted type', { steps: [{ ...cast, to: 'HUGEINT' }] }],
    ['an empty column name', { steps: [{ ...cast, column: '' }] }],
    ['a missing field', { steps: [{ kind: 'trim', columns: ['a'], collapseSpaces: true }] }],
    ['too many steps', { steps: Array.from({ length: 51 }, () => cast) }],
    ['too many formats', { steps: [{ ...cast, formats: Array.from({ length: 9 }, () => '%Y') }] }],
    ['too long a format', { steps: [{ ...cast, formats: ['%Y'.repeat(60)] }] }],
    ['a percentile that is not finite', { steps: [{ kind: 'cap', column: 'a', percentile: Infinity, sides: 'both' }] }],
    ['a null fill value', { steps: [{ kind: 'fillNulls', column: 'a', fill: { kind: 'constant', value: null } }] }],
    ['a mean fill carrying a value', { steps: [{ kind: 'fillNulls', column: 'a', fill: { kind: 'mean', value: 1 } }] }],
    ['too many exclude values', { steps: [{ kind: 'exclude', column: 'a', match: { kind: 'values', values: Array.from({ length: 10_001 }, (_, i) => i) }, ignoreCase: false }] }],
    ['a dedupe order without a direction', { steps: [{ kind: 'dedupe', keys: ['a'], orderBy: { column: 'b' } }] }],
  ])('refuses %s', (_, input) => {
    expect(accepts(input)).toBe(false);
  });
});

describe('defaults', () => {
  it('casts a DOUBLE customer id and drops rows without one (Online Retail)', () => {
    const columns = [
      { name: 'InvoiceNo', type: 'VARCHAR' },
      { name: 'Quantity', type: 'BIGINT' },
      { name: 'CustomerID', type: 'DOUBLE' },
    ];
    expect(defaultCleanSettings(columns)).toEqual({
      steps: [
        { kind: 'cast', column: 'CustomerID', to: 'BIGINT', formats: [] },
        { kind: 'dropNulls', columns: ['CustomerID'] },
      ],
    });
  });

  it('only drops rows without an id that is already an integer, and does nothing without one', () => {
    expect(defaultCleanSettings([{ name: '회원번호', type: 'BIGINT' }])).toEqual({ steps: [{ kind: 'dropNulls', columns: ['회원번호'] }] });
    expect(defaultCleanSettings([{ name: 'amount', type: 'DOUBLE' }])).toEqual({ steps: [] });
  });

  it.each(CLEAN_STEP_KINDS)('a new %s step is valid and compiles on a typical table', (kind) => {
    const step = defaultCleanStep(kind, COLS);
    expect(step.kind).toBe(kind);
    expect(accepts({ steps: [step] })).toBe(true);
    expect(compileClean({ steps: [step] }, { table: 't', columns: COLS })).toHaveProperty('sql');
  });
});
