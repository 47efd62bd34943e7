// Errors are plain tagged data so they survive postMessage/structuredClone
// between the DuckDB worker and the page. The user-facing sentence is built
// on the page from the i18n catalogue (`errors.<code>`) and `params`; the
// `message` field keeps the original engine text for the details view.

export type ErrorCode =
  // engine
  | 'engine.start' // DuckDB failed to start (wasm missing, out of memory at start)
  | 'engine.sql' // the SQL failed: params.detail has DuckDB's text
  | 'engine.cancelled' // the user cancelled
  | 'engine.oom' // out of memory: advise filtering or a smaller file
  | 'engine.extension' // a function needs an extension that cannot be loaded offline
  | 'engine.forbidden' // a hostile workbook tried to reach URLs, local paths or settings
  | 'engine.internal'
  // files
  | 'file.empty' // params.file
  | 'file.binary' // params.file: not a text/CSV file and not a known binary format
  | 'file.ragged' // params.file, params.line, params.expected, params.found
  | 'file.encoding' // params.file, params.encoding: bytes invalid in the chosen encoding
  | 'file.unsupported' // params.file, params.ext
  | 'file.parse' // params.file, params.detail (parquet/xlsx/json reader text), params.line?
  | 'file.tooLarge' // params.file, params.size
  | 'file.sheetMissing' // params.file, params.sheet
  | 'file.fetch' // params.url, params.status
  // workbook files
  | 'workbook.json' // params.file, params.line, params.column: not JSON / truncated
  | 'workbook.notWorkbook' // params.file: JSON but not a Segbook workbook
  | 'workbook.invalid' // params.file, params.path (e.g. "cells[3].name"), params.detail
  | 'workbook.newerVersion' // params.file, params.version, params.supported
  | 'workbook.tooLarge' // params.file, params.size
  | 'workbook.url' // params.url: ?open= is not same-origin
  // notebook / graph
  | 'cell.cycle' // params.cycle: "a → b → a"
  | 'cell.unknownName' // params.name
  | 'cell.blocked' // params.upstream: name of the failed/blocked ancestor
  | 'cell.duplicateName' // params.name
  | 'cell.invalidName' // params.name
  | 'cell.missingSource' // params.file: a source cell whose file is not attached
  | 'cell.emptySql' // params.name: a sql cell with no query yet
  | 'cell.multipleStatements' // params.name, params.count: a sql cell must hold exactly one query
  | 'cell.noInput' // params.name: a chart, filter, ... cell with no table chosen to read
  | 'cell.rebound' // params.changes: "amount_krw → 결제금액": columns re-bound by role to a renamed export
  | 'source.mismatch' // params.file, params.diff: attached file differs from the saved fingerprint
  // charts
  | 'chart.incomplete' // params.problem (a chart.* builder problem code), params.channel?, params.mark?
  | 'chart.specJson' // params.line, params.column, params.detail: the Vega-Lite JSON does not parse
  | 'chart.specInvalid' // params.path, params.detail: the spec breaks the Vega-Lite schema
  | 'chart.unknownField' // params.field, params.table: the spec names a column the input lacks
  // filter cells (core/filter); params.path: item indexes to the condition at fault, "0.2"
  | 'filter.unknownColumn' // params.column
  | 'filter.badOperator' // params.column, params.operator, params.type
  | 'filter.missingValue' // params.column, params.operator
  | 'filter.badValue' // params.column, params.value, params.type
  | 'filter.emptyList' // params.column
  | 'filter.tooDeep' // params.max
  | 'filter.emptySelection' // a chart selection with nothing selected
  | 'filter.tooManyPoints' // params.max
  // clean and join cells (core/clean, core/join); params.path: the step or join at fault
  | 'clean.unknownColumn' | 'clean.wrongType' | 'clean.badCast' | 'clean.badFormat' | 'clean.emptyKeys' | 'clean.emptyColumns'
  | 'clean.emptyMatch' | 'clean.badValue' | 'clean.badPercentile' | 'clean.notCastStep'
  | 'join.badInput' | 'join.noKeys' | 'join.unknownColumn' | 'join.keyTypeMismatch' | 'join.badKeyCast' | 'join.wrongType'
  | 'join.emptyAggregate' | 'join.fanOut' | 'join.renamedColumn'
  // RFM cells (core/segments/rfm/problems.ts)
  | 'rfm.settingsInvalid' // params.path, params.detail
  | 'rfm.columnUnset' // params.role
  | 'rfm.columnMissing' // params.role, params.column
  | 'rfm.columnType' // params.role, params.column, params.type
  | 'rfm.asOfInvalid' // params.value
  | 'rfm.thresholdsCount' // params.dimension, params.expected, params.found
  | 'rfm.thresholdsOrder' // params.dimension
  | 'rfm.rulesScale' // params.scale, params.k
  | 'rfm.ruleRange' // params.segment, params.dimension, params.low, params.high, params.k
  | 'rfm.duplicateSegmentId' // params.id
  // lifecycle, behaviour, profile and persona cells (core/segments/*/problems.ts)
  | 'lifecycle.settingsInvalid' | 'lifecycle.columnUnset' | 'lifecycle.columnMissing' | 'lifecycle.columnType'
  | 'lifecycle.asOfInvalid' | 'lifecycle.thresholdsOrder'
  | 'behaviour.settingsInvalid' | 'behaviour.columnUnset' | 'behaviour.columnMissing' | 'behaviour.columnType'
  | 'behaviour.asOfInvalid' | 'behaviour.eventTypeOverlap'
  | 'profile.settingsInvalid' | 'profile.columnUnset' | 'profile.columnMissing' | 'profile.columnType' | 'profile.duplicateColumn'
  | 'persona.settingsInvalid' | 'persona.responseColumnMissing' | 'persona.duplicatePlaybookEntry' | 'persona.notProfile'
  // cluster cells (core/kmeans); the notes (rowsDropped, ...) are shown beside a result
  | 'kmeans.noFeatures' | 'kmeans.notNumeric' | 'kmeans.unknownColumn' | 'kmeans.duplicateFeature' | 'kmeans.lengthMismatch'
  | 'kmeans.allMissing' | 'kmeans.noRows' | 'kmeans.singleRow' | 'kmeans.constantColumn' | 'kmeans.log1pNegative'
  | 'kmeans.kInvalid' | 'kmeans.kTooLarge' | 'kmeans.tooFewDistinct' | 'kmeans.tooLarge' | 'kmeans.cancelled'
  | 'kmeans.rowsDropped' | 'kmeans.valuesImputed' | 'kmeans.robustFallback' | 'kmeans.silhouetteSampled' | 'kmeans.manyClusters' | 'kmeans.smallCluster'

export type ErrorParams = Record<string, string | number>;

export interface SegbookError {
  readonly tag: 'segbook-error';
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** Original text (DuckDB's message, parser message); shown under "details". */
  readonly message: string;
  /** The SQL that failed, when there was one. */
  readonly sql?: string;
}

export function segbookError(
  code: ErrorCode,
  params: ErrorParams = {},
  message = '',
  sql?: string,
): SegbookError {
  return sql === undefined
    ? { tag: 'segbook-error', code, params, message }
    : { tag: 'segbook-error', code, params, message, sql };
}

export function isSegbookError(value: unknown): value is SegbookError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { tag?: unknown }).tag === 'segbook-error' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** Turn anything thrown into a SegbookError, keeping the original text. */
export function toSegbookError(value: unknown, fallback: ErrorCode = 'engine.internal'): SegbookError {
  if (isSegbookError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return segbookError(fallback, { detail: message }, message);
}

/** Thrown (as an Error subclass) on the page side so stack traces and `cause` work. */
export class SegbookFailure extends Error {
  readonly error: SegbookError;
  constructor(error: SegbookError) {
    super(error.message || error.code);
    this.name = 'SegbookFailure';
    this.error = error;
  }
}
