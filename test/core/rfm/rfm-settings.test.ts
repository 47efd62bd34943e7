// Settings schema, defaults, the problems a user can fix, and the shipped presets.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  checkRfmSettings,
  compileRfm,
  compileRfmChecks,
  compileRfmSummary,
  defaultRfmSettings,
  RFM_PRESETS,
  rfmPresetTable,
  rfmSettingsSchema,
  type RfmSettings,
} from '../../../src/core/segments/rfm';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { RFM_CASES } from './goldens';

const COLUMNS: ColumnInfo[] = [
  { name: 'customer', type: 'VARCHAR' },
  { name: 'order_id', type: 'VARCHAR' },
  { name: 'ordered_at', type: 'TIMESTAMP' },
  { name: 'amount', type: 'DECIMAL(18,2)' },
];
const base = (): RfmSettings => defaultRfmSettings(COLUMNS);
const problemOf = (settings: RfmSettings, columns = COLUMNS) => checkRfmSettings(settings, columns);

describe('defaults', () => {
  it('are valid, score by quantile with k = 5 and the R-F map, as of the day after the latest order', () => {
    const settings = base();
    expect(v.safeParse(rfmSettingsSchema, settings).success).toBe(true);
    expect(problemOf(settings)).toBeNull();
    expect(settings).toMatchObject({ asOf: null, k: 5, frequency: 'orders', monetary: 'sum' });
    expect(settings.segments).toEqual(rfmPresetTable('rf-map'));
  });

  it('guess columns from English and Korean names and from types', () => {
    const retail = defaultRfmSettings([
      { name: 'InvoiceNo', type: 'VARCHAR' },
      { name: 'Quantity', type: 'BIGINT' },
      { name: 'InvoiceDate', type: 'TIMESTAMP' },
      { name: 'UnitPrice', type: 'DOUBLE' },
      { name: 'CustomerID', type: 'DOUBLE' },
    ]);
    expect(retail.columns).toEqual({ customer: 'CustomerID', timestamp: 'InvoiceDate', amount: 'UnitPrice', order: 'InvoiceNo' });
    const korean = defaultRfmSettings([
      { name: '주문번호', type: 'VARCHAR' },
      { name: '회원번호', type: 'BIGINT' },
      { name: '주문일시', type: 'TIMESTAMP' },
      { name: '결제금액', type: 'BIGINT' },
    ]);
    expect(korean.columns).toEqual({ customer: '회원번호', timestamp: '주문일시', amount: '결제금액', order: '주문번호' });
  });

  it('leave unknown columns unset, which is a problem naming the role', () => {
    const settings = defaultRfmSettings([{ name: 'x', type: 'VARCHAR' }]);
    expect(settings.columns.order).toBeUndefined();
    expect(problemOf(settings, [{ name: 'x', type: 'VARCHAR' }])).toEqual({ code: 'rfm.columnUnset', params: { role: 'customer' } });
  });
});

