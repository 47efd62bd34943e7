import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { proposeRoles, rebindRoles, roleMapOf, roleMapSchema, type RoleMap } from '../../../src/core/roles';

const columns = (spec: string) => spec.split(',').map((pair) => {
  const [name, type] = pair.split(':');
  return { name: name!.trim(), type: type!.trim() };
});

const DECEMBER = columns('InvoiceNo:VARCHAR, Quantity:BIGINT, InvoiceDate:TIMESTAMP, UnitPrice:DOUBLE, CustomerID:DOUBLE, Country:VARCHAR');
const SAVED: RoleMap = roleMapOf(proposeRoles(DECEMBER).roles);

describe('rebindRoles', () => {
  it('starts from what proposeRoles gave December', () => {
    expect(SAVED).toEqual({ customerId: 'CustomerID', orderId: 'InvoiceNo', timestamp: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' });
  });

  it('keeps every column that still exists, with no changes', () => {
    const result = rebindRoles(SAVED, DECEMBER);
    expect(result.changes).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.bound).toMatchObject(SAVED);
    expect(result.bound.amount).toBeUndefined();
  });

  it('follows case and separator changes, then renames, and names what is gone', () => {
    const january = columns('invoice_number:VARCHAR, QUANTITY:BIGINT, Invoice Date:TIMESTAMP, customer_id:BIGINT, Country:VARCHAR');
    const result = rebindRoles(SAVED, january);
    expect(result.bound).toMatchObject({ orderId: 'invoice_number', quantity: 'QUANTITY', timestamp: 'Invoice Date', customerId: 'customer_id' });
    expect(result.changes).toEqual([
      { role: 'customerId', from: 'CustomerID', to: 'customer_id', how: 'sameName' },
      { role: 'orderId', from: 'InvoiceNo', to: 'invoice_number', how: 'proposed' },
      { role: 'timestamp', from: 'InvoiceDate', to: 'Invoice Date', how: 'sameName' },
      { role: 'quantity', from: 'Quantity', to: 'QUANTITY', how: 'sameName' },
    ]);
    expect(result.missing).toEqual(['price']);
  });

  it('re-binds a Korean export to its English successor', () => {
    const saved: RoleMap = { customerId: '회원번호', timestamp: '주문일시', amount: '결제금액' };
    const result = rebindRoles(saved, columns('member_no:BIGINT, paid_at:TIMESTAMP, payment_amount:BIGINT, memo:VARCHAR'));
    expect(result.bound).toMatchObject({ customerId: 'member_no', timestamp: 'paid_at', amount: 'payment_amount' });
    expect(result.changes.every((c) => c.how === 'proposed')).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('never proposes a column already kept for another role, nor roles the user left unset', () => {
    const saved: RoleMap = { amount: 'total', price: 'old_price' };
    const result = rebindRoles(saved, columns('total:DOUBLE, unit_price:DOUBLE, qty:BIGINT'));
    expect(result.bound).toMatchObject({ amount: 'total', price: 'unit_price' });
    expect(result.bound.quantity).toBeUndefined();
    const conflict = rebindRoles({ amount: 'total', price: 'gone' }, columns('total:DOUBLE'));
    expect(conflict.bound.price).toBeUndefined();
    expect(conflict.missing).toEqual(['price']);
  });

  it('refuses a replacement whose type cannot hold the role', () => {
    const result = rebindRoles({ amount: 'amount' }, columns('Amount Text:VARCHAR, note:VARCHAR'));
    expect(result.bound.amount).toBeUndefined();
    expect(result.missing).toEqual(['amount']);
  });
});

describe('roleMapSchema', () => {
  it('accepts a saved map and keeps it unchanged', () => {
    expect(v.parse(roleMapSchema, SAVED)).toEqual(SAVED);
  });

  it.each<[unknown, string]>([
    [{ customer: 'id' }, 'unknown role'],
    [{ amount: '' }, 'empty column name'],
    [{ amount: 'x'.repeat(1001) }, 'too long'],
    [{ amount: 'total', price: 'total' }, 'one column for two roles'],
    [{ amount: 3 }, 'not a string'],
  ])('refuses %j (%s)', (input) => {
    expect(v.safeParse(roleMapSchema, input).success).toBe(false);
  });
});
