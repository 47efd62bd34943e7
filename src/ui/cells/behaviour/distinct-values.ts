// The values an event type column holds, so the user picks "cart_add" instead of guessing it.
// A failed query (the table is being rebuilt, the engine is busy elsewhere) just offers none.
import { decodeRows } from '../../../engine/arrow';
import { currentEngine } from '../../../state/engine.svelte';
import { distinctValuesSql } from './behaviour-edits';

export async function distinctValues(table: string, column: string): Promise<string[]> {
  const engine = currentEngine();
  if (!engine) return [];
  try {
    const { rows } = decodeRows((await engine.query(distinctValuesSql(table, column))).ipc);
    return rows.map((row) => String(row[0]));
  } catch {
    return [];
  }
}
