// The department shapes committed by the dashboard (data/geo, Natural Earth, public domain).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';

export const DEPARTEMENTS_TOPOJSON = fileURLToPath(new URL('../../data/geo/departements.topo.json', import.meta.url));

export async function readDepartementsTopology(file = DEPARTEMENTS_TOPOJSON): Promise<Topology> {
  return JSON.parse(await readFile(file, 'utf8')) as Topology;
}
