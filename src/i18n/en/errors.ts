import type { ErrorCode } from '../../core/errors';

// One sentence per ErrorCode; `satisfies` makes a new code without text a type error.
export const errors = {
  'errors.engine.start': 'DuckDB could not start in this browser: {detail}',
  'errors.engine.sql': 'The SQL failed: {detail}',
  'errors.engine.cancelled': 'Cancelled.',
  'errors.engine.oom': 'Out of memory. Filter the data earlier, select fewer columns, or use a smaller file.',
  'errors.engine.extension': 'This needs a DuckDB extension that cannot be loaded offline: {detail}',
  'errors.engine.forbidden': 'Not allowed: a workbook can only read the files you attached and its own tables ({detail}).',
  'errors.engine.internal': 'Something went wrong inside the engine: {detail}',

  'errors.file.empty': '{file} is empty.',
  'errors.file.binary': '{file} does not look like a text (CSV) file or a known format.',
  'errors.file.ragged': '{file}, line {line}: expected {expected} fields but found {found}.',
  'errors.file.encoding': '{file} is not valid {encoding} text. Try another encoding.',
  'errors.file.unsupported': '{file}: files of type “{ext}” are not supported. Use CSV, Excel (.xlsx), Parquet or JSON.',
  'errors.file.parse': '{file} could not be read: {detail}',
  'errors.file.tooLarge': '{file} is too large ({size}).',
  'errors.file.sheetMissing': '{file} has no sheet named “{sheet}”.',
  'errors.file.fetch': 'Could not download {url} (status {status}).',

  'errors.workbook.json': '{file} is not valid JSON (line {line}, column {column}). The file may be truncated.',
  'errors.workbook.notWorkbook': '{file} is not a Segbook workbook.',
  'errors.workbook.invalid': '{file} is damaged: {path}: {detail}',
  'errors.workbook.newerVersion': '{file} was saved by a newer Segbook (format version {version}; this one reads up to {supported}).',
  'errors.workbook.tooLarge': '{file} is too large to open as a workbook ({size}).',
  'errors.workbook.url': 'Only workbooks from this site can be opened by link: {url}',

  'errors.cell.cycle': 'These cells read each other in a circle: {cycle}.',
  'errors.cell.unknownName': 'There is no table or cell named “{name}”.',
  'errors.cell.blocked': 'Waiting for “{upstream}”, which failed or could not run.',
  'errors.cell.duplicateName': 'Another cell is already named “{name}”.',
  'errors.cell.invalidName': '“{name}” is not a valid name: use letters, digits and _, starting with a letter or _ (not an SQL keyword).',
  'errors.cell.missingSource': 'The data file {file} is not attached.',
  'errors.cell.emptySql': '“{name}” has no query yet.',
  'errors.cell.multipleStatements': '“{name}” holds {count} statements; a SQL cell must hold exactly one query.',
  'errors.source.mismatch': 'The attached file {file} differs from the saved one: {diff}.',
  'errors.chart.noInput': 'Choose the table “{name}” should draw.',
  'errors.chart.incomplete': '{problem}',
  'errors.chart.specJson': 'The Vega-Lite JSON does not parse at line {line}, column {column}: {detail}.',
  'errors.chart.specInvalid': 'The Vega-Lite spec is not valid at {path}: {detail}.',
  'errors.chart.unknownField': 'The spec names the field “{field}”, which “{table}” does not have.',
} satisfies Record<`errors.${ErrorCode}`, string>;
