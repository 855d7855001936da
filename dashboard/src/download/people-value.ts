// A figure of a download as a person reads it: rounded to what its unit means (core's
// roundForPeople), so a CSV or a workbook never carries a float's tail (32,54152384657974). An
// evolution, in percent or in points, is read to a tenth like a rate.
import { roundForPeople, type Unit } from '../../../core';
import type { ColumnUnit } from '../table/table-model';

const ROUNDED_AS: Partial<Record<ColumnUnit, Unit>> = { points: 'percent', change: 'percent' };

export function peopleValue<T extends number | string | null>(value: T, unit: ColumnUnit | null): T | number {
  if (typeof value !== 'number' || unit === null) return value;
  return roundForPeople(value, ROUNDED_AS[unit] ?? (unit as Unit));
}
