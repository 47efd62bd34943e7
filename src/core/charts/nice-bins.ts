// Bin boundaries with "nice" steps, the same algorithm as vega-statistics `bin` (base 10,
// divide [5, 2], nice extent), so a binned chart looks like one Vega-Lite would have drawn.

export interface Bins {
  start: number;
  stop: number;
  step: number;
}

export const DEFAULT_MAXBINS = 10;

export function niceBins(min: number, max: number, maxbins = DEFAULT_MAXBINS): Bins {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new Error(`bin extent must be finite: ${min}, ${max}`);
  const base = 10;
  const logb = Math.log(base);
  const span = max - min || Math.abs(min) || 1;
  const level = Math.ceil(Math.log(Math.max(2, maxbins)) / logb);
  let step = Math.pow(base, Math.round(Math.log(span) / logb) - level);
  while (Math.ceil(span / step) > maxbins) step *= base;
  for (const divisor of [5, 2]) {
    const smaller = step / divisor;
    if (span / smaller <= maxbins) step = smaller;
  }
  const logStep = Math.log(step);
  const precision = logStep >= 0 ? 0 : ~~(-logStep / logb) + 1;
  const eps = Math.pow(base, -precision - 1);
  const floored = Math.floor(min / step + eps) * step;
  const start = min < floored ? floored - step : floored;
  const stop = Math.ceil(max / step) * step;
  return { start: tidy(start, precision), stop: tidy(stop === start ? start + step : stop, precision), step: tidy(step, precision) };
}

/** 0.30000000000000004 -> 0.3: edges are shown to people and compared in tests. */
function tidy(value: number, precision: number): number {
  return Number(value.toFixed(Math.min(20, precision + 2)));
}
