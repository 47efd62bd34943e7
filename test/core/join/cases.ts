// Join cases over dataset.ts: inputs are [customers, orders, profile, channels].

import type { JoinAggregate, JoinSettings, JoinStep } from '../../../src/core/join';

export const CUSTOMERS = 0;
export const ORDERS = 1;
export const PROFILE = 2;
export const CHANNELS = 3;

export interface JoinCase {
  name: string;
  settings: JoinSettings;
}

const ORDER_SUMMARY: JoinAggregate = {
  count: true,
  measures: [
    { column: 'order_id', fn: 'countDistinct' },
    { column: 'amount', fn: 'sum' },
    { column: 'amount', fn: 'mean' },
    { column: 'ordered_at', fn: 'max' },
    { column: 'ORDERED_AT', fn: 'min' },
  ],
  latest: [{ column: 'channel', by: 'ordered_at' }],
};

const orders = (kind: JoinStep['kind'], aggregate: JoinAggregate | null = ORDER_SUMMARY): JoinStep => ({
  input: ORDERS,
  kind,
  keys: [{ left: 'customer id', right: 'customer_id', as: 'BIGINT' }],
  columns: null,
  prefix: 'orders_',
  aggregate,
});

const profile: JoinStep = { input: PROFILE, kind: 'left', keys: [{ left: 'Customer ID', right: 'customer_id', as: null }], columns: null, prefix: 'profile_', aggregate: null };

export const JOIN_CASES: JoinCase[] = [
  { name: 'left join a profile with one customer listed twice', settings: { base: CUSTOMERS, joins: [profile] } },
  { name: 'left join orders summarised per customer (text ids cast to BIGINT)', settings: { base: CUSTOMERS, joins: [orders('left')] } },
  { name: 'inner join orders summarised per customer', settings: { base: CUSTOMERS, joins: [orders('inner')] } },
  { name: 'full join orders summarised: customers missing from the list appear', settings: { base: CUSTOMERS, joins: [orders('full')] } },
  { name: 'left join raw orders repeats customers', settings: { base: CUSTOMERS, joins: [orders('left', null)] } },
  {
    name: 'chain: the channel name of each customer\'s latest order',
    settings: {
      base: CUSTOMERS,
      joins: [
        orders('left'),
        { input: CHANNELS, kind: 'left', keys: [{ left: 'orders_latest_channel', right: 'CHANNEL', as: null }], columns: ['channel "name"'], prefix: '', aggregate: null },
      ],
    },
  },
  {
    name: 'two keys, one brought by an earlier join',
    settings: {
      base: CUSTOMERS,
      joins: [
        profile,
        { input: PROFILE, kind: 'inner', keys: [{ left: 'customer id', right: 'customer_id', as: null }, { left: 'profile_tier', right: 'tier', as: null }], columns: ['이름'], prefix: 'again_', aggregate: null },
      ],
    },
  },
  {
    name: 'an empty prefix: clashing names get a number',
    settings: { base: CUSTOMERS, joins: [{ input: PROFILE, kind: 'left', keys: [{ left: 'customer id', right: 'customer_id', as: null }], columns: ['이름', 'tier', 'customer_id'], prefix: '', aggregate: null }] },
  },
  {
    name: 'orders as the base, customers looked up on a text key',
    settings: { base: ORDERS, joins: [{ input: CUSTOMERS, kind: 'left', keys: [{ left: 'customer_id', right: 'customer id', as: 'BIGINT' }], columns: ['region', 'amount'], prefix: 'customer_', aggregate: null }] },
  },
];
