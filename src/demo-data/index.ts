// Seeded synthetic data of a Korean online shop (issue 4): customers, orders, events, campaign
// messages and a survey. Pure TypeScript: runs in Node and in a browser worker.

export { generateShop, generateShopTable, MAX_CUSTOMERS, type ShopChunk, type ShopOptions } from './generate';
export { csvHeader, encodeCsvRows, formatDate, formatTimestamp, quoteCsvField } from './csv';
export { SHOP_SCHEMA, SHOP_TABLES, type Cell, type Column, type ColumnType, type Row, type ShopTable } from './schema';
export { AS_OF_DATE, RANGE_START, AS_OF } from './calendar';
export { CATEGORIES, REGION_NAMES } from './catalog';
export { AB_TEST_CAMPAIGN, CAMPAIGNS } from './campaigns';
export { sfc32, streamFor, type Random } from './random';
export { shopCsvToParquetSql, shopReadCsvSql } from './read-csv-sql';
