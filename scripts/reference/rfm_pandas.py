#!/usr/bin/python3
"""Independent RFM reference for Segbook's golden files (DESIGN.md section 4).

Implements the definitions directly in pandas/numpy; it does not translate Segbook's SQL.
Run with Debian's python3-pandas (1.5) and numpy (1.24), from the repository root:

    /usr/bin/python3 scripts/reference/rfm_pandas.py                   # every case
    /usr/bin/python3 scripts/reference/rfm_pandas.py --write-synthetic  # rewrite the synthetic inputs first

Reads test/fixtures/rfm/cases.json (the cases the vitest suite runs) and writes, per case,
test/fixtures/rfm/golden/<case>.csv[.gz] (one row per customer, sorted by customer) and
test/fixtures/rfm/golden/checks.json (rows left out, by reason).

Definitions (the same words as DESIGN.md):
- D = midnight at the start of the as-of day; null as-of = the day after the latest order date.
- Rows with a null customer, timestamp, amount or (when bound) order id are left out, then rows
  at or after D. Each left-out row is counted once, under the first reason in that order.
- recency = floor((D - last order) / 24 h); frequency = distinct order ids (rows when there is
  no order column) or distinct order days; monetary = sum of amount, or sum / frequency.
- quantile: edges at the Hyndman-Fan type-7 quantiles j/k, in exact rational arithmetic
  (position (n - 1) j / k in the sorted values, linear between its neighbours); score = 1 +
  number of edges the value is strictly above. Cross-checked against numpy.quantile(...,
  method='linear'), which rounds (n - 1) * (j / k) and can differ when a value sits on an edge.
- rank: rank(method='first') on the customers sorted by id (ties broken by customer id), then
  the quantile rule on the ranks 1..n, whose type-7 quantile j/k is 1 + (n - 1) j / k, done in
  exact integer arithmetic and cross-checked against pandas.qcut(rank, k).
- fixed: the case's thresholds with the same rule.
- recency is binned on days and then reversed: R = k + 1 - bin.
- segments: the first rule whose ranges contain r, f, m and (f + m) / 2 wins; else 'others'.
"""

import argparse
import gzip
import json
import math
import random
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / 'test' / 'fixtures' / 'rfm'
GOLDEN = FIXTURES / 'golden'
DAY = pd.Timedelta(days=1)


def load_online_retail():
    raw = pd.read_csv(ROOT / 'public' / 'data' / 'online_retail.csv.gz', dtype={'InvoiceNo': str, 'StockCode': str},
                      parse_dates=['InvoiceDate'], float_precision='round_trip')
    kept = raw[(raw['Quantity'] > 0) & raw['CustomerID'].notna()]
    return pd.DataFrame({
        'customer_id': kept['CustomerID'].astype('int64'),
        'invoice': kept['InvoiceNo'],
        'invoice_date': kept['InvoiceDate'],
        'amount': kept['Quantity'] * kept['UnitPrice'],
    })


def load_cdnow():
    raw = pd.read_csv(ROOT / 'test' / 'fixtures' / 'cdnow' / 'CDNOW_sample.txt', sep=r'\s+', header=None,
                      names=['master_id', 'sample_id', 'date', 'cds', 'dollars'], dtype={'date': str},
                      float_precision='round_trip')
    return pd.DataFrame({
        'customer_id': raw['master_id'].astype('int64'),
        'ordered_on': pd.to_datetime(raw['date'], format='%Y%m%d'),
        'cds': raw['cds'],
        'dollars': raw['dollars'].astype(float),
    })


def load_synthetic(name):
    return pd.read_csv(FIXTURES / f'{name}.csv', dtype={'customer': str, 'order_id': str}, parse_dates=['ordered_at'],
                       float_precision='round_trip')


DATASETS = {
    'online_retail': load_online_retail,
    'cdnow': load_cdnow,
    'synthetic_orders': lambda: load_synthetic('synthetic_orders'),
    'synthetic_identical': lambda: load_synthetic('synthetic_identical'),
}


