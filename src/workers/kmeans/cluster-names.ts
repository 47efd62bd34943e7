// Names proposed for clusters from their most distinctive features ("High frequency, low
// recency"), in either UI language; the user can replace any of them (settings.names).
import type { ClusterProfile } from '../../core/kmeans/explain';
import { messagesFor, type Locale } from '../../i18n/messages';

/** Features named per cluster; more makes names long without telling much more. */
const NAMED_FEATURES = 2;
/** |z| under this is "typical", not high or low. */
const MIN_ABS_Z = 0.5;

export function proposeClusterNames(profiles: ClusterProfile[], locale: Locale): string[] {
  const { t } = messagesFor(locale);
  const names = profiles.map((profile) => {
    const parts = profile.distinctive
      .filter((f) => Math.abs(f.z) >= MIN_ABS_Z)
      .slice(0, NAMED_FEATURES)
      .map((f) => t(f.direction === 'high' ? 'cluster.name.high' : 'cluster.name.low', { feature: f.feature }));
    return parts.length > 0 ? parts.join(t('cluster.name.joiner')) : t('cluster.name.typical');
  });
  // two clusters can lean the same way: number the repeats so every name picks one cluster
  return names.map((name, c) => (names.indexOf(name) === c ? name : `${name} (${c + 1})`));
}

/** The name written to the table: the user's, else the proposed one. */
export function clusterNames(proposed: string[], edited: readonly string[]): string[] {
  return proposed.map((name, c) => (edited[c]?.trim() ? edited[c]!.trim() : name));
}
