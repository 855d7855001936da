// The department map of a territorial indicator (Mon soutien psy, transport partagé…): the same
// classes as the dashboard's map of that indicator (core/map-classes: round equal steps), so
// the deck and the page colour a department alike. Only the indicator's own figures are drawn,
// never one of its breakdown's modalities (contract version 3: `dimension`, `modalite`).
import type { Topology } from 'topojson-specification';
import { departementsOf, type MapClass, mapClasses, NO_DATA, type Row, tableSpec, unitOf } from '../../core';
import { chartValue } from '../deck/cells';
import type { ReportTable } from '../report-table';
import type { ReportScope } from '../scope';
import { type DepartmentMap, MAP_PIXELS } from './coverage-map';
import { regionMapSvg } from './region-map-svg';
import { svgToPng } from './svg-to-png';

const isTotal = (row: Row) => !row.dimension && !row.modalite;

/** Null when no department of the region has a value for that period (nothing to draw). */
export function territorialMap(topology: Topology, table: ReportTable, scope: ReportScope, indicateur: string, periode: string): DepartmentMap | null {
  const rows = table.rows.filter((row) => row.niveau === 'departement' && row.indicateur === indicateur && row.periode === periode && isTotal(row));
  const value = (code: string) =>
    chartValue(
      table,
      rows.find((row) => row.code === code),
      'valeur',
    );
  const values = rows.map((row) => value(String(row.code))).filter((v): v is number => v !== null);
  const valeur = tableSpec('indicateurs_territoriaux').values.find((column) => column.name === 'valeur')!;
  const classes = rows[0] ? mapClasses(indicateur, unitOf(valeur, rows[0]), values) : null;
  if (!classes) return null;
  const classOf = (code: string): MapClass => classes.classOf(value(code));
  const svg = regionMapSvg({ topology, region: scope.region, classOf, width: MAP_PIXELS.width, height: MAP_PIXELS.height });
  const missing = departementsOf(scope.region).some((item) => value(item.code) === null);
  return { png: svgToPng(svg), aspect: MAP_PIXELS.width / MAP_PIXELS.height, legend: [...classes.classes, ...(missing ? [NO_DATA] : [])] };
}

/** The map of each territorial indicator's latest period of its departments' own figures, by indicator code. */
export function territorialMaps(topology: Topology, table: ReportTable, scope: ReportScope): Map<string, DepartmentMap> {
  const maps = new Map<string, DepartmentMap>();
  for (const indicateur of new Set(table.rows.map((row) => String(row.indicateur)))) {
    const periods = table.rows
      .filter((row) => row.indicateur === indicateur && row.niveau === 'departement' && isTotal(row))
      .map((row) => String(row.periode))
      .sort();
    const map = periods.length > 0 ? territorialMap(topology, table, scope, indicateur, periods.at(-1)!) : null;
    if (map) maps.set(indicateur, map);
  }
  return maps;
}
