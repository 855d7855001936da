// The department outlines as SVG paths. They arrive already projected (see
// data/geo/project-departements.ts), so the page only turns arcs into path strings; zooming
// changes the viewBox and never reprojects.

import projected from 'virtual:cpr-map';
import { geoPath } from 'd3';
import { feature } from 'topojson-client';

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

export function departementShapes(): ProjectedMap {
  const collection = feature(projected, projected.objects.departements);
  const path = geoPath().digits(2);
  const [, , width = 640, height = 600] = projected.bbox ?? [];
  const shapes = collection.features.map((f) => ({
    code: String(f.id),
    d: path(f) ?? '',
    bounds: path.bounds(f) as Bounds,
  }));
  return { width, height, shapes };
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
