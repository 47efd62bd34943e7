import { describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE, ROLES, normalizeName, proposeRoles, type Role } from '../../../src/core/roles';
import { TABLES, type HeaderCase } from './headers';

const columnsOf = (cases: HeaderCase[]) => cases.map(({ name, type }) => ({ name, type }));
const samplesOf = (cases: HeaderCase[]) => cases.filter((c) => c.sample).map((c) => ({ name: c.name, values: c.sample! }));

describe('proposeRoles on real headers', () => {
  it('covers about forty headers in Korean and English', () => {
    expect(TABLES.flatMap((t) => t.columns).length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLES)('$table', ({ columns }) => {
    const { roles } = proposeRoles(columnsOf(columns), samplesOf(columns));
    for (const header of columns) {
      const assigned = ROLES.filter((role) => roles[role]?.column === header.name);
      expect(assigned, header.name).toEqual(header.role === null ? [] : [header.role]);
    }
    const expected = new Set(columns.map((c) => c.role));
    for (const role of ROLES) if (!expected.has(role)) expect(roles[role], role).toBeNull();
    for (const match of Object.values(roles)) if (match) expect(match.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('does not depend on column order', () => {
    for (const { columns } of TABLES) {
      const forward = proposeRoles(columnsOf(columns), samplesOf(columns)).roles;
      const backward = proposeRoles(columnsOf([...columns].reverse()), samplesOf(columns)).roles;
      expect(backward).toEqual(forward);
    }
  });
});

describe('types and samples', () => {
  const propose = (type: string, sample?: unknown[], name = 'amount') =>
    proposeRoles([{ name, type }], sample && [{ name, values: sample }]);

  it('refuses a text "amount" whose values are not numbers', () => {
    const p = propose('VARCHAR', ['high', 'low', 'medium']);
    expect(p.roles.amount).toBeNull();
    expect(p.rejected).toEqual([{ code: 'notNumbers', params: { role: 'amount', column: 'amount', type: 'VARCHAR' } }]);
  });

  it('accepts a text "amount" of formatted numbers, less surely than a numeric one', () => {
    const text = propose('VARCHAR', ['12,000', '₩8,500', '3000원', null]).roles.amount!;
    const numeric = propose('BIGINT').roles.amount!;
    expect(text.reason.code).toBe('textNumbers');
    expect(text.confidence).toBeLessThan(numeric.confidence);
    expect(text.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('refuses a text "amount" with no sample to check, saying so', () => {
    const p = propose('VARCHAR');
    expect(p.roles.amount).toBeNull();
    expect(p.rejected.map((r) => r.code)).toEqual(['textUnchecked']);
  });

  it('refuses types that cannot hold the role', () => {
    expect(propose('BOOLEAN', undefined, 'Revenue').rejected.map((r) => [r.params.role, r.code])).toEqual([['amount', 'wrongType']]);
    expect(propose('DATE', undefined, 'customer_id').roles.customerId).toBeNull();
    expect(propose('DOUBLE', undefined, 'category').roles.category).toBeNull();
    expect(propose('TIMESTAMP WITH TIME ZONE', undefined, 'quantity').roles.quantity).toBeNull();
  });

  it('takes dates stored as text or as YYYYMMDD integers only when the sample shows dates', () => {
    expect(propose('VARCHAR', ['2024-01-05', '2024/02/29'], '주문일자').roles.timestamp?.reason.code).toBe('textDates');
    expect(propose('VARCHAR', ['2024년 1월 5일'], '주문일자').roles.timestamp?.reason.code).toBe('textDates');
    expect(propose('VARCHAR', ['Feb', 'Mar'], 'date').rejected.map((r) => r.code)).toEqual(['notDates']);
    expect(propose('VARCHAR', ['2023-02-29'], 'date').roles.timestamp).toBeNull(); // not a calendar date
    expect(propose('BIGINT', [19970101, 19971231], 'date').roles.timestamp?.reason.code).toBe('compactDates');
    expect(propose('BIGINT', [1, 2, 3], 'date').rejected.map((r) => r.code)).toEqual(['notDates']);
    expect(propose('BIGINT', undefined, 'date').rejected.map((r) => r.code)).toEqual(['wrongType']);
  });

  it('takes the only date/time column as the timestamp when no header names one', () => {
    const p = proposeRoles([{ name: 'id', type: 'BIGINT' }, { name: 'x', type: 'TIMESTAMP' }, { name: 'y', type: 'DOUBLE' }]);
    expect(p.roles.timestamp).toMatchObject({ column: 'x', reason: { code: 'onlyTemporal' } });
    const two = proposeRoles([{ name: 'x', type: 'TIMESTAMP' }, { name: 'y', type: 'DATE' }]);
    expect(two.roles.timestamp).toBeNull();
  });
});

describe('conflicts', () => {
  const rolesOf = (columns: [string, string][]) => {
    const { roles } = proposeRoles(columns.map(([name, type]) => ({ name, type })));
    return Object.fromEntries(ROLES.filter((r) => roles[r]).map((r) => [r, roles[r]!.column])) as Partial<Record<Role, string>>;
  };

  it('gives "TotalPrice" to amount and "UnitPrice" to price', () => {
    expect(rolesOf([['TotalPrice', 'DOUBLE'], ['UnitPrice', 'DOUBLE']])).toEqual({ amount: 'TotalPrice', price: 'UnitPrice' });
    expect(rolesOf([['UnitPrice', 'DOUBLE'], ['TotalPrice', 'DOUBLE']])).toEqual({ amount: 'TotalPrice', price: 'UnitPrice' });
  });

  it('gives a column to one role only, keeping it as a candidate of the others', () => {
    const p = proposeRoles([{ name: 'TotalPrice', type: 'DOUBLE' }]);
    expect(p.roles.amount?.column).toBe('TotalPrice');
    expect(p.roles.price).toBeNull();
    expect(p.candidates.price.map((m) => m.column)).toEqual(['TotalPrice']);
  });

  it('prefers the exact name over a similar one, and the leftmost of equals', () => {
    expect(rolesOf([['signup_date', 'DATE'], ['ordered_at', 'TIMESTAMP']])).toEqual({ timestamp: 'ordered_at' });
    expect(rolesOf([['date', 'DATE'], ['time', 'TIMESTAMP']])).toEqual({ timestamp: 'date' });
    expect(rolesOf([['amount', 'DOUBLE'], ['amount_usd_converted', 'DOUBLE']])).toEqual({ amount: 'amount' });
  });

  it('lists candidates best first', () => {
    const p = proposeRoles([{ name: 'signup_date', type: 'DATE' }, { name: 'ordered_at', type: 'TIMESTAMP' }]);
    expect(p.candidates.timestamp.map((m) => m.column)).toEqual(['ordered_at', 'signup_date']);
  });

  it('does not read "event_time", "event_id" or "payment_method" as the role their first word names', () => {
    expect(rolesOf([['event_time', 'TIMESTAMP'], ['event_id', 'BIGINT'], ['payment_method', 'VARCHAR']])).toEqual({ timestamp: 'event_time' });
  });
});

describe('normalizeName', () => {
  it.each([
    ['Customer ID', 'customerid'],
    ['customer_id', 'customerid'],
    ['CUSTOMER-ID', 'customerid'],
    ['amount_krw', 'amount'],
    ['Amount (KRW)', 'amount'],
    ['결제금액(원)', '결제금액'],
    ['회원', '회원'],
    ['고객 ID', '고객id'],
    ['ＣｕｓｔｏｍｅｒＩＤ', 'customerid'],
  ])('%s -> %s', (name, normalized) => expect(normalizeName(name)).toBe(normalized));
});
