// Settings schema, defaults, the problems a user can fix, and the SQL text: hostile names only
// ever appear quoted, and the queries read the input table in their first CTE only.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  checkProfileSettings,
  compileParetoShare,
  compileProfile,
  compileProfileTopValues,
  defaultProfileSettings,
  MAX_PROFILE_NUMERIC,
  profileOutputColumns,
  profileSettingsSchema,
  type ProfileSettings,
} from '../../../src/core/segments/profile';
import { RFM_OUTPUT_COLUMNS } from '../../../src/core/segments/rfm';
import { quoteIdent } from '../../../src/core/sql/quote';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { C, fullSettings, TABLE } from './dataset';

const COLUMNS: ColumnInfo[] = [
  [C.customer, 'VARCHAR'], [C.segment, 'VARCHAR'], [C.segmentId, 'VARCHAR'], [C.revenue, 'DECIMAL(12,2)'], [C.orders, 'INTEGER'],
  [C.frequency, 'BIGINT'], [C.recency, 'INTEGER'], [C.age, 'SMALLINT'], [C.responded, 'BOOLEAN'], [C.zero, 'DOUBLE'],
  [C.region, 'VARCHAR'], [C.gender, 'VARCHAR'],
].map(([name, type]) => ({ name: name!, type: type! }));
const problemOf = (settings: ProfileSettings, columns = COLUMNS) => checkProfileSettings(settings, columns);

describe('defaults', () => {
  it('bind the RFM table columns by name and are valid', () => {
    const rfmColumns = RFM_OUTPUT_COLUMNS.map((name) => ({ name, type: ['recency', 'frequency', 'r', 'f', 'm'].includes(name) ? 'INTEGER' : name === 'monetary' ? 'DOUBLE' : 'VARCHAR' }));
    const settings = defaultProfileSettings(rfmColumns);
    expect(settings.columns).toEqual({ customer: 'customer', segment: 'segment', segmentId: 'segment_id', revenue: 'monetary', frequency: 'frequency', recency: 'recency' });
    expect(v.safeParse(profileSettingsSchema, settings).success).toBe(true);
    expect(checkProfileSettings(settings, rfmColumns)).toBeNull();
    expect(settings).toMatchObject({ topN: 3, pareto: { topPercent: 20 }, guard: { maxSegments: 12, minShare: 0.01, minCustomers: 30 } });
  });

  it('bind Korean names, and leave unknown roles unset, which is a problem naming the role', () => {
    const korean = defaultProfileSettings([{ name: '회원번호', type: 'BIGINT' }, { name: '세그먼트', type: 'VARCHAR' }, { name: '결제금액', type: 'BIGINT' }]);
    expect(korean.columns).toEqual({ customer: '회원번호', segment: '세그먼트', revenue: '결제금액' });
    const none = defaultProfileSettings([{ name: 'x', type: 'VARCHAR' }]);
    expect(problemOf(none, [{ name: 'x', type: 'VARCHAR' }])).toEqual({ code: 'profile.columnUnset', params: { role: 'customer' } });
  });
});

describe('problems', () => {
  it('name the column and role at fault', () => {
    const base = fullSettings();
    expect(problemOf(base)).toBeNull();
    expect(problemOf({ ...base, columns: { ...base.columns, segment: '' } })).toEqual({ code: 'profile.columnUnset', params: { role: 'segment' } });
    expect(problemOf({ ...base, columns: { ...base.columns, recency: 'gone' } })).toEqual({ code: 'profile.columnMissing', params: { role: 'recency', column: 'gone' } });
    expect(problemOf({ ...base, numeric: [C.region] })).toEqual({ code: 'profile.columnType', params: { role: 'numeric', column: C.region, type: 'VARCHAR' } });
    expect(problemOf({ ...base, columns: { ...base.columns, revenue: C.gender } })).toMatchObject({ code: 'profile.columnType', params: { role: 'revenue' } });
    expect(problemOf({ ...base, categorical: [C.gender, C.gender] })).toEqual({ code: 'profile.duplicateColumn', params: { role: 'categorical', column: C.gender } });
  });

  it('are returned by every compiler instead of SQL', () => {
    const bad = { ...fullSettings(), numeric: ['nope'] };
    const problem = { code: 'profile.columnMissing', params: { role: 'numeric', column: 'nope' } };
    const input = { table: TABLE, columns: COLUMNS };
    expect(compileProfile(bad, input)).toEqual({ problem });
    expect(compileProfileTopValues(bad, input)).toEqual({ problem });
    expect(compileParetoShare(bad, input)).toEqual({ problem });
  });

  it('cap lists, numbers and strings in the schema', () => {
    const base = fullSettings();
    const cases: [Partial<ProfileSettings>, string][] = [
      [{ numeric: Array.from({ length: MAX_PROFILE_NUMERIC + 1 }, (_, i) => `n${i}`) }, 'numeric'],
      [{ categorical: Array.from({ length: 11 }, (_, i) => `c${i}`) }, 'categorical'],
      [{ topN: 0 }, 'topN'],
      [{ topN: 2.5 }, 'topN'],
      [{ pareto: { topPercent: 100, points: 100 } }, 'pareto.topPercent'],
      [{ guard: { maxSegments: 12, minShare: 1.5, minCustomers: 30 } }, 'guard.minShare'],
      [{ columns: { ...base.columns, customer: 'x'.repeat(1_001) } }, 'columns.customer'],
    ];
    for (const [patch, path] of cases) expect(problemOf({ ...base, ...patch })).toMatchObject({ code: 'profile.settingsInvalid', params: { path } });
    expect(problemOf({ ...base, extra: 1 } as ProfileSettings)).toMatchObject({ code: 'profile.settingsInvalid' });
  });
});

describe('SQL text', () => {
  const settings = fullSettings();
  const input = { table: TABLE, columns: COLUMNS };
  const texts = () => {
    const profile = compileProfile(settings, input, { segments: [{ segment: "O'Brien \"x\"" }] });
    const top = compileProfileTopValues(settings, input);
    const pareto = compileParetoShare(settings, input);
    if (!('sql' in profile) || !top || !('sql' in top) || !('shareSql' in pareto)) throw new Error('problem');
    return [profile.sql, top.sql, pareto.shareSql, pareto.curveSql];
  };

  it('quotes every user name and reads the table once, in the first CTE', () => {
    for (const sql of texts()) {
      expect(sql.split(`FROM ${quoteIdent(TABLE)}`).length - 1).toBe(1);
      expect(sql.indexOf(quoteIdent(TABLE))).toBeLessThan(sql.indexOf('),\n'));
      // strip the quoted names and literals: what is left holds no raw user text
      const bare = sql.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
      for (const name of [C.customer, C.segment, C.revenue, C.region, 'O\'Brien']) expect(bare).not.toContain(name);
    }
  });

  it('names the output columns as profileOutputColumns says', () => {
    expect(profileOutputColumns(settings).slice(-6)).toEqual([`mean_${C.age}`, `index_${C.age}`, `mean_${C.responded}`, `index_${C.responded}`, `mean_${C.zero}`, `index_${C.zero}`]);
    expect(texts()[0]).toContain(`AS ${quoteIdent(`index_${C.zero}`)}`);
  });
});
