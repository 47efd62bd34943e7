// A sql cell is one SELECT (or FROM-first query) whose result becomes the table
// named by the cell: the engine runs CREATE OR REPLACE TABLE name AS <compiled>.

import { segbookError, type SegbookError } from '../../errors';
import { splitStatements, stripTrailing } from '../../sql/statements';
import type { SqlCell, SqlCellSettings } from '../../workbook/types';

export const sqlDefaultName = 'query';

export function defaultSqlSettings(): SqlCellSettings {
  return { sql: '' };
}

export function validateSql(cell: SqlCell): SegbookError | null {
  const statements = splitStatements(cell.settings.sql);
  if (statements.length === 0) return segbookError('cell.emptySql', { name: cell.name });
  if (statements.length > 1) {
    return segbookError('cell.multipleStatements', { name: cell.name, count: statements.length });
  }
  return null;
}

/** The query without trailing ';' and comments, ready to follow `CREATE TABLE ... AS`. */
export function compileSql(cell: SqlCell): { sql: string } {
  return { sql: stripTrailing(cell.settings.sql).trim() };
}
