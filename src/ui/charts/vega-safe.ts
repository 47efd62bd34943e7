// Renders a Vega-Lite spec under the app's Content-Security-Policy: expressions run in
// vega-interpreter (no eval/new Function), the loader refuses every URL, and rows are handed
// in as the named dataset `table` (the spec says `data: { name: 'table' }`).
import embed from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { View } from 'vega';
import type { Config, TopLevelSpec } from 'vega-lite';
import { ChartFailure } from './chart-failure';
import { isCompositeLayout, prepareSpec } from './prepare-spec';
import { ChartUrlRefused, findDataUrls, refusingLoader } from './refusing-loader';

export { ChartFailure };

/**
 * Above this many rows (≈ marks) SVG gets slow (DESIGN §2: 100k points SVG 2.9 s, canvas 1.6 s;
 * bench: a 5,000-point scatter took 1.5 s in SVG on a busy 2-core machine).
 */
export const CANVAS_ABOVE_MARKS = 1_000;

export type ChartRenderer = 'svg' | 'canvas';

export interface RenderOptions {
  config?: Config;
  /** Size of the whole chart in CSS pixels (axes and legend included, via autosize fit); a size the spec sets wins. */
  width?: number;
  height?: number;
  /** Forces a renderer; by default canvas above CANVAS_ABOVE_MARKS rows, else svg. */
  renderer?: ChartRenderer;
  /** vega-tooltip colours: follow the page theme. */
  tooltipTheme?: 'light' | 'dark';
}

export interface RenderedChart {
  view: View;
  renderer: ChartRenderer;
  /** The width follows the container (view.width(w)); false when the spec fixes it or is a composite layout. */
  resizable: boolean;
  finalize: () => void;
}

export function chooseRenderer(rowCount: number): ChartRenderer {
  return rowCount > CANVAS_ABOVE_MARKS ? 'canvas' : 'svg';
}

export async function renderChart(element: HTMLElement, spec: TopLevelSpec, rows: readonly object[], options: RenderOptions = {}): Promise<RenderedChart> {
  const loader = refusingLoader();
  const errors: string[] = [];
  const renderer = options.renderer ?? chooseRenderer(rows.length);
  const logger = vegaLogger(errors);
  let result;
  try {
    result = await embed(element, prepareSpec(spec, rows, options), {
      mode: 'vega-lite',
      ast: true,
      expr: expressionInterpreter,
      renderer,
      actions: false,
      defaultStyle: false,
      hover: false,
      loader,
      logger,
      config: withoutBulkTooltips(options.config ?? {}, rows.length),
      tooltip: { theme: options.tooltipTheme ?? 'light' },
      // Refuse before Vega starts: a clear message instead of an empty chart plus a log line.
      patch: (vgSpec) => {
        const urls = findDataUrls(vgSpec);
        if (urls.length > 0) throw new ChartUrlRefused(urls[0]!);
        return vgSpec;
      },
    });
  } catch (e) {
    throw asChartFailure(e);
  }
  // Vega logs dataflow failures instead of throwing; a chart that logged an error is not trustworthy.
  const refusedUrl = loader.refused[0];
  if (refusedUrl !== undefined || errors.length > 0) {
    result.finalize();
    throw refusedUrl !== undefined ? new ChartFailure('url', new ChartUrlRefused(refusedUrl).message, refusedUrl) : new ChartFailure('render', errors[0]!);
  }
  const ownWidth = (spec as { width?: unknown }).width;
  const resizable = !isCompositeLayout(spec as unknown as Record<string, unknown>) && (ownWidth === undefined || ownWidth === 'container');
  return { view: result.view, renderer, resizable, finalize: result.finalize };
}

/**
 * Default tooltips build one object per mark through the interpreter: measured +1.4 s on a
 * 100k-point scatter (4.0 s -> 5.3 s with the theme, loaded 2-core machine). Above the canvas threshold only explicit
 * `encoding.tooltip` remains.
 */
function withoutBulkTooltips(config: Config, rowCount: number): Config {
  return rowCount > CANVAS_ABOVE_MARKS ? { ...config, mark: { ...config.mark, tooltip: false } } : config;
}

function asChartFailure(e: unknown): ChartFailure {
  if (e instanceof ChartFailure) return e;
  if (e instanceof ChartUrlRefused) return new ChartFailure('url', e.message, e.url);
  return new ChartFailure('spec', e instanceof Error ? e.message : String(e));
}

/** Vega's logger interface; warnings go to the console as Vega does, errors are also kept. */
function vegaLogger(errors: string[]) {
  let level = 2; // vega.Warn
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) { errors.push(text(args)); return logger; },
    warn(...args: unknown[]) { if (level >= 2) console.warn('[vega]', text(args)); return logger; },
    info(...args: unknown[]) { if (level >= 3) console.info('[vega]', text(args)); return logger; },
    debug(...args: unknown[]) { if (level >= 4) console.debug('[vega]', text(args)); return logger; },
  };
  return logger as never;
}
