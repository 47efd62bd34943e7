// Entry of the Chromium test page served by test/e2e/chart-render.test.ts (a Vite dev server
// with the app's CSP). Not a *.test.ts file: the unit project does not run it. It exposes the
// chart modules on window so the test can drive them with plain JSON.
import '../../src/app.css';
import { mount, unmount } from 'svelte';
import type { TopLevelSpec } from 'vega-lite';
import { countMarkItems } from '../../src/ui/charts/scene-marks';
import { chartConfig, readThemeVariables } from '../../src/ui/charts/chart-theme';
import { toPNG, toSVG } from '../../src/ui/charts/chart-export';
import { ChartFailure, renderChart, type RenderedChart } from '../../src/ui/charts/vega-safe';
import VegaChart from '../../src/ui/charts/VegaChart.svelte';

const cspViolations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));

let current: RenderedChart | null = null;
let mounted: ReturnType<typeof mount> | null = null;

function host(width: number): HTMLElement {
  const el = document.getElementById('host')!;
  el.style.width = `${width}px`;
  return el;
}


async function render(spec: TopLevelSpec, rows: object[], width = 640) {
  current?.finalize();
  current = null;
  const el = host(width);
  el.replaceChildren();
  const started = performance.now();
  try {
    current = await renderChart(el, spec, rows, { config: chartConfig(readThemeVariables(el), 'ko'), width, height: 320 });
    return { ok: true as const, renderer: current.renderer, ms: performance.now() - started, rects: countMarkItems(current.view, 'rect'), symbols: countMarkItems(current.view, 'symbol') };
  } catch (e) {
    const f = e instanceof ChartFailure ? e : null;
    return { ok: false as const, kind: f?.kind ?? 'unknown', url: f?.url ?? '', message: String((e as Error).message) };
  }
}

async function exportCurrent() {
  if (!current) throw new Error('render first');
  const png = await toPNG(current.view, 2);
  const svg = await toSVG(current.view);
  return { pngType: png.type, pngHead: [...new Uint8Array(await png.slice(0, 8).arrayBuffer())], pngSize: png.size, svgType: svg.type, svgText: await svg.text() };
}

function mountChart(spec: TopLevelSpec, rows: object[], width = 720, title = '') {
  current?.finalize();
  current = null;
  if (mounted) unmount(mounted);
  const el = host(width);
  el.replaceChildren();
  mounted = mount(VegaChart, { target: el, props: { spec, rows, height: 300, title } });
}

Object.assign(window, { chartTest: { render, exportCurrent, mountChart, cspViolations, ready: true } });
