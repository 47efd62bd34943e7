// Builds small workbooks for tests by hand, with readable ids.

import { relinkInputs } from '../../src/core/workbook/links';
import type { Cell, Workbook } from '../../src/core/workbook/types';

export function sql(id: string, name: string, text: string): Cell {
  return { id, kind: 'sql', name, inputs: [], settings: { sql: text } };
}

export function source(id: string, name: string, sourceId = `s${id.slice(1)}`): Cell {
  return { id, kind: 'source', name, inputs: [], settings: { source: sourceId } };
}

export function markdown(id: string, name: string, text = ''): Cell {
  return { id, kind: 'markdown', name, inputs: [], settings: { text } };
}

/** A workbook from cells; sql inputs are derived from the text, sources made for source cells. */
export function workbook(...cells: Cell[]): Workbook {
  const sources = cells.flatMap((c) =>
    c.kind === 'source'
      ? [{ id: c.settings.source, fileName: `${c.name}.csv`, options: { format: 'csv' as const } }]
      : [],
  );
  return relinkInputs({ format: 'segbook.workbook', version: 1, title: 't', locale: 'en', cells, sources });
}

export function chart(id: string, name: string, input?: string, chartSettings: Partial<Extract<Cell, { kind: 'chart' }>['settings']> = {}): Cell {
  return {
    id, kind: 'chart', name, inputs: input ? [input] : [],
    settings: { mode: 'builder', chart: { mark: 'bar', encodings: {} }, spec: '', title: '', ...chartSettings },
  };
}
