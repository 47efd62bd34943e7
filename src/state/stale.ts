// Which cells a workbook edit makes out of date. Pure (core graph functions only) so it runs in Node.
import { analyzeWorkbook, changedCells, descendants } from '../core/graph';
import type { CellId, Source, Workbook } from '../core/workbook/types';

/** Cells edited between `before` and `after`, plus every cell downstream of them in `after`. */
export function affectedCells(before: Workbook, after: Workbook): Set<CellId> {
  // A fingerprint is derived from an import, not an edit: recording it must not make the import stale.
  const changed = changedCells(withoutFingerprints(before), withoutFingerprints(after));
  for (const id of cellsWithChangedSourceOptions(before, after)) changed.add(id);
  if (changed.size === 0) return changed;
  const downstream = descendants(analyzeWorkbook(after), changed);
  return new Set([...changed, ...downstream]);
}

function withoutFingerprints(wb: Workbook): Workbook {
  return { ...wb, sources: wb.sources.map(({ fingerprint: _derived, ...rest }) => rest) };
}

/**
 * A source cell's settings only hold the SourceId, so changedCells does not see an edited
 * delimiter or encoding: compare the sources' import options (not fingerprints) ourselves.
 */
export function cellsWithChangedSourceOptions(before: Workbook, after: Workbook): CellId[] {
  const previous = new Map(before.sources.map((s) => [s.id, s]));
  const changedSources = new Set(
    after.sources.filter((s) => !sameImport(previous.get(s.id), s)).map((s) => s.id),
  );
  if (changedSources.size === 0) return [];
  return after.cells
    .filter((c) => c.kind === 'source' && changedSources.has(c.settings.source))
    .map((c) => c.id);
}

function sameImport(a: Source | undefined, b: Source): boolean {
  if (!a) return false;
  return a.fileName === b.fileName && a.url === b.url && JSON.stringify(a.options) === JSON.stringify(b.options);
}
