// Real headers with the types DuckDB's CSV sniffer gives them, and the role a person reading
// the file would give each column (null: no role). Samples are the first rows of each file.

import type { Role } from '../../../src/core/roles';

export interface HeaderCase {
  name: string;
  type: string;
  role: Role | null;
  sample?: unknown[];
}

export interface TableCase {
  table: string;
  columns: HeaderCase[];
}

export const TABLES: TableCase[] = [
  {
    table: 'Online Retail (UCI)',
    columns: [
      { name: 'InvoiceNo', type: 'VARCHAR', role: 'orderId', sample: ['536365', 'C536379'] },
      { name: 'StockCode', type: 'VARCHAR', role: null, sample: ['85123A', '71053'] },
      { name: 'Description', type: 'VARCHAR', role: null, sample: ['WHITE HANGING HEART T-LIGHT HOLDER'] },
      { name: 'Quantity', type: 'BIGINT', role: 'quantity' },
      { name: 'InvoiceDate', type: 'TIMESTAMP', role: 'timestamp' },
      { name: 'UnitPrice', type: 'DOUBLE', role: 'price' },
      { name: 'CustomerID', type: 'DOUBLE', role: 'customerId' },
      { name: 'Country', type: 'VARCHAR', role: null, sample: ['United Kingdom', 'France'] },
    ],
  },
  {
    // BTYD's names for the CDNOW sample; its dates are YYYYMMDD integers.
    table: 'CDNOW',
    columns: [
      { name: 'cust', type: 'BIGINT', role: 'customerId' },
      { name: 'sample_id', type: 'BIGINT', role: null },
      { name: 'date', type: 'BIGINT', role: 'timestamp', sample: [19970101, 19970118, 19970802] },
      { name: 'cds', type: 'BIGINT', role: null },
      { name: 'sales', type: 'DOUBLE', role: 'amount' },
    ],
  },
  {
    table: 'Korean shop export',
    columns: [
      { name: '주문번호', type: 'VARCHAR', role: 'orderId', sample: ['20240105-0001'] },
      { name: '회원번호', type: 'BIGINT', role: 'customerId' },
      { name: '주문일시', type: 'TIMESTAMP', role: 'timestamp' },
      { name: '상품카테고리', type: 'VARCHAR', role: 'category', sample: ['의류', '식품'] },
      { name: '결제금액', type: 'BIGINT', role: 'amount' },
      { name: '수량', type: 'INTEGER', role: 'quantity' },
      { name: '결제수단', type: 'VARCHAR', role: null, sample: ['카드', '무통장입금'] },
    ],
  },
  {
    // A spreadsheet export where the sniffer left dates and money as text.
    table: 'Korean spreadsheet (text columns)',
    columns: [
      { name: '고객 ID', type: 'VARCHAR', role: 'customerId', sample: ['C-0001', 'C-0002'] },
      { name: '고객명', type: 'VARCHAR', role: null, sample: ['김민수', '이서연'] },
      { name: '결제일시', type: 'VARCHAR', role: 'timestamp', sample: ['2024-01-05 13:22:11', '2024.01.06 09:00'] },
      { name: '단가', type: 'VARCHAR', role: 'price', sample: ['12,000', '₩8,500', '3000원'] },
      { name: '주문 수량', type: 'VARCHAR', role: 'quantity', sample: ['1', '2', ''] },
      { name: '총금액(원)', type: 'DECIMAL(12,0)', role: 'amount' },
      { name: '유입 채널', type: 'VARCHAR', role: 'channel', sample: ['네이버', '카카오톡'] },
    ],
  },
  {
    table: 'demo orders (snake_case)',
    columns: [
      { name: 'order_id', type: 'VARCHAR', role: 'orderId' },
      { name: 'customer_id', type: 'BIGINT', role: 'customerId' },
      { name: 'ordered_at', type: 'TIMESTAMP', role: 'timestamp' },
      { name: 'amount_krw', type: 'BIGINT', role: 'amount' },
      { name: 'category', type: 'VARCHAR', role: 'category' },
      { name: 'discount', type: 'BOOLEAN', role: null },
      { name: 'channel', type: 'VARCHAR', role: 'channel' },
      { name: 'status', type: 'VARCHAR', role: null },
    ],
  },
  {
    table: 'demo events and campaigns',
    columns: [
      { name: 'customer_id', type: 'BIGINT', role: 'customerId' },
      { name: 'event_time', type: 'TIMESTAMP', role: 'timestamp' },
      { name: 'event_type', type: 'VARCHAR', role: 'eventType' },
      { name: 'event_id', type: 'BIGINT', role: null },
      { name: 'campaign', type: 'VARCHAR', role: null },
      { name: 'variant', type: 'VARCHAR', role: 'variant' },
      { name: 'signup_date', type: 'DATE', role: null },
      { name: 'birth_date', type: 'DATE', role: null },
    ],
  },
  {
    table: 'Online Shoppers Intention',
    columns: [
      { name: 'ProductRelated_Duration', type: 'DOUBLE', role: null },
      { name: 'PageValues', type: 'DOUBLE', role: null },
      { name: 'Month', type: 'VARCHAR', role: null, sample: ['Feb', 'Mar'] },
      { name: 'TrafficType', type: 'BIGINT', role: null },
      { name: 'VisitorType', type: 'VARCHAR', role: null },
      { name: 'Revenue', type: 'BOOLEAN', role: null },
    ],
  },
  {
    table: 'English CRM export (spaces and hyphens)',
    columns: [
      { name: 'Customer ID', type: 'VARCHAR', role: 'customerId' },
      { name: 'Order-Number', type: 'BIGINT', role: 'orderId' },
      { name: 'Order Date', type: 'DATE', role: 'timestamp' },
      { name: 'Unit Price', type: 'DECIMAL(10,2)', role: 'price' },
      { name: 'Total Price', type: 'DECIMAL(12,2)', role: 'amount' },
      { name: 'QTY', type: 'INTEGER', role: 'quantity' },
      { name: 'Product Category', type: 'VARCHAR', role: 'category' },
      { name: 'A/B Group', type: 'VARCHAR', role: 'variant' },
    ],
  },
];
