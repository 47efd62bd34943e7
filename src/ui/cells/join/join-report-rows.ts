// The join report as the runner keeps it (one record per join) back into readJoinReport's
// numbers and warnings, plus the renamed-column warnings compiling gives (the cell's note shows
// only the first of those).
import { compileJoin, JOIN_REPORT_COLUMNS, readJoinReport, type JoinInput, type JoinReport, type JoinSettings, type JoinWarning } from '../../../core/join';

export function joinReportOf(
  settings: JoinSettings, tables: readonly JoinInput[], records: readonly Record<string, unknown>[] | undefined,
): { joins: JoinReport[]; warnings: JoinWarning[] } {
  const columns = JOIN_REPORT_COLUMNS.map((name) => ({ name }));
  const rows = (records ?? []).map((r) => JOIN_REPORT_COLUMNS.map((c) => r[c]));
  const read = readJoinReport(settings, tables, { columns, rows });
  const compiled = compileJoin(settings, tables);
  const renamed = 'warnings' in compiled ? compiled.warnings : [];
  return { joins: read.joins, warnings: [...read.warnings, ...renamed] };
}
