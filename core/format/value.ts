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

/** Decimals a figure means, by unit: euros to the cent, rates and means to a tenth, counts whole. */
export const PEOPLE_DECIMALS: Partial<Record<Unit, number>> = { count: 0, euro: 2, percent: 1, mean: 1 };

/**
 * A published number as the files for people store it (CSV, workbook): rounded half away from
 * zero to what it means, on its decimal digits (1.005 € is 1,01 €), so no binary noise such as
 * 99027.45999999999 reaches a person. Machine tables keep full precision.
 */
export function roundForPeople(value: number, unit: Unit): number {
  const digits = PEOPLE_DECIMALS[unit];
  if (digits === undefined || !Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return value;
  if (magnitude < 1e-6) return 0;
  // Shifting by the exponent in the text, not by multiplying, keeps 1.005 from becoming 100.4999….
  const rounded = Number(`${Math.round(Number(`${magnitude}e${digits}`))}e-${digits}`);
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}
