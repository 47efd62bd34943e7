// Which operators each kind of column offers, and how many values each takes.

import { columnKind } from '../roles/column-kind';
import type { FilterOperator } from './types';

export type FilterKind = 'number' | 'text' | 'boolean' | 'date' | 'timestamp' | 'other';

export function filterKindOf(type: string): FilterKind {
  const kind = columnKind(type);
  switch (kind) {
    case 'integer':
    case 'float':
    case 'decimal':
      return 'number';
    case 'text':
    case 'boolean':
    case 'date':
    case 'timestamp':
    case 'other':
      return kind;
  }
}

/** In the order a picker should list them. */
export const OPERATORS_BY_KIND: Record<FilterKind, readonly FilterOperator[]> = {
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'notIn', 'isNull', 'isNotNull'],
  text: ['eq', 'neq', 'contains', 'notContains', 'startsWith', 'endsWith', 'in', 'notIn', 'isEmpty', 'isNotEmpty', 'isNull', 'isNotNull'],
  boolean: ['isTrue', 'isFalse', 'isNull', 'isNotNull'],
  date: ['inLast', 'notInLast', 'on', 'before', 'after', 'between', 'in', 'isNull', 'isNotNull'],
  timestamp: ['inLast', 'notInLast', 'on', 'before', 'after', 'between', 'in', 'isNull', 'isNotNull'],
  other: ['isNull', 'isNotNull'],
};

export type OperatorArity = 'none' | 'one' | 'two' | 'list' | 'relative';

export function operatorArity(operator: FilterOperator): OperatorArity {
  switch (operator) {
    case 'isNull':
    case 'isNotNull':
    case 'isEmpty':
    case 'isNotEmpty':
    case 'isTrue':
    case 'isFalse':
      return 'none';
    case 'between':
      return 'two';
    case 'in':
    case 'notIn':
      return 'list';
    case 'inLast':
    case 'notInLast':
      return 'relative';
    default:
      return 'one';
  }
}
