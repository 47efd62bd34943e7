export { MAX_WORKBOOK_BYTES, parseWorkbook, type ParseResult } from './parse';
export { serializeWorkbook } from './serialize';
export { MIGRATIONS } from './migrate';
