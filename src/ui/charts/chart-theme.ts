// One look for charts and the app: colours and font come from the CSS variables of
// src/app.css (read with getComputedStyle, so light/dark follow the page), numbers get
// thousands separators, tooltips are on. Building the config is pure so it can be tested
// without a DOM.
import type { Config } from 'vega-lite';
import type { Locale } from '../../i18n/index.svelte';
import { CHART_FORMAT } from './chart-formats';
import { chartLocale } from './chart-locale';

/** The app.css variables a chart uses, as computed on the element that holds it. */
export interface ThemeVariables {
  font: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  /** --chart-1 … --chart-10 from app.css; empty (outside the app) means the built-in copy below. */
  palette: string[];
}

export const FONT_STACK = "'Pretendard', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif";

/** Light fallbacks equal app.css, so a chart outside the app (tests, export) still looks right. */
const LIGHT_DEFAULTS: ThemeVariables = {
  font: FONT_STACK, surface: '#ffffff', text: '#1f2328', muted: '#646a73', border: '#e1e3e6', accent: '#2f6fde', palette: [],
};

// Ten hues led by the app accent; the dark set is lighter so marks keep contrast on #1d2024.
// The same values as app.css --chart-N, for charts drawn outside the app (tests, exports).
const LIGHT_PALETTE = ['#2f6fde', '#e8743b', '#19a979', '#945ecf', '#d6457a', '#13a4b4', '#c49a00', '#6c8893', '#a0522d', '#525df4'];
const DARK_PALETTE = ['#6b9cf5', '#f5a05a', '#4fcf9c', '#b48cf0', '#f07aa5', '#4cc9d6', '#e6c04a', '#9fb4bd', '#e08a5c', '#8e95ff'];

export function readThemeVariables(element: Element): ThemeVariables {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const colour = style.getPropertyValue(`--chart-${i}`).trim();
    if (colour) palette.push(colour);
  }
  return {
    font: read('--font', LIGHT_DEFAULTS.font),
    surface: read('--surface', LIGHT_DEFAULTS.surface),
    text: read('--text', LIGHT_DEFAULTS.text),
    muted: read('--muted', LIGHT_DEFAULTS.muted),
    border: read('--border', LIGHT_DEFAULTS.border),
    accent: read('--accent', LIGHT_DEFAULTS.accent),
    palette,
  };
}

/** Relative luminance below one half: the page is in dark mode. Accepts #rgb, #rrggbb and rgb(). */
export function isDarkColour(colour: string): boolean {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  let rgb: number[] | undefined;
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else {
    const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(colour);
    if (m) rgb = [m[1], m[2], m[3]].map(Number);
  }
  if (!rgb) return false;
  const [r, g, b] = rgb.map((v) => v / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function chartConfig(vars: ThemeVariables, locale: Locale): Config {
  const dark = isDarkColour(vars.surface);
  const palette = vars.palette.length >= 3 ? vars.palette : dark ? DARK_PALETTE : LIGHT_PALETTE;
  const label = { labelColor: vars.muted, labelFont: vars.font, labelFontSize: 12 };
  const title = { titleColor: vars.text, titleFont: vars.font, titleFontSize: 12, titleFontWeight: 600 as const };
  return {
    // Exports carry the background, so a PNG from dark mode is not dark text on transparency.
    background: vars.surface,
    font: vars.font,
    padding: 8,
    autosize: { type: 'fit', contains: 'padding' },
    locale: chartLocale(locale),
    numberFormat: CHART_FORMAT.number,
    view: { stroke: 'transparent', continuousHeight: 300, continuousWidth: 480 },
    axis: {
      ...label, ...title,
      domainColor: vars.border, tickColor: vars.border, gridColor: vars.border, gridOpacity: dark ? 0.7 : 1,
      labelLimit: 180, titlePadding: 8,
    },
    // Long category names stay level and readable instead of the default vertical text.
    axisBand: { labelAngle: 0, labelOverlap: 'greedy', labelLimit: 140 },
    legend: { ...label, ...title, labelColor: vars.text, symbolType: 'circle' },
    header: { labelColor: vars.text, labelFont: vars.font, labelFontSize: 12, titleColor: vars.text, titleFont: vars.font },
    title: { color: vars.text, font: vars.font, fontSize: 14, fontWeight: 600, subtitleColor: vars.muted, anchor: 'start' },
    mark: { color: vars.accent, tooltip: true },
    bar: { cornerRadiusEnd: 2 },
    text: { color: vars.text },
    arc: { stroke: vars.surface },
    range: {
      category: palette,
      ramp: { scheme: dark ? 'darkblue' : 'blues' },
      heatmap: { scheme: dark ? 'darkblue' : 'blues' },
    },
  };
}
