// Chart compiler: builder settings -> extent query -> chart query -> Vega-Lite spec.
export type * from './types';
export { ENCODING_CHANNELS } from './types';
export { chartSettingsProblem, normalizeSettings, type ChartProblem } from './plan';
export { compileExtentQuery, readChartExtent, type ChartExtent, type ExtentQuery } from './compile-extent';
export { compileChartQuery, DEFAULT_MAX_POINTS, DEFAULT_SAMPLE_SEED, type ChartQueryOptions } from './compile-query';
export { compileVegaLiteSpec, CHART_DATASET } from './compile-spec';
export { niceBins, type Bins } from './nice-bins';
export type { BinExtent } from './chart-input';
