// Classes of the choropleth: equal intervals over the region's values, in a sequential blue whose
// lightest class stays distinct from the white "no data" hatching and the grey of other regions.
import { extent, scaleQuantize, schemeBlues } from 'd3';
import type { Unit } from '../../../pipeline/schema';
import { formatCompact } from '../format/format-value';

export interface ColorClass {
  readonly color: string;
  readonly label: string;
}

export interface ColorScale {
  readonly color: (value: number) => string;
  readonly classes: readonly ColorClass[];
}

const MAX_CLASSES = 5;

function paletteOf(count: number): readonly string[] {
  // schemeBlues[n + 1] without its near-white first colour.
  return (schemeBlues[Math.max(3, count + 1)] ?? schemeBlues[9]!).slice(-count);
}

export function colorScale(values: readonly number[], unit: Unit): ColorScale | null {
  const [min, max] = extent(values);
  if (min === undefined || max === undefined) return null;
  if (min === max) {
    const color = paletteOf(1)[0]!;
    return { color: () => color, classes: [{ color, label: formatCompact(unit, min) }] };
  }
  // Whole counts cannot be split finer than one unit per class.
  const count = unit === 'count' ? Math.min(MAX_CLASSES, max - min + 1) : MAX_CLASSES;
  const palette = paletteOf(Math.max(2, count));
  const scale = scaleQuantize<string>().domain([min, max]).range(palette);
  const classes = palette.map((color) => {
    const [from, to] = scale.invertExtent(color);
    return { color, label: `${formatCompact(unit, from)} à ${formatCompact(unit, to)}` };
  });
  return { color: (value) => scale(value), classes };
}
