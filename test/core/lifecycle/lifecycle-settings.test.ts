// Settings schema, defaults from column roles, and the problems a user can fix.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  checkLifecycleSettings,
  compileLifecycle,
  compileLifecycleSummary,
  defaultLifecycleSettings,
  lifecycleSettingsSchema,
  reactivationGapDays,
  type LifecycleSettings,
} from '../../../src/core/segments/lifecycle';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';

const COLUMNS: ColumnInfo[] = [
  { name: '주문번호', type: 'VARCHAR' },
  { name: '회원번호', type: 'BIGINT' },
  { name: '주문일시', type: 'TIMESTAMP' },
  { name: '결제금액', type: 'BIGINT' },
];
const base = (): LifecycleSettings => defaultLifecycleSettings(COLUMNS);

describe('defaults', () => {
  it('are valid, with the usual thresholds, G following C, and bilingual labels', () => {
    const settings = base();
    expect(v.safeParse(lifecycleSettingsSchema, settings).success).toBe(true);
    expect(checkLifecycleSettings(settings, COLUMNS)).toBeNull();
    expect(settings.thresholds).toEqual({ newWithinDays: 30, atRiskAfterDays: 90, churnedAfterDays: 180, loyalMinOrders: 4, reactivationGapDays: null });
    expect(reactivationGapDays(settings.thresholds)).toBe(180);
    expect(reactivationGapDays({ ...settings.thresholds, churnedAfterDays: 365 })).toBe(365);
    expect(settings.labels.at_risk).toEqual({ en: 'At risk', ko: '이탈 위험' });
  });

  it('bind columns proposed from Korean and English names', () => {
    expect(base().columns).toEqual({ customer: '회원번호', timestamp: '주문일시', amount: '결제금액', order: '주문번호' });
    const cdnow = defaultLifecycleSettings([
      { name: 'customer_id', type: 'INTEGER' },
      { name: 'ordered_on', type: 'DATE' },
      { name: 'cds', type: 'INTEGER' },
    ]);
    expect(cdnow.columns).toEqual({ customer: 'customer_id', timestamp: 'ordered_on' });
  });

  it('give every call its own labels object', () => {
    const a = base();
    a.labels.new.en = 'Changed';
    expect(base().labels.new.en).toBe('New');
  });
});

describe('problems', () => {
  const problemOf = (patch: Partial<LifecycleSettings>, columns = COLUMNS) => checkLifecycleSettings({ ...base(), ...patch }, columns);

  it('report unset, missing and mistyped columns, naming the role', () => {
    const unknown: ColumnInfo[] = [{ name: 'x', type: 'VARCHAR' }];
    const unbound = defaultLifecycleSettings(unknown);
    expect(unbound.columns).toEqual({ customer: '', timestamp: '' });
    expect(checkLifecycleSettings(unbound, unknown)).toEqual({ code: 'lifecycle.columnUnset', params: { role: 'customer' } });
    expect(problemOf({ columns: { ...base().columns, customer: 'gone' } })).toEqual({ code: 'lifecycle.columnMissing', params: { role: 'customer', column: 'gone' } });
    expect(problemOf({ columns: { ...base().columns, timestamp: '주문번호' } })).toEqual({
      code: 'lifecycle.columnType',
      params: { role: 'timestamp', column: '주문번호', type: 'VARCHAR' },
    });
    expect(problemOf({ columns: { ...base().columns, amount: '주문번호' } })?.code).toBe('lifecycle.columnType');
    // an empty optional column is not bound
    expect(problemOf({ columns: { ...base().columns, amount: '', order: '' } })).toBeNull();
  });

  it('report a date that is not on the calendar, and thresholds in the wrong order', () => {
    expect(problemOf({ asOf: '2024-02-30' })).toEqual({ code: 'lifecycle.asOfInvalid', params: { value: '2024-02-30' } });
    expect(problemOf({ asOf: '2024-02-29' })).toBeNull();
    const thresholds = { ...base().thresholds, atRiskAfterDays: 180, churnedAfterDays: 180 };
    expect(problemOf({ thresholds })).toEqual({ code: 'lifecycle.thresholdsOrder', params: { atRisk: 180, churned: 180 } });
  });

  it('reject settings outside the schema with the path, and compile nothing', () => {
    const settings = { ...base(), thresholds: { ...base().thresholds, loyalMinOrders: 1 } };
    expect(checkLifecycleSettings(settings)).toMatchObject({ code: 'lifecycle.settingsInvalid', params: { path: 'thresholds.loyalMinOrders' } });
    expect(compileLifecycle(settings, { table: 't', columns: COLUMNS })).toHaveProperty('problem.code', 'lifecycle.settingsInvalid');
    expect(compileLifecycleSummary(settings, 't')).toHaveProperty('problem.code', 'lifecycle.settingsInvalid');
    const extra = { ...base(), colour: 'red' } as unknown as LifecycleSettings;
    expect(checkLifecycleSettings(extra)?.code).toBe('lifecycle.settingsInvalid');
    const long = { ...base(), labels: { ...base().labels, new: { en: 'x'.repeat(81), ko: '신규' } } };
    expect(checkLifecycleSettings(long)).toMatchObject({ params: { path: 'labels.new.en' } });
    expect(checkLifecycleSettings({ ...base(), asOf: '2024-1-1' })).toMatchObject({ params: { path: 'asOf' } });
    expect(checkLifecycleSettings({ ...base(), thresholds: { ...base().thresholds, newWithinDays: 2.5 } })?.code).toBe('lifecycle.settingsInvalid');
  });
});
