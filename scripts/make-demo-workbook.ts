// Builds the demo workbooks on the synthetic shop data (public/demo/shop) from code, so every
// cell's settings are valid by construction: `npx tsx scripts/make-demo-workbook.ts`.
// Writes public/demo/shop.segbook.json (English) and shop.ko.segbook.json (Korean).
import { writeFileSync } from 'node:fs';
import { rfmSettingsFor } from '../src/core/cells/rfm';
import { serializeWorkbook } from '../src/core/format';
import { defaultKmeansSettings } from '../src/core/kmeans/settings';
import { defaultBehaviourSettings } from '../src/core/segments/behaviour';
import { defaultLifecycleSettings } from '../src/core/segments/lifecycle';
import { defaultPersonaSettings } from '../src/core/segments/persona/defaults';
import { defaultProfileSettings } from '../src/core/segments/profile';
import { addCell, addSource, newWorkbook } from '../src/core/workbook/ops';
import type { Cell, Workbook } from '../src/core/workbook/types';
import { SHOP_SCHEMA } from '../src/demo-data/schema';
import { DEMO_TEXT, type DemoLocale } from './demo-workbook-text';

const CSV = { format: 'csv' as const, csv: { encoding: 'utf-8' as const, delimiter: ',', header: true, quote: '"' } };
const RFM_COLUMNS = ['customer', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm_code', 'segment', 'segment_id'];

function build(locale: DemoLocale): Workbook {
  const text = DEMO_TEXT[locale];
  let wb = newWorkbook(locale, text.title);
  const add = (kind: Cell['kind'], name: string, settings: object, inputs: string[] = []): string => {
    const made = addCell(wb, kind, { name, settings, inputs });
    wb = made.workbook;
    return made.cell.id;
  };
  const source = (table: keyof typeof SHOP_SCHEMA): string => {
    const made = addSource(wb, { fileName: `${table}.csv.gz`, url: `demo/shop/${table}.csv.gz`, options: CSV }, { name: table });
    wb = made.workbook;
    return made.cell.id;
  };

  add('markdown', 'intro', { text: text.intro });
  const orders = source('orders');
  const customers = source('customers');
  const events = source('events');
  add('markdown', 'about_cleaning', { text: text.cleaning });
  const completed = add('clean', 'completed_orders', {
    steps: [{ kind: 'exclude', column: 'status', match: { kind: 'values', values: ['cancelled', 'returned'] }, ignoreCase: true }],
  }, [orders]);
  add('chart', 'monthly_revenue', {
    mode: 'builder', spec: '', title: text.monthlyRevenue,
    chart: { mark: 'bar', encodings: { x: { field: 'ordered_at', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'amount_krw', type: 'quantitative', aggregate: 'sum' } } },
  }, [completed]);
  add('markdown', 'about_rfm', { text: text.rfm });
  const rfm = add('rfm', 'rfm', { ...rfmSettingsFor(SHOP_SCHEMA.orders), asOf: '2026-01-01' }, [completed]);
  add('lifecycle', 'lifecycle', { ...defaultLifecycleSettings(SHOP_SCHEMA.orders), asOf: '2026-01-01' }, [completed]);
  add('behaviour', 'cart_abandoners', { ...defaultBehaviourSettings('cart_abandoners', SHOP_SCHEMA.events), asOf: '2026-01-01' }, [events]);
  add('filter', 'win_back_audience', {
    where: { kind: 'group', op: 'and', items: [{ kind: 'condition', column: 'segment_id', operator: 'in', values: ['at_risk', 'cant_lose'] }] },
  }, [rfm]);
  add('markdown', 'about_profile', { text: text.profile });
  const view = add('join', 'customer_view', {
    base: 0,
    joins: [{ input: 1, kind: 'left', keys: [{ left: 'customer', right: 'customer_id', as: null }], columns: ['region', 'gender', 'age'], prefix: '', aggregate: null }],
  }, [rfm, customers]);
  const viewColumns = [
    ...RFM_COLUMNS.map((name) => ({ name, type: ['segment', 'segment_id', 'rfm_code'].includes(name) ? 'VARCHAR' : name === 'monetary' ? 'DOUBLE' : 'BIGINT' })),
    { name: 'region', type: 'VARCHAR' }, { name: 'gender', type: 'VARCHAR' }, { name: 'age', type: 'BIGINT' },
  ];
  const profile = defaultProfileSettings(viewColumns);
  add('profile', 'segment_profile', {
    profile: { ...profile, columns: { customer: 'customer', segment: 'segment', segmentId: 'segment_id', revenue: 'monetary', frequency: 'frequency', recency: 'recency' }, numeric: ['age'], categorical: ['region', 'gender'] },
    persona: { ...defaultPersonaSettings(), currency: 'KRW' },
  }, [view]);
  add('sql', 'segments_by_region', { sql: text.regionSql });
  add('markdown', 'about_clusters', { text: text.clusters });
  const kmeans = defaultKmeansSettings(viewColumns);
  add('cluster', 'clusters', {
    ...kmeans, idColumn: 'customer', k: 4,
    features: ['recency', 'frequency', 'monetary'].map((column) => ({ column, log1p: true, scale: 'standardise' as const, winsorise: null })),
  }, [view]);
  return wb;
}

for (const [locale, file] of [['en', 'shop.segbook.json'], ['ko', 'shop.ko.segbook.json']] as const) {
  writeFileSync(`public/demo/${file}`, serializeWorkbook(build(locale)));
  console.log(`wrote public/demo/${file}`);
}
