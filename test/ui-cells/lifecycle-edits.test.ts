// The lifecycle editor's edits: every edit it can save validates against the workbook schema,
// half-typed numbers are not saved, and "Suggest columns" only touches the columns.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_LABELS, defaultLifecycleSettings, lifecycleSettingsSchema } from '../../src/core/segments/lifecycle';
import { bindColumn, parseWholeNumber, setAsOf, setStateLabel, setThreshold, suggestColumns } from '../../src/ui/cells/lifecycle/lifecycle-edits';

const ORDERS = [
  { name: 'order_id', type: 'BIGINT' },
  { name: 'customer_id', type: 'BIGINT' },
  { name: 'ordered_at', type: 'TIMESTAMP' },
  { name: 'amount_krw', type: 'BIGINT' },
];
const valid = (s: unknown) => v.safeParse(lifecycleSettingsSchema, s).success;

describe('lifecycle editor edits', () => {
  it('suggests columns from names and keeps the thresholds, labels and date', () => {
    let s = setThreshold(defaultLifecycleSettings(), 'newWithinDays', '14')!;
    s = setStateLabel(setAsOf(s, '2025-01-01'), 'loyal', 'en', 'VIP');
    const next = suggestColumns(s, ORDERS);
    expect(next.columns).toEqual({ customer: 'customer_id', timestamp: 'ordered_at', amount: 'amount_krw', order: 'order_id' });
    expect(next.thresholds.newWithinDays).toBe(14);
    expect(next.labels.loyal.en).toBe('VIP');
    expect(next.asOf).toBe('2025-01-01');
    expect(valid(next)).toBe(true);
  });

  it('removes an optional column when cleared, keeps a required one empty', () => {
    const s = suggestColumns(defaultLifecycleSettings(), ORDERS);
    expect('amount' in bindColumn(s, 'amount', '').columns).toBe(false);
    expect(bindColumn(s, 'customer', '').columns.customer).toBe('');
    expect(valid(bindColumn(s, 'order', ''))).toBe(true);
  });

  it('saves only whole numbers within the schema bounds', () => {
    const s = defaultLifecycleSettings();
    for (const text of ['', '1.5', '-3', 'abc', '0', '36501']) expect(setThreshold(s, 'atRiskAfterDays', text)).toBeNull();
    expect(setThreshold(s, 'loyalMinOrders', '1')).toBeNull(); // a repeat buyer has at least 2 orders
    expect(setThreshold(s, 'atRiskAfterDays', ' 60 ')!.thresholds.atRiskAfterDays).toBe(60);
    expect(parseWholeNumber('36500', 1, 36500)).toBe(36500);
    expect(valid(setThreshold(s, 'loyalMinOrders', '2'))).toBe(true);
  });

  it('lets the reactivation gap follow the churn threshold when left empty', () => {
    const s = setThreshold(defaultLifecycleSettings(), 'reactivationGapDays', '120')!;
    expect(s.thresholds.reactivationGapDays).toBe(120);
    const cleared = setThreshold(s, 'reactivationGapDays', '  ')!;
    expect(cleared.thresholds.reactivationGapDays).toBeNull();
    expect(valid(cleared)).toBe(true);
  });

  it('edits one language of a label; an empty label goes back to the shipped one', () => {
    const s = setStateLabel(defaultLifecycleSettings(), 'at_risk', 'ko', '위험 고객');
    expect(s.labels.at_risk).toEqual({ en: DEFAULT_LIFECYCLE_LABELS.at_risk.en, ko: '위험 고객' });
    expect(setStateLabel(s, 'at_risk', 'ko', '   ').labels.at_risk.ko).toBe(DEFAULT_LIFECYCLE_LABELS.at_risk.ko);
    expect(valid(setStateLabel(s, 'new', 'en', 'x'.repeat(200)))).toBe(true); // cut to the schema's 80
  });

  it('treats a cleared date as automatic', () => {
    expect(setAsOf(defaultLifecycleSettings(), '').asOf).toBeNull();
    expect(setAsOf(defaultLifecycleSettings(), '2024-02-29').asOf).toBe('2024-02-29');
  });
});
