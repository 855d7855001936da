// Evolutions, computed from the published tables and never typed: counts, euros and means change
// in percent (`+26,3 %`), rates in points (`−0,7 pt`). The one place the deck, the dashboard and the
// workbook take them from. Browser-safe.
import { formatChange, formatPoints } from '../format';
import type { Row } from '../published/published-tables';
import type { Column, TableSpec, Unit } from '../schema';

export type EvolutionKind = 'percent' | 'points';

export interface Evolution {
  readonly kind: EvolutionKind;
  /** A relative change in percent (26.27) or a difference of rates in points (-0.7). */
  readonly value: number;
  readonly from: number;
  readonly to: number;
}

/** How a column's figures change: rates in points, amounts and counts in percent, codes not at all. */
export function evolutionKind(unit: Unit): EvolutionKind | null {
  if (unit === 'percent') return 'points';
  return unit === 'count' || unit === 'euro' || unit === 'mean' ? 'percent' : null;
}

/** Null when a figure is missing (or masked), or when a percentage would divide by zero. */
export function evolution(unit: Unit, from: number | null, to: number | null): Evolution | null {
  const kind = evolutionKind(unit);
  if (kind === null || from === null || to === null) return null;
  if (kind === 'points') return { kind, value: to - from, from, to };
  if (from === 0) return null;
  return { kind, value: ((to - from) / from) * 100, from, to };
}

/** `+26,3 %`, `−0,7 pt`. */
export function formatEvolution(change: Evolution): string {
  return change.kind === 'points' ? formatPoints(change.value) : formatChange(change.value / 100);
}

/** « en hausse de 26,3 % », « en baisse de 0,7 pt », « stable » (what rounds to nothing). */
export function evolutionWords(change: Evolution): string {
  const text = formatEvolution(change).replace(/^[+\u2212]/, '');
  if (/^0,0\u00a0/.test(text)) return 'stable';
  return change.value > 0 ? `en hausse de ${text}` : `en baisse de ${text}`;
}

/** How large a change is, to rank changes of different kinds: relative to where it started. */
export function evolutionSize(change: Evolution): number {
  if (change.kind === 'percent') return Math.abs(change.value) / 100;
  return change.from === 0 ? 0 : Math.abs(change.value / change.from);
}

/**
 * Starting values below which a change is not ranked among the « Faits marquants »: from fewer than
 * 10 (structures, people), under 5 % or a mean under 1 (professionals per MSP), a single structure
 * makes a large change, not a trend.
 */
export const RANKED_FROM: Partial<Record<Unit, number>> = { count: 10, percent: 5, mean: 1 };

export function rankable(change: Evolution, unit: Unit): boolean {
  return Math.abs(change.from) >= (RANKED_FROM[unit] ?? 0);
}

/** The row of the same keys (area, type, programme…) one year before, when the table has years. */
export function previousYearRow(spec: TableSpec, rows: readonly Row[], row: Row): Row | undefined {
  if (typeof row.annee !== 'number') return undefined;
  const keys = spec.keys.map((column) => column.name).filter((name) => name !== 'annee');
  const year = row.annee - 1;
  return rows.find((other) => other.annee === year && keys.every((key) => other[key] === row[key]));
}

export interface EvolutionLine {
  readonly row: Row;
  readonly previous: Row;
  readonly column: Column;
  readonly change: Evolution;
}

/**
 * Every change against the previous year a table holds: for each row whose previous year exists,
 * each value column that changes in percent or points. `value` reads a figure (null when masked).
 * A year counted only to the cut-off date (`yearToDate`, see context.ts countedToDate) is compared
 * with nothing: the tables hold the whole previous year, not the same date of it.
 */
export function tableEvolutions(
  spec: TableSpec,
  rows: readonly Row[],
  value: (row: Row, column: string) => number | null,
  yearToDate: (year: number) => boolean = () => false,
): EvolutionLine[] {
  if (!spec.keys.some((column) => column.name === 'annee')) return [];
  const lines: EvolutionLine[] = [];
  for (const row of rows) {
    if (typeof row.annee === 'number' && yearToDate(row.annee)) continue;
    const previous = previousYearRow(spec, rows, row);
    if (!previous) continue;
    for (const column of spec.values) {
      const change = evolution(column.unit, value(previous, column.name), value(row, column.name));
      if (change) lines.push({ row, previous, column, change });
    }
  }
  return lines;
}
