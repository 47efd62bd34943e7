// FingerprintDiff list -> short sentences ("2 columns missing: X, Y"; "row count 541,909 → 600,120").
import type { FingerprintDiff } from '../core/workbook/fingerprint';
import { formatBytes, formatNumber, t } from './index.svelte';

export function describeDiffs(diffs: FingerprintDiff[]): string[] {
  const lines: string[] = [];
  const missing = diffs.flatMap((d) => (d.kind === 'columnMissing' ? [d.column] : []));
  const added = diffs.flatMap((d) => (d.kind === 'columnAdded' ? [d.column] : []));
  if (missing.length > 0) {
    lines.push(t(missing.length === 1 ? 'attach.diff.columnsMissing.one' : 'attach.diff.columnsMissing.other', { count: missing.length, columns: missing.join(', ') }));
  }
  if (added.length > 0) {
    lines.push(t(added.length === 1 ? 'attach.diff.columnsAdded.one' : 'attach.diff.columnsAdded.other', { count: added.length, columns: added.join(', ') }));
  }
  for (const diff of diffs) {
    switch (diff.kind) {
      case 'rows':
        lines.push(t('attach.diff.rows', { saved: formatNumber(diff.saved), actual: formatNumber(diff.actual) }));
        break;
      case 'size':
        lines.push(t('attach.diff.size', { saved: formatBytes(diff.saved), actual: formatBytes(diff.actual) }));
        break;
      case 'columnType':
        lines.push(t('attach.diff.columnType', { column: diff.column, saved: diff.saved, actual: diff.actual }));
        break;
      case 'content':
        lines.push(t('attach.diff.content'));
        break;
      case 'columnMissing':
      case 'columnAdded':
        break;
    }
  }
  return lines;
}
