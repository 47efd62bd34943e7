// "Suggest joins" starts from the customer table, even when it has a signup date.
import { describe, expect, it } from 'vitest';
import { defaultJoinSettings } from '../../../src/core/join/defaults';

const ORDERS = { table: 'orders', columns: [{ name: 'order_id', type: 'BIGINT' }, { name: 'customer_id', type: 'BIGINT' }, { name: 'ordered_at', type: 'TIMESTAMP' }, { name: 'amount_krw', type: 'BIGINT' }] };
const CUSTOMERS = { table: 'customers', columns: [{ name: 'customer_id', type: 'BIGINT' }, { name: 'signup_date', type: 'DATE' }, { name: 'region', type: 'VARCHAR' }] };

describe('suggested joins', () => {
  it('takes the customer table as the base although it has a signup date', () => {
    const settings = defaultJoinSettings([ORDERS, CUSTOMERS]);
    expect(settings.base).toBe(1);
    expect(settings.joins).toHaveLength(1);
    expect(settings.joins[0]).toMatchObject({ input: 0, keys: [{ left: 'customer_id', right: 'customer_id' }] });
    expect(settings.joins[0]!.aggregate).not.toBeNull(); // orders are summarised per customer first
  });

  it('does not take a table of timed events as the base', () => {
    const events = { table: 'events', columns: [{ name: 'customer_id', type: 'BIGINT' }, { name: 'occurred_at', type: 'TIMESTAMP' }] };
    expect(defaultJoinSettings([events, CUSTOMERS]).base).toBe(1);
  });
});