describe('problems', () => {
  const cases: [string, (s: RfmSettings) => RfmSettings, object, ColumnInfo[]?][] = [
    ['a column the input lacks', (s) => ({ ...s, columns: { ...s.columns, amount: 'price' } }), { code: 'rfm.columnMissing', params: { role: 'amount', column: 'price' } }],
    ['a text timestamp', (s) => s, { code: 'rfm.columnType', params: { role: 'timestamp', column: 'ordered_at', type: 'VARCHAR' } }, [...COLUMNS.slice(0, 2), { name: 'ordered_at', type: 'VARCHAR' }, COLUMNS[3]!]],
    ['a text amount', (s) => s, { code: 'rfm.columnType', params: { role: 'amount', column: 'amount', type: 'VARCHAR' } }, [...COLUMNS.slice(0, 3), { name: 'amount', type: 'VARCHAR' }]],
    ['an impossible as-of date', (s) => ({ ...s, asOf: '2023-02-29' }), { code: 'rfm.asOfInvalid', params: { value: '2023-02-29' } }],
    ['an as-of date that is not a date', (s) => ({ ...s, asOf: "2024-01-01'; DROP TABLE x; --" }), { code: 'rfm.settingsInvalid', params: { path: 'asOf', detail: 'not a YYYY-MM-DD date' } }],
    ['k = 10', (s) => ({ ...s, k: 10 }), { code: 'rfm.settingsInvalid', params: { path: 'k' } }],
    ['too few thresholds', (s) => ({ ...s, scoring: { ...s.scoring, f: { method: 'fixed', thresholds: [1, 2, 3] } } }), { code: 'rfm.thresholdsCount', params: { dimension: 'f', expected: 4, found: 3 } }],
    ['thresholds out of order', (s) => ({ ...s, scoring: { ...s.scoring, m: { method: 'fixed', thresholds: [10, 50, 50, 100] } } }), { code: 'rfm.thresholdsOrder', params: { dimension: 'm' } }],
    ['a preset with k = 4', (s) => ({ ...s, k: 4 }), { code: 'rfm.rulesScale', params: { scale: 5, k: 4 } }],
    ['a range beyond k', (s) => ({ ...s, segments: { scale: 5, rules: [{ id: 'x', label: { en: 'X', ko: '엑스' }, r: [4, 6] }] } }), { code: 'rfm.ruleRange', params: { segment: 'x', dimension: 'r', low: 4, high: 6, k: 5 } }],
    ['a reversed range', (s) => ({ ...s, segments: { scale: 5, rules: [{ id: 'x', label: { en: 'X', ko: '엑스' }, r: [1, 5], fm: [3, 2.5] }] } }), { code: 'rfm.ruleRange', params: { segment: 'x', dimension: 'fm', low: 3, high: 2.5, k: 5 } }],
    ['a repeated segment id', (s) => ({ ...s, segments: { scale: 5, rules: [...s.segments.rules, s.segments.rules[0]!] } }), { code: 'rfm.duplicateSegmentId', params: { id: 'champions' } }],
    ['the reserved id others', (s) => ({ ...s, segments: { scale: 5, rules: [{ id: 'others', label: { en: 'X', ko: '엑스' }, r: [1, 5] }] } }), { code: 'rfm.duplicateSegmentId', params: { id: 'others' } }],
    ['an unknown key', (s) => ({ ...s, extra: 1 }) as RfmSettings, { code: 'rfm.settingsInvalid' }],
  ];

  it.each(cases)('%s', (_, change, expected, columns) => {
    const settings = change(base());
    expect(problemOf(settings, columns)).toMatchObject(expected);
    // every compiler refuses with the same problem instead of building SQL
    const input = { table: 't', columns: columns ?? COLUMNS };
    expect(compileRfm(settings, input)).toEqual({ problem: problemOf(settings, columns) });
    expect(compileRfmChecks(settings, input)).toEqual({ problem: problemOf(settings, columns) });
  });

  it('summary compilers check the settings but not the columns', () => {
    expect(compileRfmSummary({ ...base(), k: 4 }, 'rfm')).toEqual({ problem: { code: 'rfm.rulesScale', params: { scale: 5, k: 4 } } });
    expect('segmentSql' in compileRfmSummary(base(), 'rfm')).toBe(true);
  });

  it('accept dates, timestamps and numbers of every DuckDB spelling', () => {
    for (const [timestamp, amount] of [['DATE', 'BIGINT'], ['TIMESTAMP_NS', 'HUGEINT'], ['TIMESTAMP WITH TIME ZONE', 'DOUBLE'], ['TIMESTAMP_S', 'DECIMAL(38,4)'], ['TIMESTAMP_MS', 'UINTEGER']]) {
      const columns = [COLUMNS[0]!, COLUMNS[1]!, { name: 'ordered_at', type: timestamp! }, { name: 'amount', type: amount! }];
      expect(problemOf(base(), columns), `${timestamp} ${amount}`).toBeNull();
    }
  });

  it('an empty order column means every row is an order', () => {
    const settings = { ...base(), columns: { ...base().columns, order: '' } };
    expect(problemOf(settings, COLUMNS.filter((c) => c.name !== 'order_id'))).toBeNull();
  });
});

