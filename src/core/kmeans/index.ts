// Public surface of the k-means engine (issue 5). Pure TypeScript on Float64Array: no DOM, no
// DuckDB; the worker calls these with columns read from DuckDB and posts the results back.

export { clusterFeatures, scanFeatures, type ClusterAnalysis, type ClusterOptions } from './analysis';
export { actionabilityNotes, recommendK, scanK, MANY_CLUSTERS, SMALL_CLUSTER_SHARE, type KScan, type ScanOptions, type ScanRow } from './choose-k';
export { explainClusters, type ClusterProfile, type DistinctiveFeature, type ExplainOptions } from './explain';
export { DEFAULT_FIT_OPTIONS, fitKmeans, meanVariance, type FitOptions, type KmeansFit } from './fit';
export { pcaProjection, type PcaOptions, type PcaProjection } from './pca';
export { kmeansPlusPlus, type Seeding } from './plusplus';
export { isNumericType, prepareFeatures, type FeatureColumn, type MissingPolicy, type PreparedFeatures } from './prepare';
export { createRng, type Rng } from './rng';
export type { KmeansAlgorithm } from './run';
export { defaultKmeansSettings, kmeansSettingsProblem, kmeansSettingsSchema, type KmeansFeatureSettings, type KmeansSettings } from './settings';
export { silhouetteScore, type Silhouette, type SilhouetteOptions } from './silhouette';
export { inverseTransform, type FeatureOptions, type FeatureScale, type FeatureTransform } from './transforms';
export type { KmeansNote, KmeansNoteCode, KmeansProblem, KmeansProblemCode, KmeansProgress, Matrix, Outcome, RunControl } from './types';
