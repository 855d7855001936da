// Projects the department outlines once, at build time: metropolitan France in the conic conformal
// projection of d3-composite-projections, the five overseas departments as its insets. The result is
// a planar TopoJSON in SVG units that the browser draws with an identity path, because projecting
// 23 000 points through the composite projection (which streams every point through each of its
// twelve sub-projections) took about 400 ms of the page's first second.
import { type GeoStream, geoStream } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoConicConformalFrance } from './conic-conformal-france.js';
import { DEPARTEMENTS_OBJECT } from './departements-object.js';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 600;
const MARGIN = 8;

export type DepartementsTopology = Topology<{ departements: GeometryCollection }>;

/** Collects what a projection stream emits as polygons of closed rings. */
function polygonSink() {
  const polygons: Position[][][] = [];
  let rings: Position[][] = [];
  let ring: Position[] | null = null;
  const round = (v: number) => Math.round(v * 100) / 100;
  const stream: GeoStream = {
    point(x, y) {
      ring?.push([round(x), round(y)]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring && ring.length >= 3) {
        const [fx, fy] = ring[0]!;
        const [lx, ly] = ring[ring.length - 1]!;
        if (fx !== lx || fy !== ly) ring.push([fx!, fy!]);
        rings.push(ring);
      }
      ring = null;
    },
    polygonStart() {
      rings = [];
    },
    polygonEnd() {
      if (rings.length > 0) polygons.push(rings);
    },
    sphere() {},
  };
  return { stream, polygons };
}

export function projectDepartements(geographic: DepartementsTopology): DepartementsTopology {
  const collection = feature(geographic, geographic.objects.departements);
  const projection = geoConicConformalFrance().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    collection,
  );
  const features: Feature<MultiPolygon>[] = collection.features.map((f) => {
    const sink = polygonSink();
    geoStream(f, projection.stream(sink.stream));
    return { type: 'Feature', id: f.id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: sink.polygons } };
  });
  const projected: FeatureCollection = { type: 'FeatureCollection', features };
  // 1e4 steps over ~620 SVG units: 0.06 unit, still under a screen pixel when zoomed on Paris.
  const planar = quantize(topology({ [DEPARTEMENTS_OBJECT]: projected }) as unknown as Parameters<typeof quantize>[0], 1e4);
  return { ...(planar as unknown as DepartementsTopology), bbox: [0, 0, MAP_WIDTH, MAP_HEIGHT] };
}