const inRange = (range: [number, number] | undefined, x: number) => !range || (range[0] <= x && x <= range[1]);

describe('presets', () => {
  it('are valid settings for k = 5 and are copied, never shared', () => {
    for (const preset of RFM_PRESETS) {
      expect(problemOf({ ...base(), segments: rfmPresetTable(preset.id) })).toBeNull();
      const copy = rfmPresetTable(preset.id);
      copy.rules[0]!.r[0] = 1;
      expect(rfmPresetTable(preset.id)).toEqual(preset.table);
    }
  });

  it('the R-F map gives each of the 25 (R, F) cells exactly one segment, as DESIGN lists them', () => {
    const { rules } = rfmPresetTable('rf-map');
    expect(rules.every((rule) => rule.m === undefined && rule.fm === undefined)).toBe(true);
    const grid: string[] = [];
    for (let r = 5; r >= 1; r--) {
      const row: string[] = [];
      for (let f = 1; f <= 5; f++) {
        const matching = rules.filter((rule) => inRange(rule.r, r) && inRange(rule.f, f));
        expect(matching.length, `R${r} F${f}`).toBe(1);
        row.push(matching[0]!.id);
      }
      grid.push(row.join(' '));
    }
    expect(grid).toEqual([
      'new_customers potential_loyalists potential_loyalists champions champions',
      'promising potential_loyalists potential_loyalists loyal loyal',
      'about_to_sleep about_to_sleep need_attention loyal loyal',
      'hibernating hibernating at_risk at_risk cant_lose',
      'hibernating hibernating at_risk at_risk cant_lose',
    ]);
  });

  it("the R package table is rfm_segment's bounds, in its order", () => {
    const { rules } = rfmPresetTable('rfm-package');
    const column = (key: 'r' | 'f' | 'm', side: 0 | 1) => rules.map((rule) => rule[key]![side]);
    expect(rules.map((rule) => rule.label.en)).toEqual(["Champions", "Loyal Customers", "Potential Loyalist", "New Customers", "Promising", "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Lost"]);
    expect(column('r', 0)).toEqual([4, 2, 3, 4, 3, 2, 2, 1, 1, 1]);
    expect(column('r', 1)).toEqual([5, 5, 5, 5, 4, 3, 3, 2, 1, 2]);
    expect(column('f', 0)).toEqual([4, 3, 1, 1, 1, 2, 1, 2, 4, 1]);
    expect(column('f', 1)).toEqual([5, 5, 3, 1, 1, 3, 2, 5, 5, 2]);
    expect(column('m', 0)).toEqual([4, 3, 1, 1, 1, 2, 1, 2, 4, 1]);
    expect(column('m', 1)).toEqual([5, 5, 3, 1, 1, 3, 2, 5, 5, 2]);
  });

  it('every label has English and Korean text', () => {
    for (const rule of RFM_PRESETS.flatMap((p) => p.table.rules)) {
      expect(rule.label.en).toMatch(/^[A-Z]/);
      expect(rule.label.ko).toMatch(/[가-힣]/);
    }
  });
});

describe('the golden cases', () => {
  it('are valid settings, and those marked with a preset use the shipped table', () => {
    for (const c of RFM_CASES) {
      expect(v.safeParse(rfmSettingsSchema, c.settings).success, c.name).toBe(true);
      if (c.preset) expect(c.settings.segments, c.name).toEqual(rfmPresetTable(c.preset as 'rf-map' | 'rfm-package'));
    }
    const methods = new Set(RFM_CASES.flatMap((c) => Object.values(c.settings.scoring).map((s) => s.method)));
    expect([...methods].sort()).toEqual(['fixed', 'quantile', 'rank']);
  });
});
