// Scores 1..k per DESIGN.md section 4. Every method produces k - 1 ascending edges; the score
// is 1 + the number of edges the value is strictly above, so a value equal to an edge goes to
// the lower bin and equal values always share a score. Recency is binned on days like the
// others and then reversed (most recent = k): a recency equal to an edge gets the higher R.
//
// Quantile edges are computed here rather than with quantile_cont: DuckDB interpolates doubles
// as lo * (1 - d) + hi * d, which for lo = hi can land one unit in the last place below the
// value (0.23 with n = 3, k = 3 gives 0.22999999999999998), and then every customer tied at
// that value moves up a bin. lo + (hi - lo) * d is exactly lo when lo = hi.

import type { RfmDimension, RfmScoringMethod, RfmSettings } from './settings';

export const DIMENSION_VALUE: Record<RfmDimension, 'recency' | 'frequency' | 'monetary'> = {
  r: 'recency',
  f: 'frequency',
  m: 'monetary',
};

const DIMENSIONS: readonly RfmDimension[] = ['r', 'f', 'm'];
const steps = (k: number): number[] => Array.from({ length: k - 1 }, (_, i) => i + 1);
const usesMethod = (settings: RfmSettings, method: RfmScoringMethod['method']) =>
  DIMENSIONS.filter((d) => settings.scoring[d].method === method).map((d) => DIMENSION_VALUE[d]);

/** `ranked`: per_customer plus 1..n ranks for the dimensions scored by rank, or null if none. */
export function rankedCte(settings: RfmSettings): string | null {
  const ranked = usesMethod(settings, 'rank');
  if (ranked.length === 0) return null;
  const ranks = ranked.map((value) => `    row_number() OVER (ORDER BY ${value}, customer) AS ${value}_rank`);
  return ['ranked AS (', '  -- rank 1..n by value, ties broken by customer id ascending', '  SELECT', '    per_customer.*,', ranks.join(',\n'), '  FROM per_customer', ')'].join('\n');
}

/**
 * `sorted_values` (n and the ascending values of the quantile dimensions) and `edge_steps`
 * (where edge j = 1..k-1 sits), or nothing when every dimension has fixed thresholds.
 */
export function edgeStepCtes(settings: RfmSettings): string[] {
  if (usesMethod(settings, 'fixed').length === 3) return [];
  const { k } = settings;
  const sorted = usesMethod(settings, 'quantile').map((value) => `,\n    list_sort(list(${value})) AS ${value}_sorted`);
  return [
    ['sorted_values AS (', '  SELECT', `    count(*) AS n${sorted.join('')}`, '  FROM per_customer', ')'].join('\n'),
    [
      'edge_steps AS (',
      `  -- type-7 quantile j/${k} of n sorted values: (n - 1) * j / ${k} places after the first,`,
      '  -- `fraction` of the way from the value at 1-based position `below` to the one at `above`',
      '  SELECT',
      '    j,',
      `    (n - 1) * j // ${k} + 1 AS below,`,
      `    ((n - 1) * j + ${k - 1}) // ${k} + 1 AS above,`,
      `    (n - 1) * j % ${k} / ${k} AS fraction`,
      `  FROM sorted_values, (VALUES ${steps(k).map((j) => `(${j})`).join(', ')}) AS steps(j)`,
      ')',
    ].join('\n'),
  ];
}

/**
 * quantile: type-7 (linear) quantiles j/k of the values.
 * rank: the same rule on the ranks 1..n, whose type-7 quantile j/k is 1 + (n - 1) j / k.
 * fixed: the user's thresholds.
 */
function edgesExpression(dimension: RfmDimension, method: RfmScoringMethod, k: number): string {
  const value = DIMENSION_VALUE[dimension];
  switch (method.method) {
    case 'quantile': {
      const [lo, hi] = [`${value}_sorted[below]`, `${value}_sorted[above]`];
      return `list(${lo} + (${hi} - ${lo}) * fraction ORDER BY j)`;
    }
    case 'rank':
      return `list(1 + (n - 1) * j / ${k} ORDER BY j)`;
    case 'fixed':
      return `CAST([${method.thresholds.map(String).join(', ')}] AS DOUBLE[])`;
  }
}

/** `edges`: exactly one row holding each dimension's k - 1 edges as a list. */
export function edgesCte(settings: RfmSettings): string {
  const lines = DIMENSIONS.map((d) => `    ${edgesExpression(d, settings.scoring[d], settings.k)} AS ${DIMENSION_VALUE[d]}_edges`);
  // Only fixed thresholds: constants, no table (reading one would repeat the row per step).
  const from = usesMethod(settings, 'fixed').length === 3 ? [] : ['  FROM edge_steps, sorted_values'];
  return ['edges AS (', '  SELECT', lines.join(',\n'), ...from, ')'].join('\n');
}

function scoreExpression(dimension: RfmDimension, settings: RfmSettings): string {
  const value = DIMENSION_VALUE[dimension];
  const basis = settings.scoring[dimension].method === 'rank' ? `${value}_rank` : value;
  const above = steps(settings.k).map((j) => `(${basis} > ${value}_edges[${j}])::INTEGER`);
  const count = above.join('\n      + ');
  return dimension === 'r' ? `    ${settings.k} - (\n      ${count}\n    ) AS r` : `    1 + (\n      ${count}\n    ) AS ${dimension}`;
}

export function scoredCte(settings: RfmSettings, from: 'ranked' | 'per_customer'): string {
  return [
    'scored AS (',
    '  SELECT',
    `    ${from}.*,`,
    `    -- recency is reversed: the most recent customers score ${settings.k}`,
    DIMENSIONS.map((d) => scoreExpression(d, settings)).join(',\n'),
    `  FROM ${from}, edges`,
    ')',
  ].join('\n');
}
