// Arrow IPC of featureQuery -> Float64Array columns for core/kmeans. NULLs become NaN, which
// prepareFeatures counts as missing (dropped or imputed, as the cell says).
import { tableFromIPC, type Vector } from 'apache-arrow';
import { featureAlias, ROW_ID } from './feature-query';

export interface DecodedFeatures {
  rowIds: Float64Array;
  values: Float64Array[];
}

export function decodeFeatureColumns(ipc: Uint8Array, featureCount: number): DecodedFeatures {
  const table = tableFromIPC(ipc);
  const column = (name: string): Float64Array => {
    const vector = table.getChild(name);
    if (!vector) throw new Error(`feature query result has no column ${name}`);
    return toFloat64(vector);
  };
  return { rowIds: column(ROW_ID), values: Array.from({ length: featureCount }, (_, j) => column(featureAlias(j))) };
}

function toFloat64(vector: Vector): Float64Array {
  const raw = vector.toArray() as Float64Array;
  // toArray() of one batch is a view into the IPC bytes: copy, so NaN-filling never writes into them
  const out = raw instanceof Float64Array ? Float64Array.from(raw) : Float64Array.from(raw as ArrayLike<number>, Number);
  if (vector.nullCount > 0) for (let i = 0; i < out.length; i++) if (!vector.isValid(i)) out[i] = NaN;
  return out;
}
