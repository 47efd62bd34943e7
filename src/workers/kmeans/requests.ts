// Cluster cell settings -> worker requests, after the checks that need only the input's columns.
import { kmeansSettingsProblem, type KmeansSettings } from '../../core/kmeans/settings';
import type { KmeansProblem } from '../../core/kmeans/types';
import type { ColumnInfo } from '../../core/workbook/import-options';
import type { ClusterRequest, FeatureSpec, FitSettings, ScanRequest } from './protocol';

function featureSpecs(settings: KmeansSettings, columns: ColumnInfo[]): FeatureSpec[] {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  return settings.features.map((f) => ({
    column: f.column,
    type: types.get(f.column) ?? 'DOUBLE',
    options: { log1p: f.log1p, scale: f.scale, winsorise: f.winsorise },
  }));
}

const fitSettings = (s: KmeansSettings): FitSettings => ({ seed: s.seed, nInit: s.nInit, maxIter: s.maxIter, tol: s.tol, algorithm: s.algorithm });

export function clusterRequest(settings: KmeansSettings, columns: ColumnInfo[]): { ok: true; request: ClusterRequest } | { ok: false; problem: KmeansProblem } {
  const problem = kmeansSettingsProblem(settings, columns);
  if (problem) return { ok: false, problem };
  return { ok: true, request: { ...fitSettings(settings), features: featureSpecs(settings, columns), missing: settings.missing, k: settings.k } };
}

export function scanRequest(settings: KmeansSettings, columns: ColumnInfo[]): { ok: true; request: ScanRequest } | { ok: false; problem: KmeansProblem } {
  const problem = kmeansSettingsProblem(settings, columns);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    request: { ...fitSettings(settings), features: featureSpecs(settings, columns), missing: settings.missing, kMin: settings.scan.kMin, kMax: settings.scan.kMax },
  };
}
