// A published number as a person reads it in French, by the unit of its column. Browser-safe.
import { formatDecimal, formatEuro, formatInteger, formatPercent } from '../pipeline/format';
import type { Unit } from '../pipeline/schema';

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
