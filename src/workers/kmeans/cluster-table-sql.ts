// SQL that builds a cluster cell's table: the id (or row number), cluster number and name,
// distance to the centre, then the input's other columns, joined to the labels on rowid.
// Rows left out for missing values have no label and are not in the table.
import { quoteIdent, quoteLiteral } from '../../core/sql/quote';
import type { ColumnInfo } from '../../core/workbook/import-options';

export interface ClusterTableSpec {
  table: string;
  input: string;
  inputColumns: ColumnInfo[];
  /** Labels table: row (input rowid), cluster (1-based), distance (labels-ipc.ts). */
  labels: string;
  idColumn: string | null;
  /** Name of cluster c + 1 at index c. */
  names: string[];
}

/** Names of the added columns, suffixed _2, _3 ... where the input already uses them (case-insensitively, as DuckDB). */
export function addedColumnNames(inputColumns: ColumnInfo[], idColumn: string | null): { id: string; cluster: string; name: string; distance: string } {
  const taken = new Set(inputColumns.map((c) => c.name.toLowerCase()));
  const fresh = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  if (idColumn !== null) taken.delete(idColumn.toLowerCase());
  const id = idColumn ?? fresh('row_number');
  return { id, cluster: fresh('cluster'), name: fresh('cluster_name'), distance: fresh('distance') };
}

export function clusterTableSql(spec: ClusterTableSpec): string {
  const out = addedColumnNames(spec.inputColumns, spec.idColumn);
  const id = spec.idColumn !== null ? `i.${quoteIdent(spec.idColumn)}` : 'l."row" + 1';
  const rest = spec.idColumn !== null ? `i.* EXCLUDE (${quoteIdent(spec.idColumn)})` : 'i.*';
  const names = spec.names.map((name, c) => `(${c + 1}, ${quoteLiteral(name)})`).join(', ');
  return [
    `CREATE OR REPLACE TABLE ${quoteIdent(spec.table)} AS`,
    `SELECT ${id} AS ${quoteIdent(out.id)}, l.cluster AS ${quoteIdent(out.cluster)}, n.name AS ${quoteIdent(out.name)}, l.distance AS ${quoteIdent(out.distance)}${spec.inputColumns.length > (spec.idColumn !== null ? 1 : 0) ? `, ${rest}` : ''}`,
    `FROM ${quoteIdent(spec.input)} AS i`,
    `JOIN ${quoteIdent(spec.labels)} AS l ON i.rowid = l."row"`,
    `LEFT JOIN (VALUES ${names}) AS n(cluster, name) ON n.cluster = l.cluster`,
    'ORDER BY l."row"',
  ].join('\n');
}
