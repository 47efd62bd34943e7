// The cluster cell's editor and results.
export const cluster = {
  'cluster.label': 'Clusters',
};
