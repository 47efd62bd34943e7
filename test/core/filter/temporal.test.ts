import { describe, expect, it } from 'vitest';
import { addDays, addMonths, epochToNaiveTimestamp, localDay, parseNaiveTemporal } from '../../../src/core/filter/temporal';

describe('naive dates', () => {
  it.each([
    ['2011-12-09', { date: '2011-12-09' }],
    ['2011/1/5', { date: '2011-01-05' }],
    ['2011.01.05 8:26', { date: '2011-01-05', time: '08:26:00' }],
    ['2011-01-05T08:26:01.123456', { date: '2011-01-05', time: '08:26:01.123456' }],
    ['2012-02-29', { date: '2012-02-29' }],
  ])('reads %s', (text, expected) => expect(parseNaiveTemporal(text)).toEqual(expected));

  it.each(['2011-02-29', '2011-13-01', '2011-00-10', '2011-01-01 24:00', '2011-01-01 10:60', '2011-01-01Z', '01/05/2011', 'yesterday', ''])(
    'refuses %s',
    (text) => expect(parseNaiveTemporal(text)).toBeNull(),
  );

  it('adds days across months, years and leap days', () => {
    expect(addDays('2011-12-31', 1)).toBe('2012-01-01');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(addDays('2011-12-10', -90)).toBe('2011-09-11');
  });

  it('adds months clamping to the last day, as DuckDB does', () => {
    expect(addMonths('2011-03-31', -1)).toBe('2011-02-28');
    expect(addMonths('2012-03-31', -1)).toBe('2012-02-29');
    expect(addMonths('2012-01-01', -3)).toBe('2011-10-01');
    expect(addMonths('2011-01-31', 13)).toBe('2012-02-29');
  });

  it('reads local days and times back from instants', () => {
    expect(localDay(new Date(2011, 11, 9, 23, 59))).toBe('2011-12-09');
    expect(localDay(new Date(2011, 11, 10, 0, 0))).toBe('2011-12-10');
    expect(epochToNaiveTimestamp(new Date(2011, 0, 2, 3, 4, 5, 6).getTime())).toBe('2011-01-02 03:04:05.006');
  });
});
