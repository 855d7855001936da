// The department outlines, projected once: metropolitan France in Lambert-like conic conformal, the
// five overseas departments as insets (d3-composite-projections). Zooming only changes the viewBox.
import { geoPath, type GeoPermissibleObjects } from 'd3';
import { geoConicConformalFrance } from 'd3-composite-projections';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import topologyData from '../../../data/geo/departements.topo.json';

export type Bounds = readonly [readonly [number, number], readonly [number, number]];

export interface DepartementShape {
  readonly code: string;
  readonly d: string;
  readonly bounds: Bounds;
}

export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly DepartementShape[];
}

const WIDTH = 640;
const HEIGHT = 600;

export function projectDepartements(): ProjectedMap {
  const topology = topologyData as unknown as Topology<{ departements: GeometryCollection }>;
  const collection = feature(topology, topology.objects.departements);
  const projection = geoConicConformalFrance().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    collection as GeoPermissibleObjects,
  );
  const path = geoPath(projection);
  const shapes = collection.features.map((f: Feature<Geometry>) => ({
    code: String(f.id),
    d: path(f) ?? '',
    bounds: path.bounds(f) as Bounds,
  }));
  return { width: WIDTH, height: HEIGHT, shapes };
}

export function unionBounds(bounds: readonly Bounds[]): Bounds | null {
  if (bounds.length === 0) return null;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [[a, b], [c, d]] of bounds) {
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}
