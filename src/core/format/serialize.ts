// Writes a workbook with a fixed key order and 2-space indentation, so saved
// files diff cleanly and serialize(parse(text)) === text for any saved file.

import * as v from 'valibot';
import { assertNever } from '../assert-never';
import { chartSettingsSchema } from '../charts/schema';
import { cleanSettingsSchema } from '../clean/schema';
import { filterSettingsSchema } from '../filter/schema';
import { joinSettingsSchema } from '../join/schema';
import { behaviourSettingsSchema } from '../segments/behaviour/settings';
import { lifecycleSettingsSchema } from '../segments/lifecycle/settings';
import { personaSettingsSchema } from '../segments/persona/settings';
import { profileSettingsSchema } from '../segments/profile/settings';
import { rfmSettingsSchema } from '../segments/rfm/settings';
import { kmeansSettingsSchema } from '../kmeans/settings';
import type { CsvOptions, ImportOptions } from '../workbook/import-options';
import type { Cell, Source, SourceFingerprint, Workbook } from '../workbook/types';

/** Drops undefined fields so optional keys are absent rather than null. */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function orderCell(cell: Cell): Cell {
  const base = { id: cell.id, kind: cell.kind, name: cell.name, inputs: [...cell.inputs] };
  switch (cell.kind) {
    case 'source':
      return { ...base, kind: cell.kind, settings: { source: cell.settings.source } };
    case 'sql':
      return { ...base, kind: cell.kind, settings: { sql: cell.settings.sql } };
    case 'markdown':
      return { ...base, kind: cell.kind, settings: { text: cell.settings.text } };
    case 'chart': {
      // valibot builds its output in schema key order (JSON.stringify drops undefined optionals)
      const { mode, chart, spec, title } = cell.settings;
      return { ...base, kind: cell.kind, settings: { mode, chart: v.parse(chartSettingsSchema, chart), spec, title } };
    }
    case 'filter':
      return { ...base, kind: cell.kind, settings: v.parse(filterSettingsSchema, cell.settings) };
    case 'clean':
      return { ...base, kind: cell.kind, settings: v.parse(cleanSettingsSchema, cell.settings) };
    case 'join':
      return { ...base, kind: cell.kind, settings: v.parse(joinSettingsSchema, cell.settings) };
    case 'rfm':
      return { ...base, kind: cell.kind, settings: v.parse(rfmSettingsSchema, cell.settings) };
    case 'lifecycle':
      return { ...base, kind: cell.kind, settings: v.parse(lifecycleSettingsSchema, cell.settings) };
    case 'behaviour':
      return { ...base, kind: cell.kind, settings: v.parse(behaviourSettingsSchema, cell.settings) };
    case 'cluster':
      return { ...base, kind: cell.kind, settings: v.parse(kmeansSettingsSchema, cell.settings) };
    case 'profile': {
      const { profile, persona } = cell.settings;
      return { ...base, kind: cell.kind, settings: { profile: v.parse(profileSettingsSchema, profile), persona: v.parse(personaSettingsSchema, persona) } };
    }
    default:
      return assertNever(cell);
  }
}

function orderCsv(csv: CsvOptions): CsvOptions {
  return defined({
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    header: csv.header,
    quote: csv.quote,
    columnTypes: csv.columnTypes ? { ...csv.columnTypes } : undefined,
  });
}

function orderOptions(options: ImportOptions): ImportOptions {
  return defined({
    format: options.format,
    csv: options.csv ? orderCsv(options.csv) : undefined,
    xlsx: options.xlsx ? { sheet: options.xlsx.sheet, header: options.xlsx.header } : undefined,
  });
}

function orderFingerprint(f: SourceFingerprint): SourceFingerprint {
  return {
    size: f.size,
    rowCount: f.rowCount,
    columns: f.columns.map((c) => ({ name: c.name, type: c.type })),
    sampleHash: f.sampleHash,
  };
}

function orderSource(source: Source): Source {
  return defined({
    id: source.id,
    fileName: source.fileName,
    url: source.url,
    options: orderOptions(source.options),
    fingerprint: source.fingerprint ? orderFingerprint(source.fingerprint) : undefined,
  });
}

export function serializeWorkbook(wb: Workbook): string {
  const ordered: Workbook = defined({
    format: wb.format,
    version: wb.version,
    title: wb.title,
    locale: wb.locale,
    cells: wb.cells.map(orderCell),
    sources: wb.sources.map(orderSource),
    data: wb.data
      ? Object.fromEntries(Object.entries(wb.data).map(([id, t]) => [id, { encoding: t.encoding, base64: t.base64 }]))
      : undefined,
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
