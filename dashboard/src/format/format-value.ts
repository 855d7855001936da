// A published figure as a person reads it, by the unit the schema gives its column: the reports'
// browser-safe formatter (so the deck, the workbook and the page agree), plus the missing value.

import type { Unit, Value } from '../../../core';
import { formatDecimal, formatEuro, formatInteger, formatValue as formatNumber } from '../../../core';

/** Shown where the publication has no figure (masked, or no structure to compute it from). */
export const MISSING = '–';

export function formatValue(unit: Unit, value: Value): string {
  if (value === null) return MISSING;
  if (typeof value === 'string') return value;
  return formatNumber(value, unit);
}

/** Shorter form for legends and axes, where cents are noise. */
export function formatCompact(unit: Unit, value: number): string {
  if (unit === 'euro') return formatEuro(value, { cents: false });
  return formatValue(unit, value);
}

/** Axis ticks: large amounts in millions or thousands of euros (`15,2 M€`, `850 k€`) to stay short. */
export function formatAxis(unit: Unit, value: number): string {
  if (unit === 'euro' && Math.abs(value) >= 1e6) return `${formatDecimal(value / 1e6, 1)}\u00a0M€`;
  if (unit === 'euro' && Math.abs(value) >= 1e4) return `${formatInteger(value / 1e3)}\u00a0k€`;
  return formatCompact(unit, value);
}
