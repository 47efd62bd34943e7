import { describe, expect, it } from 'vitest';
import type { FileSniff } from '../../src/engine/protocol';
import { AUTO_TYPE, OTHER_DELIMITER, formFromOptions, optionsFromForm, sameOptions } from '../../src/ui/data/import-form';

const sniff: FileSniff = {
  file: 'orders.csv',
  size: 100,
  detected: { format: 'csv', csv: { encoding: 'euc-kr', delimiter: ';', header: true, quote: '"' } },
  columns: [{ name: 'id', type: 'BIGINT' }],
  previewRows: [],
};

describe('import options form', () => {
  it('prefills from the saved options, falling back to what the sniff detected', () => {
    const saved = formFromOptions({ format: 'csv', csv: { encoding: 'utf-8', delimiter: '\t', header: false, quote: '' } }, sniff);
    expect(saved).toMatchObject({ encoding: 'utf-8', delimiterChoice: '\t', header: false, quote: '' });
    const detected = formFromOptions({ format: 'csv' }, sniff);
    expect(detected).toMatchObject({ encoding: 'euc-kr', delimiterChoice: ';' });
  });

  it('round-trips an unusual delimiter through "other"', () => {
    const options = { format: 'csv' as const, csv: { encoding: 'utf-8' as const, delimiter: '^', header: true, quote: '"' } };
    const form = formFromOptions(options, null);
    expect(form.delimiterChoice).toBe(OTHER_DELIMITER);
    expect(form.otherDelimiter).toBe('^');
    expect(optionsFromForm(form)).toEqual(options);
  });

  it('keeps only real type overrides, dropping "auto"', () => {
    const form = formFromOptions({ format: 'csv' }, sniff);
    form.columnTypes = { id: 'VARCHAR', amount: AUTO_TYPE };
    expect(optionsFromForm(form).csv?.columnTypes).toEqual({ id: 'VARCHAR' });
    form.columnTypes = { id: AUTO_TYPE };
    expect(optionsFromForm(form).csv).not.toHaveProperty('columnTypes');
  });

  it('keeps only the sub-options of the chosen format', () => {
    const form = formFromOptions({ format: 'csv' }, { ...sniff, sheets: ['고객', 'Orders'] });
    form.format = 'xlsx';
    expect(optionsFromForm(form)).toEqual({ format: 'xlsx', xlsx: { sheet: '고객', header: true } });
    form.format = 'parquet';
    expect(optionsFromForm(form)).toEqual({ format: 'parquet' });
  });

  it('compares options regardless of key order or empty overrides', () => {
    const a = { format: 'csv' as const, csv: { encoding: 'utf-8' as const, delimiter: ',', header: true, quote: '"', columnTypes: {} } };
    const b = { csv: { quote: '"', header: true, delimiter: ',', encoding: 'utf-8' as const }, format: 'csv' as const };
    expect(sameOptions(a, b)).toBe(true);
    expect(sameOptions(a, { ...b, csv: { ...b.csv, header: false } })).toBe(false);
  });
});
