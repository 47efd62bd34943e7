// Vega's loader is how a spec reaches the network (data.url, image marks, href links).
// Charts get rows only from DuckDB, so every entry point refuses, with a message that says why.
import type { Loader } from 'vega';

export class ChartUrlRefused extends Error {
  constructor(readonly url: string) {
    super(`Charts read data only from the workbook's tables; refused to load "${url}".`);
    this.name = 'ChartUrlRefused';
  }
}

/** A loader that never fetches; `refused` collects what a spec tried to reach (for errors and tests). */
export function refusingLoader(): Loader & { refused: string[] } {
  const refused: string[] = [];
  const refuse = (uri: unknown): Promise<never> => {
    const url = String(uri);
    refused.push(url);
    return Promise.reject(new ChartUrlRefused(url));
  };
  return { refused, load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/** Every `url` a compiled Vega spec would load (data sources at any nesting, e.g. facet groups). */
export function findDataUrls(vegaSpec: unknown): string[] {
  const urls: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'data' && Array.isArray(value)) {
        for (const source of value) {
          if (source && typeof source === 'object' && 'url' in source) urls.push(JSON.stringify((source as { url: unknown }).url).replace(/^"|"$/g, ''));
        }
      }
      visit(value);
    }
  };
  visit(vegaSpec);
  return urls;
}
