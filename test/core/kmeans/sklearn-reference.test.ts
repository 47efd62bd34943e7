// The k-means engine against scikit-learn on real data.
//
// Goldens: test/fixtures/kmeans/{online_retail_rfm.csv.gz, online_shoppers.csv.gz, reference.json},
// made on Debian 12 with python3-sklearn 1.2.1, numpy 1.24.2, pandas 1.5.3 by
//   /usr/bin/python3 scripts/reference/kmeans_sklearn.py ../shared/data/online_shoppers/online_shoppers_intention.csv
// run from the repository root (CI has no scikit-learn; the outputs are committed). The script
// computes RFM per customer from public/data/online_retail.csv.gz (4,338 customers; log1p then
// standardised) and takes six numeric columns of UCI Online Shoppers (12,330 sessions, 14 with
// missing values dropped; standardised); both sides read these same CSVs.
// (a) KMeans(init=<committed centres>, n_init=1, algorithm='lloyd'): inertia, labels, centres, n_iter_;
// (b) KMeans(init='k-means++', n_init=10, random_state=0).inertia_ for k = 2..8;
// (c) silhouette_score of the labels of (a); plus StandardScaler, RobustScaler, SimpleImputer,
//     numpy.percentile and PCA outputs for the preparation and projection.

import { describe, expect, it } from 'vitest';
import { fitKmeans } from '../../../src/core/kmeans/fit';
import { pcaProjection } from '../../../src/core/kmeans/pca';
import { prepareFeatures } from '../../../src/core/kmeans/prepare';
import { silhouetteScore } from '../../../src/core/kmeans/silhouette';
import { featureColumns, flat, labelsOf, preparedReference, readColumns, reference } from './fixtures';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe.each(reference.datasets)('$file', (dataset) => {
  const prepared = preparedReference(dataset);
  const { matrix } = prepared;

  it('prepares the matrix scikit-learn fitted on (rows dropped, StandardScaler)', () => {
    expect(matrix.rows).toBe(dataset.rows);
    expect(prepared.droppedRows).toBe(dataset.droppedRows);
    prepared.transforms.forEach((t, j) => {
      expect(relative(t.centre, dataset.standardise.mean[j]!)).toBeLessThan(1e-12);
      expect(relative(t.scale, dataset.standardise.scale[j]!)).toBeLessThan(1e-12);
    });
  });

  it('robust scaling uses the median and IQR of RobustScaler', () => {
    const robust = prepareFeatures(featureColumns(dataset, { scale: 'robust' }), 'drop');
    if (!robust.ok) throw new Error(robust.problem.code);
    robust.value.transforms.forEach((t, j) => {
      const iqr = dataset.robust.iqr[j]!;
      expect(t.centre).toBeCloseTo(dataset.robust.median[j]!, 12);
      // A zero IQR: RobustScaler divides by 1, the engine by the standard deviation (with a note).
      if (t.robustFallback) expect([iqr, robust.value.notes.some((n) => n.code === 'kmeans.robustFallback')]).toEqual([1, true]);
      else expect(relative(t.scale, iqr)).toBeLessThan(1e-12);
    });
  });

  it.each([[1, 99], [5, 95]])('winsorises at numpy.percentile bounds of the kept rows (%i, %i)', (lower, upper) => {
    const clipped = prepareFeatures(featureColumns(dataset, { winsorise: { lower, upper }, log1p: false, scale: 'none' }), 'drop');
    if (!clipped.ok) throw new Error(clipped.problem.code);
    clipped.value.transforms.forEach((t, j) => {
      expect(t.clipLow).toBeCloseTo(dataset.percentiles[String(lower)]![j]!, 9);
      expect(t.clipHigh).toBeCloseTo(dataset.percentiles[String(upper)]![j]!, 9);
    });
    const data = clipped.value.matrix.data;
    const { cols } = clipped.value.matrix;
    const outside = clipped.value.transforms.map((t, j) => {
      let count = 0;
      for (let i = j; i < data.length; i += cols) if (data[i]! < t.clipLow || data[i]! > t.clipHigh) count++;
      return count;
    });
    expect(outside).toEqual(clipped.value.transforms.map(() => 0));
  });

  it.each(['impute-median', 'impute-mean'] as const)('%s fills with SimpleImputer values and counts them', (missing) => {
    const imputed = prepareFeatures(featureColumns(dataset), missing);
    if (!imputed.ok) throw new Error(imputed.problem.code);
    expect(imputed.value.droppedRows).toBe(0);
    const columns = readColumns(dataset.file);
    const nulls = dataset.columns.map((c) => columns.get(c)!.filter((v) => v === null).length);
    expect(imputed.value.imputed).toEqual(nulls);
    const fills = missing === 'impute-median' ? dataset.imputeMedian : dataset.imputeMean;
    const notes = imputed.value.notes.filter((n) => n.code === 'kmeans.valuesImputed');
    expect(notes.map((n) => n.params.column)).toEqual(dataset.columns.filter((_, j) => nulls[j]! > 0));
    for (const note of notes) expect(Number(note.params.value)).toBeCloseTo(fills[dataset.columns.indexOf(String(note.params.column))]!, 12);
  });

  describe.each(dataset.fromInit)('from committed initial centres, k = $k, max_iter = $maxIter, far centre: $farCentre', (golden) => {
    const fits = (['lloyd', 'hamerly'] as const).map((algorithm) => {
      const fit = fitKmeans(matrix, { k: golden.k, seed: 0, nInit: 1, maxIter: golden.maxIter, tol: reference.tol, algorithm, init: flat(golden.init) });
      if (!fit.ok) throw new Error(fit.problem.code);
      return fit.value;
    });

    it('matches inertia to 1e-6 relative, labels, centres and iterations', () => {
      const [lloyd] = fits;
      expect(relative(lloyd!.inertia, golden.inertia)).toBeLessThan(1e-6);
      expect(Array.from(lloyd!.labels)).toEqual(Array.from(labelsOf(golden.labels)));
      expect(lloyd!.iterations).toBe(golden.nIter);
      Array.from(lloyd!.centres).forEach((value, i) => expect(value).toBeCloseTo(flat(golden.centres)[i]!, 9));
    });

    it('Hamerly gives exactly what Lloyd gives', () => {
      const [lloyd, hamerly] = fits;
      expect(hamerly!.labels).toEqual(lloyd!.labels);
      expect(hamerly!.centres).toEqual(lloyd!.centres);
      expect(hamerly!.inertia).toBe(lloyd!.inertia);
      expect(hamerly!.iterations).toBe(lloyd!.iterations);
    });

    it('silhouette matches silhouette_score to 1e-9 (none for one cluster, which sklearn refuses)', () => {
      const score = silhouetteScore(matrix, labelsOf(golden.labels), golden.k, { exactMaxRows: 20_000 });
      if (!score.ok) throw new Error(score.problem.code);
      expect(score.value.sampled).toBe(false);
      if (golden.silhouette === null) expect(score.value.score).toBeNull();
      else expect(Math.abs(score.value.score! - golden.silhouette)).toBeLessThan(1e-9);
    });
  });

  it.each(dataset.plusPlus)('best of 10 greedy k-means++ restarts is within 1% of scikit-learn, k = $k', ({ k, inertia }) => {
    const fit = fitKmeans(matrix, { k, seed: 0, nInit: 10, maxIter: 300, tol: reference.tol, algorithm: 'hamerly' });
    if (!fit.ok) throw new Error(fit.problem.code);
    expect(relative(fit.value.inertia, inertia)).toBeLessThan(0.01);
    expect(fit.value.restarts).toHaveLength(10);
    expect(fit.value.inertia).toBe(Math.min(...fit.value.restarts.map((r) => r.inertia)));
  });

  it('PCA axes and explained variance match sklearn.decomposition.PCA', () => {
    const labels = new Int32Array(matrix.rows);
    const pca = pcaProjection(matrix, labels, new Float64Array(matrix.cols), 1);
    pca.components.forEach((axis, a) => axis.forEach((value, t) => expect(value).toBeCloseTo(dataset.pca.components[a]![t]!, 9)));
    pca.explained.forEach((share, a) => expect(share).toBeCloseTo(dataset.pca.explained[a]!, 12));
  });
});
