// The profile cell's page-side views: rows as run-derived keeps them (objects) read back into
// the core's typed rows exactly as decodeRows output would be, on a real profile run in native
// DuckDB; persona cards ranked; top values grouped; the heatmap and Pareto rows built from them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileParetoShare, compileProfile, compileProfileTopValues, readParetoCurve, readParetoShare, readProfileRows, readTopValueRows,
  type DecodedRows,
} from '../../src/core/segments/profile';
import { defaultPersonaSettings } from '../../src/core/segments/persona';
import { createNativeEngine } from '../../src/engine/node';
import type { ColumnInfo } from '../../src/core/workbook/import-options';
import { decodedFromObjects, profileView, rankedCards, topValueTable, type RowObject } from '../../src/ui/cells/profile/profile-view';
import { indexCells, indexTone, paretoRows } from '../../src/ui/cells/profile/profile-charts';
import { fullSettings, generateCustomers, TABLE } from '../core/profile/dataset';
import { decoded, loadCustomers, sqlOf, type TestEngine } from '../core/profile/engine';

const SETTINGS = fullSettings();
let engine: TestEngine;
let columns: ColumnInfo[];
const raw: Record<string, DecodedRows> = {};
const extras: Record<string, RowObject[]> = {};

// what run-derived.ts does with each follow-up query's result
const asObjects = (d: DecodedRows): RowObject[] => d.rows.map((row) => Object.fromEntries(d.columns.map((c, i) => [c.name, row[i]])));

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  columns = await loadCustomers(engine, generateCustomers());
  await engine.exec(`CREATE OR REPLACE TABLE profile AS ${sqlOf(compileProfile(SETTINGS, { table: TABLE, columns })).sql}`);
  const pareto = sqlOf(compileParetoShare(SETTINGS, { table: TABLE, columns }));
  const queries = {
    profile: 'SELECT * FROM profile',
    topValues: sqlOf(compileProfileTopValues(SETTINGS, { table: TABLE, columns })).sql,
    paretoShare: pareto.shareSql,
    paretoCurve: pareto.curveSql,
  };
  for (const [name, sql] of Object.entries(queries)) {
    raw[name] = await decoded(engine, sql);
    extras[name] = asObjects(raw[name]!);
  }
});
afterAll(async () => engine?.close?.());

describe('profile rows from the page', () => {
  it('reads the row objects exactly as the decoded rows', () => {
    const view = profileView(extras, SETTINGS);
    expect(view.rows).toEqual(readProfileRows(raw.profile!, SETTINGS));
    expect(view.topValues).toEqual(readTopValueRows(raw.topValues!));
    expect(view.paretoShare).toEqual(readParetoShare(raw.paretoShare!));
    expect(view.paretoCurve).toEqual(readParetoCurve(raw.paretoCurve!));
    expect(view.all?.customers).toBe(view.segments.reduce((sum, s) => sum + s.customers, 0));
    expect(view.rows.filter((r) => r.isAll)).toHaveLength(1);
  });

  it('keeps columns that only some objects have, and nulls where others lack them', () => {
    const d = decodedFromObjects([{ a: 1 }, { b: 'x', a: 2 }]);
    expect(d.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(d.rows).toEqual([[1, null], [2, 'x']]);
  });

  it('gives no Pareto view when the run had no revenue column, and no rows before a run', () => {
    const view = profileView({ profile: extras.profile! }, SETTINGS);
    expect(view.paretoShare).toBeNull();
    expect(view.paretoCurve).toEqual([]);
    expect(profileView({}, SETTINGS).all).toBeNull();
    expect(rankedCards(profileView({}, SETTINGS), defaultPersonaSettings(), 'en')).toEqual({ cards: [] });
  });

  it('makes a card for each segment with customers, best priority first', () => {
    const view = profileView(extras, SETTINGS);
    const made = rankedCards(view, { ...defaultPersonaSettings(), currency: 'KRW' }, 'ko');
    if ('problem' in made) throw new Error(made.problem.code);
    const withCustomers = view.segments.filter((s) => s.customers > 0).map((s) => s.segment);
    expect(made.cards.map((c) => c.segment).sort()).toEqual([...withCustomers].sort());
    const ranks = made.cards.map((c) => c.priorityRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const scores = made.cards.map((c) => c.priority.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(made.cards.every((c) => /[가-힣]/.test(c.description))).toBe(true);
    expect(made.cards.flatMap((c) => c.facts).some((f) => f.value.includes('₩'))).toBe(true);
  });

  it('groups top values per segment and attribute, by rank, for segments with customers', () => {
    const view = profileView(extras, SETTINGS);
    const table = topValueTable(view);
    expect(table.map((r) => r.segment)).toEqual(view.segments.filter((s) => s.customers > 0).map((s) => s.segment));
    for (const row of table) {
      expect(row.attributes.map((a) => a.attribute).sort()).toEqual([...SETTINGS.categorical].sort());
      for (const cell of row.attributes) {
        expect(cell.values.length).toBeLessThanOrEqual(SETTINGS.topN);
        expect(cell.values.map((v) => v.rank)).toEqual([...cell.values.map((v) => v.rank)].sort((a, b) => a - b));
        expect(cell.values.every((v) => v.segment === row.segment && !v.isAll)).toBe(true);
      }
    }
  });
});

describe('profile chart rows', () => {
  it('colours an index by doublings, capped, with recency the other way round', () => {
    expect(indexTone(100, false)).toBe(0);
    expect(indexTone(200, false)).toBeCloseTo(1);
    expect(indexTone(50, false)).toBeCloseTo(-1);
    expect(indexTone(200, true)).toBeCloseTo(-1);
    expect(indexTone(5000, false)).toBe(2);
    expect(indexTone(0, false)).toBe(-2);
    expect(indexTone(-40, true)).toBe(2);
  });

  it('has one heatmap cell per segment with customers and known index', () => {
    const view = profileView(extras, SETTINGS);
    const labels = { revenue: 'R', aov: 'A', frequency: 'F', recency: 'D' };
    const cells = indexCells(view.rows, labels, '(none)');
    expect(cells.some((c) => c.segment === 'All customers')).toBe(false);
    for (const row of view.segments.filter((s) => s.customers > 0)) {
      const known = [row.revenueIndex, row.aovIndex, row.frequencyIndex, row.recencyIndex, ...row.extras.map((e) => e.index)].filter((i) => i !== null);
      expect(cells.filter((c) => c.segment === (row.segment ?? '(none)'))).toHaveLength(known.length);
    }
    const champions = view.segments.find((s) => s.segment === 'Champions')!;
    expect(cells.find((c) => c.segment === 'Champions' && c.metric === 'D')!.index).toBe(champions.recencyIndex);
  });

  it('starts the Pareto curve at the origin and rises to all revenue', () => {
    const view = profileView(extras, SETTINGS);
    const rows = paretoRows(view.paretoCurve);
    expect(rows[0]).toEqual({ customerShare: 0, revenueShare: 0 });
    expect(rows.at(-1)!.customerShare).toBeCloseTo(1);
    expect(rows.at(-1)!.revenueShare).toBeCloseTo(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.revenueShare).toBeGreaterThanOrEqual(rows[i - 1]!.revenueShare - 1e-12);
    expect(paretoRows([{ customers: 0, customerShare: 0, revenueShare: null }])).toEqual([]);
  });
});
