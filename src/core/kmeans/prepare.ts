// Feature preparation: from the columns the lead read out of DuckDB to the model matrix.
// Order: missing values (drop rows or impute per column), winsorise, log1p, scale.
// Problems the user can fix come back as data; notes report what was dropped or imputed.

import { clipBounds, fitScale, preScale, quantileSorted, type FeatureOptions, type FeatureTransform } from './transforms';
import { problem, type KmeansNote, type Matrix, type Outcome } from './types';

export interface FeatureColumn {
  column: string;
  /** DuckDB type name as DESCRIBE prints it. */
  type: string;
  /** One value per input row; null, undefined, NaN and +-Infinity count as missing. BOOLEAN as 0/1. */
  values: ArrayLike<number | null | undefined>;
  options: FeatureOptions;
}

export type MissingPolicy = 'drop' | 'impute-median' | 'impute-mean';

export interface PreparedFeatures {
  /** Model space: what k-means sees. */
  matrix: Matrix;
  /** The same rows in the columns' own units (imputed values filled in, not clipped). */
  original: Matrix;
  /** Input row of each matrix row (rows with missing values are absent under 'drop'). */
  rowIndex: Int32Array;
  inputRows: number;
  droppedRows: number;
  /** Per feature: how many values were imputed. */
  imputed: number[];
  transforms: FeatureTransform[];
  notes: KmeansNote[];
}

const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|INT1|INT2|INT4|INT8|FLOAT|FLOAT4|FLOAT8|REAL|DOUBLE|BOOLEAN|(DECIMAL|NUMERIC)(\(\s*\d+\s*,\s*\d+\s*\))?)$/;

/** Whether a DuckDB column type can be a k-means feature. */
export function isNumericType(type: string): boolean {
  return NUMERIC_TYPE.test(type.trim().toUpperCase());
}

const isPresent = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function prepareFeatures(features: FeatureColumn[], missing: MissingPolicy): Outcome<PreparedFeatures> {
  if (features.length === 0) return problem('kmeans.noFeatures');
  const inputRows = features[0]!.values.length;
  for (const f of features) {
    if (!isNumericType(f.type)) return problem('kmeans.notNumeric', { column: f.column, type: f.type });
    if (f.values.length !== inputRows)
      return problem('kmeans.lengthMismatch', { column: f.column, rows: f.values.length, expected: inputRows });
  }
  for (const f of features) {
    let present = 0;
    for (let i = 0; i < inputRows; i++) if (isPresent(f.values[i])) present++;
    if (present === 0 && inputRows > 0) return problem('kmeans.allMissing', { column: f.column });
  }
  const rowIndex = keptRows(features, inputRows, missing);
  const rows = rowIndex.length;
  if (rows === 0) return problem('kmeans.noRows', { inputRows, dropped: inputRows });
  if (rows === 1) return problem('kmeans.singleRow', { rows });

  const cols = features.length;
  const matrix: Matrix = { data: new Float64Array(rows * cols), rows, cols };
  const original: Matrix = { data: new Float64Array(rows * cols), rows, cols };
  const notes: KmeansNote[] = [];
  if (rows < inputRows) notes.push({ code: 'kmeans.rowsDropped', params: { count: inputRows - rows, inputRows } });
  const imputed: number[] = [];
  const transforms: FeatureTransform[] = [];
  for (let j = 0; j < cols; j++) {
    const f = features[j]!;
    const { values, count, fill } = columnValues(f, rowIndex, missing);
    imputed.push(count);
    if (count > 0 && fill !== null)
      notes.push({ code: 'kmeans.valuesImputed', params: { column: f.column, count, method: missing === 'impute-mean' ? 'mean' : 'median', value: fill } });
    const [clipLow, clipHigh] = f.options.winsorise ? clipBounds(Float64Array.from(values).sort(), f.options) : [-Infinity, Infinity];
    const pre = new Float64Array(rows);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < rows; i++) {
      const clipped = Math.min(Math.max(values[i]!, clipLow), clipHigh);
      if (f.options.log1p && !(clipped > -1)) return problem('kmeans.log1pNegative', { column: f.column, min: clipped });
      pre[i] = preScale(values[i]!, { clipLow, clipHigh, options: f.options });
      lo = Math.min(lo, pre[i]!);
      hi = Math.max(hi, pre[i]!);
    }
    if (lo === hi) return problem('kmeans.constantColumn', { column: f.column, value: Math.min(Math.max(values[0]!, clipLow), clipHigh) });
    const fitted = fitScale(pre, f.options.scale);
    if (fitted.robustFallback) notes.push({ code: 'kmeans.robustFallback', params: { column: f.column } });
    transforms.push({ column: f.column, options: f.options, clipLow, clipHigh, ...fitted });
    for (let i = 0; i < rows; i++) {
      matrix.data[i * cols + j] = (pre[i]! - fitted.centre) / fitted.scale;
      original.data[i * cols + j] = values[i]!;
    }
  }
  return { ok: true, value: { matrix, original, rowIndex, inputRows, droppedRows: inputRows - rows, imputed, transforms, notes } };
}

function keptRows(features: FeatureColumn[], inputRows: number, missing: MissingPolicy): Int32Array {
  if (missing !== 'drop') return Int32Array.from({ length: inputRows }, (_, i) => i);
  const kept: number[] = [];
  for (let i = 0; i < inputRows; i++) if (features.every((f) => isPresent(f.values[i]))) kept.push(i);
  return Int32Array.from(kept);
}

/** The feature's values on the kept rows with missing ones imputed (median/mean of the present values, as sklearn's SimpleImputer). */
function columnValues(f: FeatureColumn, rowIndex: Int32Array, missing: MissingPolicy): { values: Float64Array; count: number; fill: number | null } {
  const values = new Float64Array(rowIndex.length);
  const present: number[] = [];
  let count = 0;
  for (let i = 0; i < rowIndex.length; i++) {
    const v = f.values[rowIndex[i]!];
    if (isPresent(v)) {
      values[i] = v;
      present.push(v);
    } else {
      values[i] = NaN;
      count++;
    }
  }
  if (count === 0) return { values, count, fill: null };
  const sorted = Float64Array.from(present).sort();
  const fill = missing === 'impute-mean' ? present.reduce((a, b) => a + b, 0) / present.length : quantileSorted(sorted, 0.5);
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]!)) values[i] = fill;
  return { values, count, fill };
}
