// The charts of a cluster cell as Vega-Lite specs over rows the view already has: inertia by k
// (the elbow) and silhouette by k for choosing k, and the 2-D PCA sample coloured by cluster.
import type { TopLevelSpec } from 'vega-lite';

export interface ScanPoint {
  k: number;
  inertia: number;
  silhouette: number | null;
  recommended: boolean;
}

function byK(field: 'inertia' | 'silhouette', title: string): TopLevelSpec {
  return {
    data: { name: 'table' },
    transform: [{ filter: `isValid(datum.${field})` }],
    encoding: {
      x: { field: 'k', type: 'quantitative', title: 'k', axis: { tickMinStep: 1, format: 'd' }, scale: { zero: false } },
      y: { field, type: 'quantitative', title, scale: { zero: field === 'inertia' } },
      tooltip: [{ field: 'k', type: 'quantitative' }, { field, type: 'quantitative', format: field === 'inertia' ? ',.4~g' : '.3f' }],
    },
    layer: [
      { mark: { type: 'line', point: true } },
      { transform: [{ filter: 'datum.recommended' }], mark: { type: 'point', size: 160, filled: false, strokeWidth: 2, color: '#d9480f' } },
    ],
  } as TopLevelSpec;
}

export const elbowSpec = (title: string): TopLevelSpec => byK('inertia', title);
export const silhouetteSpec = (title: string): TopLevelSpec => byK('silhouette', title);

export interface PcaPoint {
  x: number;
  y: number;
  cluster: string;
}

export function pcaSpec(axes: { x: string; y: string }, clusterOrder: string[]): TopLevelSpec {
  return {
    data: { name: 'table' },
    mark: { type: 'circle', size: 14, opacity: 0.65 },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: axes.x, scale: { zero: false } },
      y: { field: 'y', type: 'quantitative', title: axes.y, scale: { zero: false } },
      color: { field: 'cluster', type: 'nominal', title: null, sort: clusterOrder, scale: { scheme: clusterOrder.length > 10 ? 'tableau20' : 'tableau10' }, legend: { orient: 'right', labelLimit: 300 } },
      tooltip: [{ field: 'cluster', type: 'nominal' }],
    },
  } as TopLevelSpec;
}
