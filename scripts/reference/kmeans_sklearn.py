#!/usr/bin/env python3
"""Reference outputs for Segbook's k-means engine (src/core/kmeans), made with scikit-learn.

Run from the repository root with Debian's python3 (python3-sklearn, python3-pandas):

    /usr/bin/python3 scripts/reference/kmeans_sklearn.py [path/to/online_shoppers_intention.csv]

Writes test/fixtures/kmeans/:
  online_retail_rfm.csv.gz   recency, frequency, monetary per customer (raw units)
  online_shoppers.csv.gz     six numeric columns of the UCI Online Shoppers data (raw units;
                             14 rows have missing values, dropped before fitting)
  reference.json             per dataset: imputer, scaler and percentile values, Lloyd runs from
                             fixed initial centres (inertia, labels, centres, iterations,
                             silhouette_score of the labels), best-of-10 k-means++ inertia for
                             k = 2..8, and the first two PCA axes

Both sides read the same committed CSVs and prepare them the same way (log1p and/or population
standardisation), so the tests compare the engines, not two copies of the data.
"""
import gzip
import io
import json
import sys
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.impute import SimpleImputer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import RobustScaler, StandardScaler

OUT = 'test/fixtures/kmeans'
RETAIL = 'public/data/online_retail.csv.gz'
SHOPPERS = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/online_shoppers/online_shoppers_intention.csv'
SHOPPER_COLUMNS = ['Administrative', 'Informational', 'ProductRelated', 'BounceRates', 'ExitRates', 'PageValues']


def rfm_features():
    """DESIGN section 4 RFM: orders before D = 2011-12-10 00:00 (the day after the last invoice);
    cancellations, non-positive quantities and prices and rows without a customer are left out."""
    df = pd.read_csv(RETAIL, dtype={'InvoiceNo': str, 'StockCode': str}, parse_dates=['InvoiceDate'])
    df = df.dropna(subset=['CustomerID'])
    df = df[~df.InvoiceNo.str.startswith('C') & (df.Quantity > 0) & (df.UnitPrice > 0)]
    df = df.assign(amount=df.Quantity * df.UnitPrice)
    as_of = pd.Timestamp('2011-12-10')
    g = df.groupby('CustomerID')
    out = pd.DataFrame({
        'recency': ((as_of - g.InvoiceDate.max()) // pd.Timedelta(hours=24)).astype(int),
        'frequency': g.InvoiceNo.nunique(),
        'monetary': g.amount.sum().round(2),
    })
    out.index = out.index.astype(int)
    return out.reset_index().rename(columns={'CustomerID': 'customer'})


def write_csv_gz(df, name):
    # repr() of a float is the shortest text that reads back to the same double, in JS too.
    text = io.StringIO()
    df.to_csv(text, index=False, float_format=None, lineterminator='\n')
    with gzip.GzipFile(f'{OUT}/{name}', 'wb', mtime=0) as f:
        f.write(text.getvalue().encode())


def read_back(name, columns):
    return pd.read_csv(f'{OUT}/{name}')[columns].to_numpy(dtype=np.float64)


def labels_text(labels):
    return ''.join(str(int(v)) for v in labels)


def lloyd_case(X, k, seed, max_iter=300, far_centre=False):
    rows = np.random.default_rng(seed).choice(X.shape[0], size=k, replace=False)
    init = X[rows].copy()
    if far_centre:  # a centre no point is nearest to: exercises empty-cluster relocation
        init[-1] = 50.0
    km = KMeans(n_clusters=k, init=init, n_init=1, algorithm='lloyd', max_iter=max_iter).fit(X)
    return {
        'k': k, 'maxIter': max_iter, 'initRows': [int(r) for r in rows], 'farCentre': far_centre,
        'init': init.tolist(), 'inertia': float(km.inertia_), 'nIter': int(km.n_iter_),
        'centres': km.cluster_centers_.tolist(), 'labels': labels_text(km.labels_),
        'silhouette': float(silhouette_score(X, km.labels_)) if k > 1 else None,
    }


def plus_plus(X, ks):
    return [{'k': k, 'inertia': float(KMeans(n_clusters=k, init='k-means++', n_init=10, random_state=0,
                                                 algorithm='lloyd').fit(X).inertia_)} for k in ks]


def pca_axes(X):
    """Two principal axes, each signed so its largest |loading| is positive (the engine's rule)."""
    pca = PCA(n_components=2).fit(X)
    axes = [c * np.sign(c[np.argmax(np.abs(c))]) for c in pca.components_]
    return {'components': [a.tolist() for a in axes], 'explained': pca.explained_variance_ratio_.tolist()}


def dataset(name, file, columns, raw, log1p):
    complete = ~np.isnan(raw).any(axis=1)  # the engine's 'drop' null handling
    medians = SimpleImputer(strategy='median').fit(raw).statistics_
    means = SimpleImputer(strategy='mean').fit(raw).statistics_
    raw = raw[complete]
    Z = np.log1p(raw) if log1p else raw
    std = StandardScaler().fit(Z)
    rob = RobustScaler(quantile_range=(25.0, 75.0)).fit(Z)
    X = std.transform(Z)
    cases = [lloyd_case(X, 4, 1), lloyd_case(X, 6, 2), lloyd_case(X, 5, 3, far_centre=True),
             lloyd_case(X, 8, 4, max_iter=3), lloyd_case(X, 1, 5)]
    return {
        'file': file, 'columns': columns, 'rows': int(X.shape[0]), 'droppedRows': int((~complete).sum()),
        'log1p': log1p, 'imputeMedian': medians.tolist(), 'imputeMean': means.tolist(),
        'standardise': {'mean': std.mean_.tolist(), 'scale': std.scale_.tolist()},
        'robust': {'median': rob.center_.tolist(), 'iqr': rob.scale_.tolist()},
        # winsorising clips raw values at type-7 percentiles of the rows kept
        'percentiles': {str(p): np.percentile(raw, p, axis=0).tolist() for p in (1, 5, 95, 99)},
        'fromInit': cases,
        'plusPlus': plus_plus(X, range(2, 9)),
        'pca': pca_axes(X),
    }


def main():
    warnings.simplefilter('ignore')
    rfm = rfm_features()
    write_csv_gz(rfm, 'online_retail_rfm.csv.gz')
    shoppers = pd.read_csv(SHOPPERS)[SHOPPER_COLUMNS]
    write_csv_gz(shoppers, 'online_shoppers.csv.gz')
    rfm_cols = ['recency', 'frequency', 'monetary']
    reference = {
        'madeBy': '/usr/bin/python3 scripts/reference/kmeans_sklearn.py',
        'versions': {'sklearn': sklearn.__version__, 'numpy': np.__version__, 'pandas': pd.__version__},
        'tol': 1e-4,
        'datasets': [
            dataset('online_retail_rfm', 'online_retail_rfm.csv.gz', rfm_cols,
                    read_back('online_retail_rfm.csv.gz', rfm_cols), True),
            dataset('online_shoppers', 'online_shoppers.csv.gz', SHOPPER_COLUMNS,
                    read_back('online_shoppers.csv.gz', SHOPPER_COLUMNS), False),
        ],
    }
    with open(f'{OUT}/reference.json', 'w') as f:
        json.dump(reference, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
