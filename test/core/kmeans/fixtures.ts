// Loads the committed reference data (test/fixtures/kmeans, made by
// scripts/reference/kmeans_sklearn.py) and prepares it the way the script does.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { prepareFeatures, type FeatureColumn, type PreparedFeatures } from '../../../src/core/kmeans/prepare';
import type { FeatureOptions } from '../../../src/core/kmeans/transforms';

const DIR = new URL('../../fixtures/kmeans/', import.meta.url);

export interface LloydCase {
  k: number;
  maxIter: number;
  initRows: number[];
  farCentre: boolean;
  init: number[][];
  inertia: number;
  nIter: number;
  centres: number[][];
  labels: string;
  silhouette: number | null;
}

export interface ReferenceDataset {
  file: string;
  columns: string[];
  rows: number;
  droppedRows: number;
  log1p: boolean;
  imputeMedian: number[];
  imputeMean: number[];
  standardise: { mean: number[]; scale: number[] };
  robust: { median: number[]; iqr: number[] };
  percentiles: Record<string, number[]>;
  fromInit: LloydCase[];
  plusPlus: { k: number; inertia: number }[];
  pca: { components: number[][]; explained: number[] };
}

export interface Reference {
  madeBy: string;
  versions: Record<string, string>;
  tol: number;
  datasets: ReferenceDataset[];
}

export const reference: Reference = JSON.parse(readFileSync(new URL('reference.json', DIR), 'utf8'));

/** Columns of a committed CSV as number | null arrays (empty field = NULL). */
export function readColumns(file: string): Map<string, (number | null)[]> {
  const text = gunzipSync(readFileSync(new URL(file, DIR))).toString('utf8');
  const [header, ...lines] = text.trimEnd().split('\n');
  const names = header!.split(',');
  const columns = new Map(names.map((name) => [name, [] as (number | null)[]]));
  for (const line of lines) {
    const fields = line.split(',');
    names.forEach((name, j) => columns.get(name)!.push(fields[j] === '' ? null : Number(fields[j])));
  }
  return columns;
}

export function featureColumns(dataset: ReferenceDataset, options: Partial<FeatureOptions> = {}): FeatureColumn[] {
  const columns = readColumns(dataset.file);
  return dataset.columns.map((column) => ({
    column,
    type: 'DOUBLE',
    values: columns.get(column)!,
    options: { log1p: dataset.log1p, scale: 'standardise', winsorise: null, ...options },
  }));
}

/** The matrix the script fitted on: rows with missing values dropped, log1p as the dataset says, standardised. */
export function preparedReference(dataset: ReferenceDataset): PreparedFeatures {
  const prepared = prepareFeatures(featureColumns(dataset), 'drop');
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
  return prepared.value;
}

export const flat = (rows: number[][]): Float64Array => Float64Array.from(rows.flat());
export const labelsOf = (text: string): Int32Array => Int32Array.from(text, (ch) => Number(ch));
