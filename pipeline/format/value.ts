// A published number as a person reads it in French, by the unit of its column. Browser-safe.
import type { Unit } from '../schema';
import { formatDecimal, formatEuro, formatInteger, formatPercent } from './french';

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'count':
      return formatInteger(value);
    case 'euro':
      return formatEuro(value);
    case 'percent':
      return formatPercent(value);
    case 'mean':
      return formatDecimal(value);
    default:
      return String(value);
  }
}
