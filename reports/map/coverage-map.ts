// The department map of the deck: CPTS coverage of the population, as a PNG with its legend.
import type { Topology } from 'topojson-specification';
import { type MapClass, mapClasses, NO_DATA } from '../../core';
import { chartValue } from '../deck/cells';
import type { ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import { regionMapSvg } from './region-map-svg';
import { svgToPng } from './svg-to-png';

export interface DepartmentMap {
  readonly png: Uint8Array;
  /** Width / height of the picture. */
  readonly aspect: number;
  readonly legend: readonly MapClass[];
  /** The department shapes it was drawn from, so that the deck can draw its other maps alike. */
  readonly topology?: Topology;
}

export const MAP_PIXELS = { width: 1400, height: 1000 } as const;

export function coverageMap(topology: Topology, tables: ReportTables, scope: ReportScope): DepartmentMap {
  const table = tables.cpts_couverture;
  const rate = (code: string) =>
    chartValue(
      table,
      table.rows.find((row) => row.niveau === 'departement' && row.code === code),
      'taux_couverture',
    );
  // The dashboard's classes for this indicator (fixed breaks: they do not depend on the values).
  const classes = mapClasses('taux_couverture', 'percent', [])!;
  const svg = regionMapSvg({
    topology,
    region: scope.region,
    classOf: (code) => classes.classOf(rate(code)),
    width: MAP_PIXELS.width,
    height: MAP_PIXELS.height,
  });
  const legend = classes.classes;
  const anyMissing = table.rows.some((row) => row.niveau === 'departement' && rate(String(row.code)) === null);
  return {
    png: svgToPng(svg),
    aspect: MAP_PIXELS.width / MAP_PIXELS.height,
    legend: anyMissing ? [...legend, NO_DATA] : legend,
    topology,
  };
}
