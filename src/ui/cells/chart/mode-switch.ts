// Switching a chart cell between the builder and the JSON editor keeps what it can.
import { builderToSpec, specToBuilder } from '../../../core/charts/portable-spec';
import { parseSpec } from '../../../core/charts/run-chart';
import type { ChartCellSettings } from '../../../core/workbook/types';

/** To JSON: the user's own text while it still says what the builder shows, else the builder's chart as a spec. */
export function toJsonMode(settings: ChartCellSettings): ChartCellSettings {
  const fromBuilder = JSON.stringify(builderToSpec(settings.chart, settings.title), null, 2);
  let keep = false;
  try {
    const reading = specToBuilder(parseSpec(settings.spec));
    keep = JSON.stringify(reading.settings) === JSON.stringify(settings.chart) && reading.title === settings.title;
  } catch {
    keep = false;
  }
  return { ...settings, mode: 'json', spec: keep ? settings.spec : fromBuilder };
}

/** To the builder: what the builder can read from the spec; `lost` names the rest (the JSON text is kept). */
export function toBuilderMode(settings: ChartCellSettings): { settings: ChartCellSettings; lost: string[] } {
  let spec;
  try {
    spec = parseSpec(settings.spec);
  } catch {
    return { settings: { ...settings, mode: 'builder' }, lost: ['(JSON does not parse)'] };
  }
  const reading = specToBuilder(spec);
  return { settings: { ...settings, mode: 'builder', chart: reading.settings, title: reading.title }, lost: reading.lost };
}
