// Command-line arguments of the headless runner, checked into plain options.
import { parseArgs } from 'node:util';

export interface CliOptions {
  workbook: string;
  data: Record<string, string>;
  /** null: the project's public folder (where the shipped demo's data lives). */
  base: string | null;
  out: string | null;
  format: 'parquet' | 'csv';
  json: boolean;
}

export const USAGE = `Usage: npm run headless -- <workbook.segbook.json> [options]

Runs every cell of a Segbook workbook on native DuckDB.

Options:
  --data name=path   data file for a source; name is the source cell name, the source's
                     file name or its id (repeat for several sources)
  --base dir         directory that sources' same-origin URLs are read from (default: ./public)
  --out dir          write each cell's result to dir/<cell name>.<format>
                     (charts: dir/<cell name>.vl.json, a Vega-Lite spec with its rows inline)
  --format fmt       parquet (default) or csv
  --json             print the run report as JSON instead of a table
  --help             show this help`;

/** Options, or the sentence saying what is wrong with the command line. */
export function parseCliArgs(argv: string[]): { ok: true; options: CliOptions } | { ok: false; help: boolean; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string', multiple: true },
        base: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { ok: false, help: false, message: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: false, help: true, message: USAGE };
  if (positionals.length !== 1) {
    return { ok: false, help: false, message: positionals.length === 0 ? 'Give the workbook file to run.' : `Give one workbook file, not ${positionals.length}: ${positionals.join(' ')}` };
  }
  const format = values.format ?? 'parquet';
  if (format !== 'parquet' && format !== 'csv') return { ok: false, help: false, message: `--format must be parquet or csv, not "${format}".` };
  const data: Record<string, string> = {};
  for (const entry of values.data ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) return { ok: false, help: false, message: `--data needs name=path, got "${entry}".` };
    data[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return {
    ok: true,
    options: { workbook: positionals[0]!, data, base: values.base ?? null, out: values.out ?? null, format, json: values.json ?? false },
  };
}
