// The chart view's sentences in both languages. They belong in the i18n catalogue
// (src/i18n/{en,ko}) as `chart.*` keys; kept here until that file is edited by its owner.
import { i18n } from '../../i18n/index.svelte';

const en = {
  'chart.label': 'Chart',
  'chart.empty': 'No rows to chart. The input table is empty, or every row was filtered out.',
  'chart.failed': 'The chart could not be drawn.',
  'chart.urlRefused': 'Charts read data only from the workbook’s tables; this spec asked to load {url}.',
  'chart.rendering': 'Drawing chart…',
  'chart.png': 'PNG',
  'chart.pngHint': 'Download the chart as a PNG image (2× resolution)',
  'chart.svg': 'SVG',
  'chart.svgHint': 'Download the chart as an SVG vector image',
};
type ChartTextKey = keyof typeof en;

const ko: Record<ChartTextKey, string> = {
  'chart.label': '차트',
  'chart.empty': '차트로 그릴 행이 없습니다. 입력 테이블이 비어 있거나 모든 행이 걸러졌습니다.',
  'chart.failed': '차트를 그리지 못했습니다.',
  'chart.urlRefused': '차트는 워크북의 테이블에서만 데이터를 읽습니다. 이 스펙은 외부 주소({url})에서 데이터를 불러오려 했습니다.',
  'chart.rendering': '차트를 그리는 중…',
  'chart.png': 'PNG',
  'chart.pngHint': '차트를 PNG 이미지로 내려받기 (2배 해상도)',
  'chart.svg': 'SVG',
  'chart.svgHint': '차트를 SVG 벡터 이미지로 내려받기',
};

export const CHART_TEXT = { en, ko } as const;

/** Reads i18n.locale, so markup calling it re-renders on a language switch. */
export function chartText(key: ChartTextKey, params: Record<string, string> = {}): string {
  return CHART_TEXT[i18n.locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
