// Per-feature transforms, applied in this order: winsorise (clip raw values at percentiles),
// log1p, then scale. The fitted parameters are kept so model-space centres can be reported
// back in the feature's own units (inverse), and so the same transform can be replayed.

export type FeatureScale = 'none' | 'standardise' | 'robust';

export interface FeatureOptions {
  log1p: boolean;
  scale: FeatureScale;
  /** Clip at these percentiles (0..100, type-7 like numpy.percentile) of the rows kept; null: no clipping. */
  winsorise: { lower: number; upper: number } | null;
}

export interface FeatureTransform {
  column: string;
  options: FeatureOptions;
  /** Clip bounds in raw units; -Infinity/Infinity without winsorising. */
  clipLow: number;
  clipHigh: number;
  /** model value = (log1p?(clip(x)) - centre) / scale; centre 0 and scale 1 for 'none'. */
  centre: number;
  scale: number;
  /** 'robust' whose IQR is 0 falls back to the population standard deviation. */
  robustFallback: boolean;
}

/** Type-7 quantile (linear interpolation, numpy's default) of ascending `sorted`, p in [0, 1]. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function clipBounds(sorted: Float64Array, options: FeatureOptions): [number, number] {
  if (!options.winsorise) return [-Infinity, Infinity];
  return [quantileSorted(sorted, options.winsorise.lower / 100), quantileSorted(sorted, options.winsorise.upper / 100)];
}

/** Raw value -> value before scaling (clipped, log1p'd). */
export function preScale(x: number, t: Pick<FeatureTransform, 'clipLow' | 'clipHigh' | 'options'>): number {
  const clipped = x < t.clipLow ? t.clipLow : x > t.clipHigh ? t.clipHigh : x;
  return t.options.log1p ? Math.log1p(clipped) : clipped;
}

/** Centre and scale of pre-scaled values. Population sd, as sklearn's StandardScaler. */
export function fitScale(values: Float64Array, scale: FeatureScale): { centre: number; scale: number; robustFallback: boolean } {
  if (scale === 'none') return { centre: 0, scale: 1, robustFallback: false };
  if (scale === 'robust') {
    const sorted = Float64Array.from(values).sort();
    const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
    const median = quantileSorted(sorted, 0.5);
    if (iqr > 0) return { centre: median, scale: iqr, robustFallback: false };
    return { centre: median, scale: populationSd(values, mean(values)), robustFallback: true };
  }
  const m = mean(values);
  return { centre: m, scale: populationSd(values, m), robustFallback: false };
}

/** Model-space coordinate -> the feature's own units. Clipping cannot be undone (values stay within the bounds). */
export function inverseTransform(z: number, t: FeatureTransform): number {
  const unscaled = z * t.scale + t.centre;
  return t.options.log1p ? Math.expm1(unscaled) : unscaled;
}

export function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Two-pass (sum of squared deviations), as numpy.var: no cancellation on large offsets. */
export function populationSd(values: Float64Array, m: number): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const dev = values[i]! - m;
    ss += dev * dev;
  }
  return Math.sqrt(ss / values.length);
}
