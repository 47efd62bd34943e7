// Saved workbook data: exactly what goes into the .segbook.json file.
// Runtime state (status, results, errors, timings) lives in src/state and is
// never part of these types. See DESIGN.md section 3.

import type { ChartSettings } from '../charts/types';
import type { CleanSettings } from '../clean/types';
import type { FilterSettings } from '../filter/types';
import type { JoinSettings } from '../join/types';
import type { KmeansSettings } from '../kmeans/settings';
import type { BehaviourSettings } from '../segments/behaviour/settings';
import type { LifecycleSettings } from '../segments/lifecycle/settings';
import type { PersonaSettings } from '../segments/persona/settings';
import type { ProfileSettings } from '../segments/profile/settings';
import type { RfmSettings } from '../segments/rfm/settings';
import type { ColumnInfo, ImportOptions } from './import-options';

export type CellId = string; // 'c' + base36; stable, never reused within a workbook
export type SourceId = string; // 's' + base36

export interface SourceCellSettings {
  source: SourceId;
}
export interface SqlCellSettings {
  sql: string;
}
export interface MarkdownCellSettings {
  text: string;
}
/**
 * A chart of the cell's one input (inputs[0]). 'builder' draws `chart` with the aggregation done
 * in DuckDB; 'json' draws the Vega-Lite spec text `spec`. Both are kept, so switching modes loses nothing.
 */
export interface ChartCellSettings {
  mode: 'builder' | 'json';
  chart: ChartSettings;
  spec: string;
  title: string;
}

interface CellBase {
  id: CellId;
  /** The SQL name of this cell's result table: unique, a plain identifier ([A-Za-z_][A-Za-z0-9_]*, or Hangul letters). */
  name: string;
  /** Upstream cells this one reads. For sql cells, derived from the SQL text on every edit; other kinds choose them (a chart reads inputs[0]). */
  inputs: CellId[];
}

export interface SourceCell extends CellBase {
  kind: 'source';
  settings: SourceCellSettings;
}
export interface SqlCell extends CellBase {
  kind: 'sql';
  settings: SqlCellSettings;
}
export interface MarkdownCell extends CellBase {
  kind: 'markdown';
  settings: MarkdownCellSettings;
}

export interface ChartCell extends CellBase {
  kind: 'chart';
  settings: ChartCellSettings;
}

/** Rows of its one input (inputs[0]) that meet no-code conditions; see core/filter. */
export interface FilterCell extends CellBase {
  kind: 'filter';
  settings: FilterSettings;
}

/** Tagged union over `kind`; add kinds here and in core/cells/registry.ts. */
/** Recency, frequency and monetary scores and a named segment per customer of its input's orders. */
export interface RfmCell extends CellBase {
  kind: 'rfm';
  settings: RfmSettings;
}

/** Lifecycle state per customer (new, active, loyal, at risk, churned, reactivated) as of a date. */
export interface LifecycleCell extends CellBase {
  kind: 'lifecycle';
  settings: LifecycleSettings;
}

/** Customers matching one behaviour rule template (cart abandoners, browsers, ...). */
export interface BehaviourCell extends CellBase {
  kind: 'behaviour';
  settings: BehaviourSettings;
}

export interface ProfileCellSettings {
  profile: ProfileSettings;
  persona: PersonaSettings;
}
/** Per-segment profile of a customer table with a segment column, and a persona card per segment. */
export interface ProfileCell extends CellBase {
  kind: 'profile';
  settings: ProfileCellSettings;
}

/** k-means clusters of its input's rows on chosen numeric columns (core/kmeans). */
export interface ClusterCell extends CellBase {
  kind: 'cluster';
  settings: KmeansSettings;
}

/** Its input after ordered cleaning steps (dedupe, trim, cast, nulls, exclusions, caps); see core/clean. */
export interface CleanCell extends CellBase {
  kind: 'clean';
  settings: CleanSettings;
}

/** One table from several: `inputs` in order, settings refer to them by index; see core/join. */
export interface JoinCell extends CellBase {
  kind: 'join';
  settings: JoinSettings;
}

export type Cell =
  | SourceCell | SqlCell | MarkdownCell | ChartCell | FilterCell | CleanCell | JoinCell
  | RfmCell | LifecycleCell | BehaviourCell | ProfileCell | ClusterCell;
export type CellKind = Cell['kind'];

/** What identifies an input file, so a reopened workbook can check an attached file. */
export interface SourceFingerprint {
  size: number;
  rowCount: number;
  columns: ColumnInfo[];
  /** SHA-256 (hex) of the first and last 1 MiB plus the size: cheap on multi-GB files. */
  sampleHash: string;
}

export interface Source {
  id: SourceId;
  fileName: string;
  /** Same-origin URL (e.g. 'data/online_retail.csv') to fetch the file from when not attached. */
  url?: string;
  options: ImportOptions;
  fingerprint?: SourceFingerprint;
}

export interface EmbeddedTable {
  /**
   * 'file.gz': base64 of the gzip'd original file, read with the source's own options (what
   * "Save with data" writes: the fingerprint still matches, CP949 or xlsx stay what they were).
   * 'csv.gz': base64 of a gzip'd UTF-8 CSV with header (for workbooks written by other tools).
   */
  encoding: 'file.gz' | 'csv.gz';
  base64: string;
}

export interface Workbook {
  format: 'segbook.workbook';
  version: 1;
  title: string;
  locale: 'ko' | 'en';
  cells: Cell[];
  sources: Source[];
  /** Optional embedded input data keyed by SourceId. */
  data?: Record<SourceId, EmbeddedTable>;
}

export const WORKBOOK_FORMAT = 'segbook.workbook';
export const WORKBOOK_VERSION = 1;
