// The department map of a count of structures (the June 2024 deck: « Nombre de CDS par département
// en IDF »): the dashboard's classes for that column (core/map-classes), masked counts drawn as
// missing.
import type { Topology } from 'topojson-specification';
import { departementsOf, mapClasses, NO_DATA } from '../../core';
import { chartValue } from '../deck/cells';
import type { ReportTable } from '../report-table';
import type { ReportScope } from '../scope';
import { type DepartmentMap, MAP_PIXELS } from './coverage-map';
import { regionMapSvg } from './region-map-svg';
import { svgToPng } from './svg-to-png';

/** Null when no department of the region has a figure in `column` (nothing to draw). */
export function countMap(topology: Topology, table: ReportTable, scope: ReportScope, column: string): DepartmentMap | null {
  const value = (code: string) =>
    chartValue(
      table,
      table.rows.find((row) => row.niveau === 'departement' && row.code === code),
      column,
    );
  const codes = departementsOf(scope.region).map((item) => item.code);
  const values = codes.map(value).filter((v): v is number => v !== null);
  const classes = mapClasses(column, 'count', values);
  if (!classes) return null;
  const svg = regionMapSvg({
    topology,
    region: scope.region,
    classOf: (code) => classes.classOf(value(code)),
    width: MAP_PIXELS.width,
    height: MAP_PIXELS.height,
  });
  const missing = values.length < codes.length;
  return { png: svgToPng(svg), aspect: MAP_PIXELS.width / MAP_PIXELS.height, legend: [...classes.classes, ...(missing ? [NO_DATA] : [])] };
}
