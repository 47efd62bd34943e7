// How a source file is read into a table. Saved in the workbook (Source.options)
// and passed to the engine; lives in core so the file format needs no engine import.

export type FileFormat = 'csv' | 'xlsx' | 'parquet' | 'json';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr';

export interface CsvOptions {
  encoding: TextEncoding;
  delimiter: string; // ',', ';', '\t', '|'
  header: boolean;
  quote: string; // '"' or "'" or '' (none)
  /** Column name -> DuckDB type override, e.g. { CustomerID: 'VARCHAR' }. */
  columnTypes?: Record<string, string>;
}

export interface XlsxOptions {
  sheet: string;
  header: boolean;
}

export interface ImportOptions {
  format: FileFormat;
  csv?: CsvOptions;
  xlsx?: XlsxOptions;
}

export interface ColumnInfo {
  name: string;
  /** DuckDB type name as DESCRIBE prints it: 'BIGINT', 'VARCHAR', 'TIMESTAMP', ... */
  type: string;
}

