// Feature preparation: from the columns the lead read out of DuckDB to the model matrix.
// Order: missing values (drop rows or impute per column), winsorise, log1p, scale.
// Problems the user can fix come back as data; notes report what was dropped or imputed.

import { clipBounds, fitScale, quantileSorted, type FeatureOptions, type FeatureTransform } from './transforms';
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
  /** The same rows in the columns' own units (imputed values filled in, not clipped): one array per feature. */
  original: Float64Array[];
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
    let present = false;
    for (let i = 0; i < inputRows && !present; i++) present = isPresent(f.values[i]);
    if (!present && inputRows > 0) return problem('kmeans.allMissing', { column: f.column });
  }
  const rowIndex = keptRows(features, inputRows, missing);
  const rows = rowIndex.length;
  if (rows === 0) return problem('kmeans.noRows', { inputRows, dropped: inputRows });
  if (rows === 1) return problem('kmeans.singleRow', { rows });

  const cols = features.length;
  const matrix: Matrix = { data: new Float64Array(rows * cols), rows, cols };
  const notes: KmeansNote[] = [];
  if (rows < inputRows) notes.push({ code: 'kmeans.rowsDropped', params: { count: inputRows - rows, inputRows } });
  const imputed: number[] = [];
  const transforms: FeatureTransform[] = [];
  const modelColumns: Float64Array[] = [], original: Float64Array[] = [];
  for (let j = 0; j < cols; j++) {
    const f = features[j]!;
    const { values, count, fill } = columnValues(f, rowIndex, missing);
    imputed.push(count);
    if (count > 0 && fill !== null)
      notes.push({ code: 'kmeans.valuesImputed', params: { column: f.column, count, method: missing === 'impute-mean' ? 'mean' : 'median', value: fill } });
    const [clipLow, clipHigh] = f.options.winsorise ? clipBounds(Float64Array.from(values).sort(), f.options) : [-Infinity, Infinity];
    const pre = new Float64Array(rows);
    const bad = preScaleColumn(values, clipLow, clipHigh, f.options.log1p, pre);
    if (bad >= 0) return problem('kmeans.log1pNegative', { column: f.column, min: Math.min(Math.max(values[bad]!, clipLow), clipHigh) });
    if (isConstant(pre)) return problem('kmeans.constantColumn', { column: f.column, value: Math.min(Math.max(values[0]!, clipLow), clipHigh) });
    const fitted = fitScale(pre, f.options.scale);
    if (fitted.robustFallback) notes.push({ code: 'kmeans.robustFallback', params: { column: f.column } });
    transforms.push({ column: f.column, options: f.options, clipLow, clipHigh, ...fitted });
    // Scaled in place: pre now holds the model-space column.
    for (let i = 0; i < rows; i++) pre[i] = (pre[i]! - fitted.centre) / fitted.scale;
    modelColumns.push(pre);
    original.push(values);
  }
  interleave(modelColumns, matrix);
  return { ok: true, value: { matrix, original, rowIndex, inputRows, droppedRows: inputRows - rows, imputed, transforms, notes } };
}

/** Clips and log1p's `values` into `out` (preScale, inlined); the index of a value log1p cannot take (<= -1 after clipping), or -1. */
function preScaleColumn(values: Float64Array, clipLow: number, clipHigh: number, log1p: boolean, out: Float64Array): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const clipped = v < clipLow ? clipLow : v > clipHigh ? clipHigh : v;
    if (log1p && !(clipped > -1)) return i;
    out[i] = log1p ? Math.log1p(clipped) : clipped;
  }
  return -1;
}

function isConstant(values: Float64Array): boolean {
  const first = values[0]!;
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return false;
  return true;
}

/** Columns into a row-major matrix. */
function interleave(columns: Float64Array[], m: Matrix): void {
  const { data, cols } = m;
  columns.forEach((column, j) => {
    for (let i = 0, at = j; i < column.length; i++, at += cols) data[at] = column[i]!;
  });
}

// Typed arrays and plain loops below: these run over every input row (1M+), where closures and
// growing JS arrays cost ten times the arithmetic.
function keptRows(features: FeatureColumn[], inputRows: number, missing: MissingPolicy): Int32Array {
  const all = new Int32Array(inputRows);
  for (let i = 0; i < inputRows; i++) all[i] = i;
  if (missing !== 'drop') return all;
  const keep = new Uint8Array(inputRows).fill(1);
  for (const f of features) for (let i = 0; i < inputRows; i++) if (!isPresent(f.values[i])) keep[i] = 0;
  let count = 0;
  for (let i = 0; i < inputRows; i++) if (keep[i] === 1) all[count++] = i;
  return count === inputRows ? all : all.slice(0, count);
}

/** The feature's values on the kept rows with missing ones imputed (median/mean of the present values, as sklearn's SimpleImputer). */
function columnValues(f: FeatureColumn, rowIndex: Int32Array, missing: MissingPolicy): { values: Float64Array; count: number; fill: number | null } {
  // Every row kept and every value present (the usual case): the column as it is, not a copy.
  // Nothing below writes into `values` unless a value was missing.
  if (f.values instanceof Float64Array && rowIndex.length === f.values.length && (missing === 'drop' || isComplete(f.values)))
    return { values: f.values, count: 0, fill: null };
  const values = new Float64Array(rowIndex.length);
  let count = 0;
  for (let i = 0; i < rowIndex.length; i++) {
    const v = f.values[rowIndex[i]!];
    if (isPresent(v)) values[i] = v;
    else {
      values[i] = NaN;
      count++;
    }
  }
  if (count === 0) return { values, count, fill: null };
  const present = new Float64Array(values.length - count);
  for (let i = 0, p = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) present[p++] = values[i]!;
  let sum = 0;
  for (let i = 0; i < present.length; i++) sum += present[i]!;
  const fill = missing === 'impute-mean' ? sum / present.length : quantileSorted(present.sort(), 0.5);
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]!)) values[i] = fill;
  return { values, count, fill };
}

function isComplete(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return false;
  return true;
}
