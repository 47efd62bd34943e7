// The fitted labels as CSV bytes for DuckDB's reader: input rowid, 1-based cluster, distance to
// the centre (model space). Rows left out for missing values are absent.

export function labelsCsv(rowIds: Float64Array, rowIndex: Int32Array, labels: Int32Array, distances: Float64Array): Uint8Array {
  const lines: string[] = ['row,cluster,distance'];
  for (let i = 0; i < rowIndex.length; i++) lines.push(`${rowIds[rowIndex[i]!]},${labels[i]! + 1},${distances[i]}`);
  lines.push('');
  return new TextEncoder().encode(lines.join('\n'));
}
