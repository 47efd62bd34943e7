// The columns a chart query returns, one ChartField each, with the SELECT item producing it
// from the grouped (or sampled) rows, and the ORDER BY that puts groups in the asked-for order.

import { quoteIdent } from '../sql/quote';
import { aggregateExpression, binEdgeExpression, groupValueExpression } from './encoding-sql';
import type { ChartInput } from './chart-input';
import type { ChartPlan, PlannedEncoding } from './plan';
import type { ChartField, ChartQueryKind, EncodingChannel } from './types';

export interface OutputColumn {
  field: ChartField;
  /** Final SELECT item: reads the group key (or raw row) and returns the value drawn. */
  select: string;
  /** Measures only: the aggregate, evaluated in the GROUP BY step. */
  aggregate?: string;
}

export function fieldTitle(planned: PlannedEncoding): string {
  const { aggregate, field } = planned.encoding;
  if (planned.job !== 'measure' || !aggregate) return field ?? '';
  return aggregate === 'count' ? 'count' : `${aggregate}(${field})`;
}

/** Output columns of the group/value encodings (everything except measures and the boxplot value). */
export function groupColumns(plan: ChartPlan, input: ChartInput, kind: ChartQueryKind): OutputColumn[] {
  return plan.encodings
    .filter((p) => p.job === 'group')
    .flatMap((planned): OutputColumn[] => {
      const { channel, encoding } = planned;
      const column = quoteIdent(channel);
      const bins = input.bins.get(channel);
      const title = fieldTitle(planned);
      const sort = encoding.sort && { sort: encoding.sort };
      const source = encoding.field;
      if (bins) {
        return [
          {
            field: { column: channel, channel, role: 'binStart', type: 'quantitative', source, title, ...sort },
            select: `${binEdgeExpression(column, bins, 0)} AS ${column}`,
          },
          {
            field: { column: `${channel}_end`, channel, role: 'binEnd', type: 'quantitative', source, title },
            select: `${binEdgeExpression(column, bins, 1)} AS ${quoteIdent(`${channel}_end`)}`,
          },
        ];
      }
      const type = encoding.timeUnit && encoding.type !== 'ordinal' ? 'temporal' : encoding.type;
      const timeUnit = encoding.timeUnit && { timeUnit: encoding.timeUnit };
      const role = kind === 'raw' ? 'value' : 'group';
      const value = groupValueExpression(encoding, column);
      return [{ field: { column: channel, channel, role, type, source, title, ...timeUnit, ...sort }, select: value === column ? column : `${value} AS ${column}` }];
    });
}

export function measureColumns(plan: ChartPlan): OutputColumn[] {
  return plan.encodings
    .filter((p) => p.job === 'measure')
    .map((planned) => {
      const { channel, encoding } = planned;
      const aggregate = encoding.aggregate ?? 'count';
      const temporal = encoding.type === 'temporal' && (aggregate === 'min' || aggregate === 'max');
      const sort = encoding.sort && { sort: encoding.sort };
      return {
        field: {
          column: channel,
          channel,
          role: 'measure',
          type: temporal ? 'temporal' : 'quantitative',
          ...(encoding.field !== undefined && { source: encoding.field }),
          title: fieldTitle(planned),
          ...sort,
        },
        select: quoteIdent(channel),
        aggregate: `${aggregateExpression(aggregate, quoteIdent(channel), encoding)} AS ${quoteIdent(channel)}`,
      };
    });
}

const GROUPING_ROLES = new Set(['group', 'value', 'binStart']);

/**
 * Asked-for sorts first, then every grouping column so the order (and what a LIMIT cuts) is
 * deterministic. Sorting x by a measure with other groups (say color) present sorts by x's total.
 */
export function orderByClause(fields: ChartField[]): string {
  const grouping = fields.filter((f) => GROUPING_ROLES.has(f.role)).map((f) => f.column);
  const keys: string[] = [];
  const used = new Set<string>();
  for (const field of fields) {
    if (!field.sort) continue;
    const key = sortKey(field, fields, grouping);
    if (!key) continue;
    keys.push(key);
    // sorted by another channel: its own values still break ties
    if (field.sort === 'ascending' || field.sort === 'descending') used.add(field.column);
  }
  for (const column of grouping) if (!used.has(column)) keys.push(quoteIdent(column));
  return keys.length > 0 ? `\nORDER BY ${keys.join(', ')}` : '';
}

function sortKey(field: ChartField, fields: ChartField[], grouping: string[]): string | null {
  const own = quoteIdent(field.column);
  const sort = field.sort;
  if (sort === 'ascending') return `${own} ASC`;
  if (sort === 'descending') return `${own} DESC`;
  if (!sort) return null;
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const target = sortTarget(fields, sort.replace('-', '') as EncodingChannel);
  if (!target || target === field) return null;
  const by = quoteIdent(target.column);
  const isTotal = target.role === 'measure' && grouping.length > 1;
  return `${isTotal ? `sum(${by}) OVER (PARTITION BY ${own})` : by} ${direction}`;
}

function sortTarget(fields: ChartField[], channel: EncodingChannel): ChartField | undefined {
  return fields.find((f) => f.channel === channel && (f.role === 'median' || (f.role !== 'binEnd' && !isBoxStat(f))));
}

function isBoxStat(field: ChartField): boolean {
  return !['group', 'binStart', 'binEnd', 'measure', 'value'].includes(field.role);
}
