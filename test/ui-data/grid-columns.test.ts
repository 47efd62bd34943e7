import { describe, expect, it } from 'vitest';
import { MIN_COLUMN_WIDTH, defaultColumnWidth, rowNumberWidth } from '../../src/ui/data/grid-columns';

describe('starting column widths', () => {
  it('gives timestamps more room than numbers, and never less than the minimum', () => {
    const ts = defaultColumnWidth({ name: 't', type: 'TIMESTAMP' });
    const n = defaultColumnWidth({ name: 'n', type: 'BIGINT' });
    expect(ts).toBeGreaterThan(n);
    expect(n).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH);
  });

  it('widens for a long header but stays bounded', () => {
    const short = defaultColumnWidth({ name: 'id', type: 'VARCHAR' });
    const long = defaultColumnWidth({ name: 'customer_lifetime_value_estimate', type: 'VARCHAR' });
    const absurd = defaultColumnWidth({ name: 'x'.repeat(500), type: 'VARCHAR' });
    expect(long).toBeGreaterThan(short);
    expect(absurd).toBeLessThan(400);
  });

  it('sizes the row-number column for the largest number shown', () => {
    expect(rowNumberWidth('10,000,000')).toBeGreaterThan(rowNumberWidth('40'));
  });
});