def orders_before_as_of(data, settings):
    cols = settings['columns']
    order = cols.get('order') or None
    frame = pd.DataFrame({
        'customer': data[cols['customer']],
        'ordered_at': pd.to_datetime(data[cols['timestamp']]),
        'amount': data[cols['amount']].astype(float),
    })
    if order:
        frame['order_id'] = data[order]
    reasons = [('null_customer', 'customer'), ('null_timestamp', 'ordered_at'), ('null_amount', 'amount')]
    if order:
        reasons.append(('null_order', 'order_id'))
    checks = {'input_rows': len(frame)}
    remaining = frame
    for reason, column in reasons:
        checks[reason] = int(remaining[column].isna().sum())
        remaining = remaining[remaining[column].notna()]
    checks.setdefault('null_order', 0)
    if settings['asOf'] is None:
        as_of = remaining['ordered_at'].max().normalize() + DAY if len(remaining) else None
    else:
        as_of = pd.Timestamp(settings['asOf'])
    before = remaining[remaining['ordered_at'] < as_of] if as_of is not None else remaining.iloc[0:0]
    checks['on_or_after_as_of'] = len(remaining) - len(before)
    checks['used_rows'] = len(before)
    checks['customers'] = int(before['customer'].nunique())
    checks['as_of'] = None if as_of is None else as_of.strftime('%Y-%m-%d')
    return before, as_of, checks


def per_customer(before, as_of, settings):
    rows = []
    for customer, group in before.groupby('customer', sort=True):
        if settings['frequency'] == 'days':
            frequency = group['ordered_at'].dt.normalize().nunique()
        elif 'order_id' in group:
            frequency = group['order_id'].nunique()
        else:
            frequency = len(group)
        total = math.fsum(group['amount'])  # exactly rounded, independent of row order
        rows.append({
            'customer': customer,
            'recency': (as_of - group['ordered_at'].max()) // DAY,
            'frequency': frequency,
            'monetary': total if settings['monetary'] == 'sum' else total / frequency,
        })
    return pd.DataFrame(rows, columns=['customer', 'recency', 'frequency', 'monetary'])


def type7_edges(values, k):
    """Exact type-7 quantiles j/k as Fractions: no rounding anywhere."""
    ordered = sorted(Fraction(float(v)) for v in values)
    n = len(ordered)
    edges = []
    for j in range(1, k):
        position = Fraction((n - 1) * j, k)
        below, above = math.floor(position), math.ceil(position)
        edges.append(ordered[below] + (ordered[above] - ordered[below]) * (position - below))
    return edges


def quantile_bins(values, k):
    edges = type7_edges(values, k)
    bins = values.map(lambda v: 1 + sum(1 for e in edges if Fraction(float(v)) > e))
    rounded = np.quantile(values.astype(float).to_numpy(), [j / k for j in range(1, k)], method='linear')
    via_numpy = values.map(lambda v: 1 + sum(1 for e in rounded if v > e))
    if not (via_numpy == bins).all():
        print(f'  note: numpy.quantile bins differ from the exact type-7 rule for {int((via_numpy != bins).sum())} customers')
    return bins


def rank_bins(values, k):
    n = len(values)
    ranks = values.rank(method='first').astype('int64')  # frame is sorted by customer id
    bins = ranks.map(lambda rank: 1 + sum(1 for j in range(1, k) if k * (rank - 1) > (n - 1) * j))
    if n >= k:
        via_qcut = pd.qcut(ranks, k, labels=False) + 1
        if not (via_qcut == bins).all():
            print(f'  note: pandas.qcut differs from the exact rank rule for {int((via_qcut != bins).sum())} customers')
    return bins


def fixed_bins(values, thresholds):
    return values.map(lambda v: 1 + sum(1 for e in thresholds if v > e))


def score(values, method, k):
    if len(values) == 0:
        return values.astype('int64')
    if method['method'] == 'quantile':
        return quantile_bins(values, k)
    if method['method'] == 'rank':
        return rank_bins(values, k)
    return fixed_bins(values, method['thresholds'])


def segment_of(row, rules):
    for rule in rules:
        ranges = [('r', row['r']), ('f', row['f']), ('m', row['m']), ('fm', (row['f'] + row['m']) / 2)]
        if all(rule.get(key) is None or rule[key][0] <= value <= rule[key][1] for key, value in ranges):
            return rule['id']
    return 'others'


def rfm(data, settings):
    before, as_of, checks = orders_before_as_of(data, settings)
    table = per_customer(before, as_of, settings)
    k = settings['k']
    table['r'] = k + 1 - score(table['recency'], settings['scoring']['r'], k)
    table['f'] = score(table['frequency'], settings['scoring']['f'], k)
    table['m'] = score(table['monetary'], settings['scoring']['m'], k)
    table['rfm_code'] = [f'{r}{f}{m}' for r, f, m in zip(table['r'], table['f'], table['m'])]
    table['segment_id'] = [segment_of(row, settings['segments']['rules']) for _, row in table.iterrows()]
    return table, checks


