// The chosen indicator over the years, drawn with Observable Plot: bars of the region's figure for
// counts and amounts (the deck's "contracts per year"), lines per department around the region's
// line for rates and means (the deck's screening slides). Loaded on demand: only sections with
// several years need Plot. The years table below it carries the same figures as text.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3';
import type { Unit } from '../../../core';
import { formatAxis, formatValue } from '../format/format-value';
import type { TableModel } from '../table/table-model';

export interface EvolutionChartOptions {
  readonly model: TableModel;
  readonly unit: Unit;
  readonly indicatorLabel: string;
  /** Width of the box the chart is drawn in: drawn at that size, its text stays at 13 px. */
  readonly width?: number;
}

interface Point {
  readonly year: number;
  readonly value: number;
  readonly name: string;
  readonly total: boolean;
}

function pointsOf(model: TableModel): Point[] {
  const years = model.columns.filter((c) => /^\d{4}$/.test(c.key)).map((c) => Number(c.key));
  return [...model.body, ...model.totals.filter((line) => line.level === 'region')].flatMap((line) =>
    years.flatMap((year, i) => {
      const value = line.values[i];
      return typeof value === 'number' ? [{ year, value, name: line.name, total: line.level === 'region' }] : [];
    }),
  );
}

/** Whole-number ticks for counts (no `0 | 1 | 1 | 2`): at most six, from zero or the lowest value. */
function countTicks(points: readonly Point[], bars: boolean): number[] | undefined {
  if (points.length === 0) return undefined;
  const values = points.map((p) => p.value);
  const low = bars ? 0 : Math.min(...values);
  const high = Math.max(...values);
  const whole = ticks(low, Math.max(high, low + 1), 6).filter(Number.isInteger);
  return whole.length >= 2 ? whole : [Math.floor(low), Math.ceil(Math.max(high, low + 1))];
}

export function evolutionChart({ model, unit, indicatorLabel, width = 640 }: EvolutionChartOptions): SVGSVGElement | HTMLElement {
  const points = pointsOf(model);
  const narrow = width < 480;
  const totals = points.filter((p) => p.total);
  const tickFormat = (value: number) => formatAxis(unit, value);
  const tip = {
    format: {
      x: (year: number) => String(year),
      y: (value: number) => formatValue(unit, value),
      z: true,
      stroke: false,
    },
  };
  const bars = unit === 'count' || unit === 'euro';
  const marks = bars
    ? [Plot.barY(totals, { x: 'year', y: 'value', fill: '#1f5f99', tip, channels: { Territoire: 'name' } }), Plot.ruleY([0])]
    : [
        Plot.lineY(
          points.filter((p) => !p.total),
          { x: 'year', y: 'value', z: 'name', stroke: '#9aa5b1', strokeWidth: 1.5 },
        ),
        Plot.lineY(totals, { x: 'year', y: 'value', stroke: '#1f5f99', strokeWidth: 3 }),
        Plot.dot(points, { x: 'year', y: 'value', fill: (p: Point) => (p.total ? '#1f5f99' : '#9aa5b1'), r: 3 }),
        Plot.tip(points, Plot.pointer({ x: 'year', y: 'value', channels: { Territoire: 'name' }, format: { ...tip.format, fill: false } })),
      ];
  const yTicks = unit === 'count' ? countTicks(bars ? totals : points, bars) : undefined;
  return Plot.plot({
    width: Math.min(720, Math.max(300, Math.round(width))),
    height: narrow ? 220 : 260,
    marginLeft: narrow ? 64 : 80,
    style: { fontSize: '13px', fontFamily: 'inherit', color: '#1b1b1b' },
    ariaLabel: `${indicatorLabel} par année`,
    ariaDescription: 'Graphique ; les mêmes chiffres figurent dans le tableau par année.',
    x: bars
      ? { type: 'band', label: null, tickFormat: (year: number) => String(year) }
      : { label: null, tickFormat: (year: number) => String(year), ticks: [...new Set(points.map((p) => p.year))] },
    y: { label: indicatorLabel, grid: true, tickFormat, nice: true, zero: bars, ...(yTicks ? { ticks: yTicks } : {}) },
    marks,
  });
}
