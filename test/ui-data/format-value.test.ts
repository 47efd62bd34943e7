import { describe, expect, it, test } from 'vitest';
import { MAX_CELL_TEXT, MAX_TITLE_TEXT, createValueFormatter, displayType, isIdentifierColumn, isNumericType } from '../../src/ui/data/format-value';

const format = createValueFormatter('en');

describe('formatting grid values', () => {
  it('shows NULL distinctly, and not for empty strings or zero', () => {
    expect(format(null, 'VARCHAR')).toMatchObject({ text: 'NULL', kind: 'null' });
    expect(format(undefined, 'BIGINT').kind).toBe('null');
    expect(format('', 'VARCHAR')).toMatchObject({ text: '', kind: 'text' });
    expect(format(0, 'BIGINT')).toMatchObject({ text: '0', kind: 'number' });
  });

  it('groups numbers and keeps full precision in the tooltip', () => {
    const value = format(1234567.891234, 'DOUBLE');
    expect(value.text).toBe('1,234,567.8912');
    expect(value.title).toBe('1234567.891234');
    expect(format(42, 'INTEGER').title).toBe(''); // nothing hidden, no tooltip
  });

  it('keeps small and huge doubles readable instead of rounding them to 0', () => {
    expect(format(0.000012345, 'DOUBLE').text).toBe('1.235E-5');
    expect(format(0.5, 'DOUBLE').text).toBe('0.5');
    expect(format(0.012345, 'DOUBLE').text).toBe('0.01235');
    expect(format(Number.NaN, 'DOUBLE').text).toBe('NaN');
  });

  it('groups integers beyond 2^53 that arrive as strings or BigInt without losing digits', () => {
    const big = format('12345678901234567890', 'HUGEINT');
    expect(big).toMatchObject({ text: '12,345,678,901,234,567,890', kind: 'number', title: '12345678901234567890' });
    expect(format(-9007199254740993n, 'BIGINT').text).toBe('-9,007,199,254,740,993');
    expect(format('123456789.125', 'DECIMAL(18,3)').text).toBe('123,456,789.125');
    expect(format('not a number', 'BIGINT').text).toBe('not a number');
  });

  it('formats dates and timestamps from ISO strings without a time-zone shift', () => {
    expect(format('2011-12-09T00:00:00.000Z', 'DATE')).toMatchObject({ text: '2011-12-09', kind: 'temporal' });
    expect(format('2011-12-09', 'DATE').text).toBe('2011-12-09');
    expect(format('2011-12-09T23:59:30.000Z', 'TIMESTAMP').text).toBe('2011-12-09 23:59:30');
    expect(format('2011-12-09T23:59:30.250Z', 'TIMESTAMP').text).toBe('2011-12-09 23:59:30.25');
    // decodeRows leaves naive timestamps without a zone
    expect(format('2011-12-09T08:26:00.000', 'TIMESTAMP')).toMatchObject({ text: '2011-12-09 08:26:00', title: '2011-12-09T08:26:00.000' });
    expect(format('08:30:00', 'TIME')).toMatchObject({ text: '08:30:00', kind: 'temporal' });
    expect(format(new Date(Date.UTC(2020, 1, 29, 8, 5, 0)), 'TIMESTAMP').text).toBe('2020-02-29 08:05:00');
  });

  it('cuts very long text but keeps it in the tooltip', () => {
    const long = 'x'.repeat(MAX_CELL_TEXT * 3);
    const value = format(long, 'VARCHAR');
    expect(value.text.length).toBe(MAX_CELL_TEXT + 1);
    expect(value.text.endsWith('…')).toBe(true);
    expect(value.title).toBe(long);
    const huge = format('y'.repeat(MAX_TITLE_TEXT * 2), 'VARCHAR');
    expect(huge.title.length).toBe(MAX_TITLE_TEXT + 1);
  });

  it('renders booleans, lists and structs as text', () => {
    expect(format(true, 'BOOLEAN')).toMatchObject({ text: 'true', kind: 'boolean' });
    expect(format([1, 2], 'INTEGER[]').text).toBe('[1,2]');
    expect(format({ a: 1n }, 'STRUCT(a HUGEINT)').text).toBe('{"a":"1"}');
  });

  it('follows the locale', () => {
    expect(createValueFormatter('de').call(null, 1234.5, 'DOUBLE').text).toBe('1.234,5');
  });
});

describe('isNumericType', () => {
  it('knows DuckDB numeric type names, with parameters', () => {
    for (const type of ['BIGINT', 'DOUBLE', 'DECIMAL(18,3)', 'hugeint', 'UBIGINT', 'FLOAT']) {
      expect(isNumericType(type)).toBe(true);
    }
    for (const type of ['VARCHAR', 'DATE', 'INTERVAL', 'BIGINT[]', 'STRUCT(a BIGINT)', 'BOOLEAN']) {
      expect(isNumericType(type)).toBe(false);
    }
  });
});

describe('identifier columns', () => {
  const format = createValueFormatter('en-US');
  test.each([
    ['CustomerID', true], ['customer_id', true], ['id', true], ['orderId', true], ['회원번호', true], ['고객ID', true],
    ['paid', false], ['valid', false], ['amount', false], ['ideal_count', false],
  ])('%s is an identifier: %s', (name, expected) => {
    expect(isIdentifierColumn(name)).toBe(expected);
  });
  test('identifier integers are not grouped, other integers are', () => {
    expect(format(17850, displayType({ name: 'customer_id', type: 'INTEGER' })).text).toBe('17850');
    expect(format(17850, displayType({ name: 'orders', type: 'INTEGER' })).text).toBe('17,850');
    expect(displayType({ name: 'customer_id', type: 'VARCHAR' })).toBe('VARCHAR');
  });
});
