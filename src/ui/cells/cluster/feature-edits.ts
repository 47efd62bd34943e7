// Edits of a cluster cell's feature list, as pure functions on its settings: choose or drop a
// column (keeping the input's column order), change one feature's transform.
import type { KmeansFeatureSettings, KmeansSettings } from '../../../core/kmeans/settings';
import type { ColumnInfo } from '../../../core/workbook/import-options';

/** Winsorising choices offered: none, or clip at these percentiles. */
export const WINSORISE_CHOICES = [null, { lower: 1, upper: 99 }, { lower: 5, upper: 95 }] as const;

export const winsoriseKey = (w: KmeansFeatureSettings['winsorise']): string => (w ? `${w.lower}-${w.upper}` : '');

export function parseWinsorise(key: string): KmeansFeatureSettings['winsorise'] {
  const match = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(key);
  return match ? { lower: Number(match[1]), upper: Number(match[2]) } : null;
}

export function toggleFeature(settings: KmeansSettings, column: string, on: boolean, columns: ColumnInfo[]): KmeansSettings {
  const kept = settings.features.filter((f) => f.column !== column);
  if (!on) return { ...settings, features: kept, names: [] };
  const added: KmeansFeatureSettings = { column, log1p: false, scale: 'standardise', winsorise: null };
  const position = new Map(columns.map((c, i) => [c.name, i]));
  const features = [...kept, added].sort((a, b) => (position.get(a.column) ?? Infinity) - (position.get(b.column) ?? Infinity));
  // names belong to the clusters of the old feature set
  return { ...settings, features, names: [] };
}

export function patchFeature(settings: KmeansSettings, column: string, patch: Partial<Omit<KmeansFeatureSettings, 'column'>>): KmeansSettings {
  return { ...settings, features: settings.features.map((f) => (f.column === column ? { ...f, ...patch } : f)) };
}

/** Rename cluster `index` (0-based); '' returns to the proposed name. Trailing blanks are trimmed off the list. */
export function renameCluster(settings: KmeansSettings, index: number, name: string): KmeansSettings {
  const names = [...settings.names];
  while (names.length <= index) names.push('');
  names[index] = name.trim().slice(0, 200);
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return { ...settings, names };
}

/** A whole number within [min, max] from an input's text, or null when it is not one. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** Largest tolerance offered: beyond it a fit stops long before the centres settle. */
export const MAX_TOLERANCE = 0.1;

/** A tolerance in [0, MAX_TOLERANCE] from an input's text ("0.0001", "1e-4"), or null when it is not one. */
export function toleranceIn(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.trim());
  return Number.isFinite(value) && value >= 0 && value <= MAX_TOLERANCE ? value : null;
}
