// Classes of a department map, one module for the dashboard and the deck, so one indicator gets
// the same classes, colours and labels in both. Browser-safe.
// - Indicators with fixed breaks (CPTS coverage): the same classes whatever the region, so two
//   reports, or two regions, read alike.
// - Other indicators: at most five classes of equal width, the width a round step (1, 2, 2,5, 5 × 10^k)
//   and the bounds multiples of it; counts get whole classes (`0 à 4`, `5 à 9`), never `2 à 2`.
import { formatDecimal, formatEuro, formatInteger, formatPercent } from '../format';
import type { Unit } from '../schema';

export interface MapClass {
  readonly color: string;
  readonly label: string;
}

export interface MapClasses {
  readonly classes: readonly MapClass[];
  /** The class of a value; NO_DATA for null. */
  readonly classOf: (value: number | null) => MapClass;
  /** Lower bounds of the classes after the first (a value ≥ breaks[i] is in class i + 1 or beyond). */
  readonly breaks: readonly number[];
}

export const NO_DATA: MapClass = { color: '#E4E4E4', label: 'Donnée absente' };
/** Sequential blues ending in the deck's navy; the lightest stays distinct from the no-data grey. */
export const PALETTE = ['#E3ECF5', '#C2D5E8', '#93B5D6', '#5F8FBF', '#3767A0', '#1F3A5F'] as const;
export const PERCENT_BREAKS = [50, 60, 70, 80, 90];

/** Indicators read against fixed thresholds rather than against the spread of the map's values. */
export const FIXED_BREAKS: Readonly<Record<string, readonly number[]>> = {
  taux_couverture: PERCENT_BREAKS,
};

const MAX_CLASSES = 5;

/** `count` colours of the palette, spread from light to dark (the lightest only when all six are used). */
function colours(count: number): string[] {
  if (count >= PALETTE.length) return [...PALETTE];
  if (count === 1) return [PALETTE[4]];
  return Array.from({ length: count }, (_, i) => PALETTE[Math.round(1 + (i * 4) / (count - 1))]!);
}

function decimalsOf(step: number): number {
  for (let digits = 0; digits < 6; digits++) if (Math.abs(step * 10 ** digits - Math.round(step * 10 ** digits)) < 1e-9) return digits;
  return 6;
}

function formatBound(unit: Unit, value: number, digits: number): string {
  switch (unit) {
    case 'euro':
      return formatEuro(value, { cents: false });
    case 'percent':
      return formatPercent(value, digits);
    case 'count':
      return formatInteger(value);
    default:
      return digits === 0 ? formatInteger(value) : formatDecimal(value, digits);
  }
}

/** The smallest round step giving at most five classes from a multiple of the step up to `max`. */
function roundStep(min: number, max: number, whole: boolean): number {
  const raw = Math.max((max - min) / MAX_CLASSES, whole ? 1 : Number.MIN_VALUE);
  let magnitude = 10 ** Math.floor(Math.log10(raw));
  for (;;) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * magnitude;
      if (whole && (step < 1 || !Number.isInteger(step))) continue;
      const low = Math.floor(min / step) * step;
      if (step >= raw && Math.floor((max - low) / step) + 1 <= MAX_CLASSES) return step;
    }
    magnitude *= 10;
  }
}

function fromBreaks(breaks: readonly number[], unit: Unit, digits: number, low: number | null, max: number | null): MapClasses {
  const palette = colours(breaks.length + 1);
  const fmt = (value: number) => formatBound(unit, value, digits);
  const whole = unit === 'count';
  const classes: MapClass[] = palette.map((color, index) => {
    const from = index === 0 ? low : breaks[index - 1]!;
    const to = index < breaks.length ? breaks[index]! : null;
    if (whole && from !== null) {
      const last = to === null ? max : to - 1;
      if (last === from) return { color, label: fmt(from) };
      return { color, label: to === null ? `${fmt(from)} et plus` : `${fmt(from)} à ${fmt(last!)}` };
    }
    if (from === null) return { color, label: `moins de ${fmt(to!)}` };
    if (to === null) return { color, label: `${fmt(from)} et plus` };
    return { color, label: `de ${fmt(from)} à moins de ${fmt(to)}` };
  });
  return {
    classes,
    breaks,
    classOf(value) {
      if (value === null) return NO_DATA;
      return classes[breaks.filter((limit) => value >= limit).length]!;
    },
  };
}

/** Fixed percentage classes (`moins de 50 %`, `de 50 % à moins de 60 %`… `90 % et plus`). */
export function percentClasses(breaks: readonly number[] = PERCENT_BREAKS): MapClass[] {
  return [...fromBreaks(breaks, 'percent', 0, null, null).classes];
}

export function classOf(value: number | null, breaks: readonly number[] = PERCENT_BREAKS): MapClass {
  return fromBreaks(breaks, 'percent', 0, null, null).classOf(value);
}

/**
 * The classes of one indicator's map. `values`: the figures drawn (nulls left out); null when there
 * is none and the indicator has no fixed breaks.
 */
export function mapClasses(indicator: string, unit: Unit, values: readonly number[]): MapClasses | null {
  const fixed = FIXED_BREAKS[indicator];
  if (fixed) return fromBreaks(fixed, unit, 0, null, null);
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const whole = unit === 'count' && values.every(Number.isInteger);
  if (min === max) {
    const only = fromBreaks([], whole ? 'count' : unit, whole ? 0 : decimalsOf(min), min, max);
    return { ...only, classes: [{ color: only.classes[0]!.color, label: formatBound(unit, min, whole ? 0 : Math.min(2, decimalsOf(min))) }] };
  }
  const step = roundStep(min, max, whole);
  const low = Math.floor(min / step) * step;
  const breaks: number[] = [];
  for (let bound = low + step; bound <= max; bound += step) breaks.push(Number(bound.toFixed(10)));
  return fromBreaks(breaks, whole ? 'count' : unit, unit === 'euro' ? 0 : decimalsOf(step), Number(low.toFixed(10)), max);
}
