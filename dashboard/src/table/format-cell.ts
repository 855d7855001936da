import { formatChange, formatPoints } from '../../../core';
import { formatValue, MISSING } from '../format/format-value';
import type { ColumnUnit } from './table-model';

export function formatCell(unit: ColumnUnit, value: number | string | null): string {
  if (value === null) return MISSING;
  if (typeof value === 'string') return value;
  if (unit === 'points') return formatPoints(value);
  if (unit === 'change') return formatChange(value / 100);
  return formatValue(unit, value);
}
