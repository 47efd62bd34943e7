// Tables and columns of the demo shop. Types are the DuckDB types its CSV sniffer infers for the
// written files, so the app's import and the Parquet conversion agree with this list.

/** DATE and TIMESTAMP cells hold naive local seconds (see calendar.ts); null is an empty CSV field. */
export type Cell = string | number | boolean | null;
export type Row = Cell[];

export type ColumnType = 'BIGINT' | 'VARCHAR' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';
export interface Column {
  name: string;
  type: ColumnType;
}

const cols = (spec: Record<string, ColumnType>): Column[] => Object.entries(spec).map(([name, type]) => ({ name, type }));

export const SHOP_SCHEMA = {
  customers: cols({
    customer_id: 'BIGINT',
    signup_date: 'DATE',
    age: 'BIGINT',
    gender: 'VARCHAR',
    region: 'VARCHAR',
    signup_channel: 'VARCHAR',
    device: 'VARCHAR',
    marketing_consent: 'BOOLEAN',
  }),
  orders: cols({
    order_id: 'BIGINT',
    customer_id: 'BIGINT',
    ordered_at: 'TIMESTAMP',
    amount_krw: 'BIGINT',
    category: 'VARCHAR',
    discount_used: 'BOOLEAN',
    channel: 'VARCHAR',
    status: 'VARCHAR',
  }),
  // order_id is set on purchase events only: the link web analytics keeps to the order system.
  events: cols({
    event_id: 'BIGINT',
    customer_id: 'BIGINT',
    occurred_at: 'TIMESTAMP',
    event_type: 'VARCHAR',
    category: 'VARCHAR',
    channel: 'VARCHAR',
    order_id: 'BIGINT',
  }),
  campaign_messages: cols({
    message_id: 'BIGINT',
    customer_id: 'BIGINT',
    campaign_id: 'VARCHAR',
    variant: 'VARCHAR',
    channel: 'VARCHAR',
    sent_at: 'TIMESTAMP',
    opened_at: 'TIMESTAMP',
    clicked_at: 'TIMESTAMP',
    unsubscribed: 'BOOLEAN',
  }),
  survey: cols({
    customer_id: 'BIGINT',
    responded_at: 'TIMESTAMP',
    nps: 'BIGINT',
    shopping_style: 'VARCHAR',
    price_sensitivity: 'BIGINT',
    preferred_time: 'VARCHAR',
    value_priority: 'VARCHAR',
    comment: 'VARCHAR',
  }),
} satisfies Record<string, Column[]>;

export type ShopTable = keyof typeof SHOP_SCHEMA;
export const SHOP_TABLES = Object.keys(SHOP_SCHEMA) as ShopTable[];
