// Saved settings of a k-means cell and their schema: plain JSON in the workbook, every string
// and array capped. The seed is saved, so opening the workbook reproduces the same clusters.

import * as v from 'valibot';
import type { ColumnInfo } from '../workbook/import-options';
import { isNumericType } from './prepare';
import type { KmeansProblem } from './types';

export const MAX_FEATURES = 64;
export const MAX_CLUSTERS = 50;

const columnName = v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'));
const clusterCount = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_CLUSTERS));

const featureSchema = v.strictObject({
  column: columnName,
  log1p: v.boolean(),
  scale: v.picklist(['none', 'standardise', 'robust']),
  /** Percentiles (0..100) to clip raw values at; null: no clipping. */
  winsorise: v.nullable(
    v.strictObject({
      lower: v.pipe(v.number(), v.minValue(0), v.maxValue(50)),
      upper: v.pipe(v.number(), v.minValue(50), v.maxValue(100)),
    }),
  ),
});

export const kmeansSettingsSchema = v.strictObject({
  /** Column naming each row in the output table (customer id); null: the row number. */
  idColumn: v.nullable(columnName),
  features: v.pipe(v.array(featureSchema), v.maxLength(MAX_FEATURES, `more than ${MAX_FEATURES} features`)),
  missing: v.picklist(['drop', 'impute-median', 'impute-mean']),
  k: clusterCount,
  scan: v.strictObject({ kMin: clusterCount, kMax: clusterCount }),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_294_967_295)),
  nInit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  maxIter: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  tol: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  algorithm: v.picklist(['lloyd', 'hamerly']),
  /** User-edited cluster names by cluster number; '' keeps the proposed name. */
  names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200, 'longer than 200 characters'))), v.maxLength(MAX_CLUSTERS, `more than ${MAX_CLUSTERS} names`)),
});

export type KmeansSettings = v.InferOutput<typeof kmeansSettingsSchema>;
export type KmeansFeatureSettings = KmeansSettings['features'][number];

const ID_LIKE = /(^|[_\s])(id|key|code|no)$|^id$|customer|고객|번호/i;

/** Numeric, not id-like columns as standardised features (at most 8); k = 4 and a 2..10 scan. */
export function defaultKmeansSettings(columns: ColumnInfo[] = []): KmeansSettings {
  const features = columns
    .filter((c) => isNumericType(c.type) && !ID_LIKE.test(c.name))
    .slice(0, 8)
    .map((c): KmeansFeatureSettings => ({ column: c.name, log1p: false, scale: 'standardise', winsorise: null }));
  return {
    idColumn: columns.find((c) => ID_LIKE.test(c.name))?.name ?? null,
    features,
    missing: 'drop',
    k: 4,
    scan: { kMin: 2, kMax: 10 },
    seed: 0,
    nInit: 10,
    maxIter: 300,
    tol: 1e-4,
    algorithm: 'hamerly',
    names: [],
  };
}

/** Problems visible from the settings and the input's columns alone, before any data is read. */
export function kmeansSettingsProblem(settings: KmeansSettings, columns: ColumnInfo[]): KmeansProblem | null {
  if (settings.features.length === 0) return { code: 'kmeans.noFeatures', params: {} };
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const seen = new Set<string>();
  for (const { column } of settings.features) {
    const type = types.get(column);
    if (type === undefined) return { code: 'kmeans.unknownColumn', params: { column } };
    if (!isNumericType(type)) return { code: 'kmeans.notNumeric', params: { column, type } };
    if (seen.has(column)) return { code: 'kmeans.duplicateFeature', params: { column } };
    seen.add(column);
  }
  if (settings.idColumn !== null && !types.has(settings.idColumn)) return { code: 'kmeans.unknownColumn', params: { column: settings.idColumn } };
  if (settings.scan.kMax < settings.scan.kMin) return { code: 'kmeans.kInvalid', params: { k: `${settings.scan.kMin}..${settings.scan.kMax}` } };
  return null;
}