def write_golden(case, table):
    lines = ['customer,recency,frequency,monetary,r,f,m,rfm_code,segment_id']
    for row in table.itertuples(index=False):
        lines.append(','.join([str(row.customer), str(int(row.recency)), str(int(row.frequency)), repr(float(row.monetary)),
                               str(int(row.r)), str(int(row.f)), str(int(row.m)), row.rfm_code, row.segment_id]))
    text = '\n'.join(lines) + '\n'
    if case.get('compress'):
        # mtime=0 keeps the bytes identical from run to run
        with open(GOLDEN / f"{case['name']}.csv.gz", 'wb') as out, gzip.GzipFile(fileobj=out, mode='wb', mtime=0, compresslevel=9) as gz:
            gz.write(text.encode())
    else:
        (GOLDEN / f"{case['name']}.csv").write_text(text)


def write_synthetic():
    """The synthetic inputs: seeded random orders plus hand-placed edge cases (see README.md)."""
    rng = random.Random(20241122)
    rows = []
    for c in range(1, 31):
        for n in range(rng.choice([1, 1, 2, 3, 3, 4, 6])):
            day = pd.Timestamp('2024-01-01') + pd.Timedelta(days=rng.randrange(0, 182), hours=rng.choice([0, 9, 13, 21]))
            rows.append((f'c{c:02d}', f'o{c:02d}-{n}', day.strftime('%Y-%m-%d %H:%M:%S'), rng.choice(['10', '20', '20', '35.5', '0', '-5', '12.1'])))
    c05 = [r for r in rows if r[0] == 'c05']
    rows += [(twin, order.replace('o05', 'o' + twin[1:]), at, amount) for twin in ('c33', 'c34') for (_, order, at, amount) in c05]
    rows += [
        ('c31', 'o31-0', '2024-03-15 12:00:00', '0'),         # one order, zero amount
        ('c32', 'o32-0', '2024-05-02 08:00:00', '-15'),       # only a refund: negative monetary
        ('c35', 'o35-0', '2024-06-30 00:00:00', '50'),        # midnight the day before D: recency 1
        ('c03', 'o03-9', '2024-06-30 23:59:59', '5'),         # one second before D: recency 0
        ('c02', 'o02-9', '2024-07-01 00:00:00', '99'),        # exactly D: left out
        ('c04', 'o04-9', '2024-08-15 10:00:00', '99'),        # after D: left out (and sets the null as-of)
        ('c06', 'o06-9', '2024-04-01 10:00:00', '7'),         # an order with two lines:
        ('c06', 'o06-9', '2024-04-01 10:00:00', '8'),         #   one order, one day
        ('c06', 'o06-8', '2024-04-01 18:00:00', '3'),         # a second order the same day
        ('', 'o00-0', '2024-02-01 10:00:00', '10'),           # null customer
        ('c01', 'o01-9', '', '10'),                           # null timestamp
        ('c07', 'o07-9', '2024-02-01 10:00:00', ''),          # null amount
        ('c08', '', '2024-02-01 10:00:00', '10'),             # null order id
        ('', '', '', ''),                                     # all null: counted as null customer
    ]
    lines = ['customer,order_id,ordered_at,amount'] + [','.join(r) for r in rows]
    (FIXTURES / 'synthetic_orders.csv').write_text('\n'.join(lines) + '\n')
    identical = [(f'i{c}', f'i{c}-{n}', at, amount) for c in range(1, 7)
                 for n, (at, amount) in enumerate([('2024-03-01 10:00:00', '0.1'), ('2024-05-01 10:00:00', '0.13')])]
    lines = ['customer,order_id,ordered_at,amount'] + [','.join(r) for r in identical]
    (FIXTURES / 'synthetic_identical.csv').write_text('\n'.join(lines) + '\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--write-synthetic', action='store_true', help='rewrite the synthetic input CSVs first')
    args = parser.parse_args()
    if args.write_synthetic:
        write_synthetic()
    GOLDEN.mkdir(exist_ok=True)
    cases = json.loads((FIXTURES / 'cases.json').read_text())
    datasets = {}
    all_checks = {}
    for case in cases:
        if case['dataset'] not in datasets:
            datasets[case['dataset']] = DATASETS[case['dataset']]()
        table, checks = rfm(datasets[case['dataset']], case['settings'])
        write_golden(case, table)
        all_checks[case['name']] = checks
        print(f"{case['name']}: {len(table)} customers, as of {checks['as_of']}")
    (GOLDEN / 'checks.json').write_text(json.dumps(all_checks, indent=2, sort_keys=True) + '\n')


if __name__ == '__main__':
    main()
