// An SVG map of one region's departments, coloured by class, its neighbours in light grey for
// context, each department labelled with its code. Pure and browser-safe (d3-geo, topojson-client).
import { type GeoProjection, geoConicConformal, geoMercator, geoPath } from 'd3';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapClass } from '../../core';
import { departement } from '../../core';
import { layoutLabels } from './label-layout';

/** Name of the TopoJSON object holding the departments; each geometry's `id` is its INSEE code. */
export const DEPARTEMENTS_OBJECT = 'departements';

export interface RegionMapOptions {
  readonly topology: Topology;
  readonly region: string;
  /** Class of each department of the region, by INSEE code. */
  readonly classOf: (code: string) => MapClass;
  readonly width: number;
  readonly height: number;
}

type DepartmentFeature = Feature<Geometry, GeoJsonProperties>;

function departmentsOf(topology: Topology): DepartmentFeature[] {
  const object = topology.objects[DEPARTEMENTS_OBJECT] as GeometryCollection | undefined;
  if (!object) throw new Error(`TopoJSON sans objet « ${DEPARTEMENTS_OBJECT} »`);
  return (feature(topology, object) as FeatureCollection<Geometry>).features as DepartmentFeature[];
}

/** Text from the data as SVG text: no markup gets through (a department's name, a label). */
export const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** What every map of one region at one size shares, whatever its colours: projected once. */
interface RegionShape {
  /** The neighbours' paths and the frame, as SVG. */
  readonly background: readonly string[];
  readonly departments: readonly { readonly code: string; readonly d: string }[];
  /** The codes' labels, as SVG. */
  readonly labels: readonly string[];
}

// A deck draws some ten maps of its region; projecting France's departments was a third of their time.
const shapes = new WeakMap<Topology, Map<string, RegionShape>>();

function regionShape(topology: Topology, region: string, width: number, height: number): RegionShape {
  const key = `${region} ${width}×${height}`;
  const known = shapes.get(topology) ?? new Map<string, RegionShape>();
  shapes.set(topology, known);
  const found = known.get(key);
  if (found) return found;
  const shape = projectRegion(topology, region, width, height);
  known.set(key, shape);
  return shape;
}

function projectRegion(topology: Topology, region: string, width: number, height: number): RegionShape {
  const all = departmentsOf(topology);
  const inRegion = all.filter((item) => departement(String(item.id))?.region === region);
  if (inRegion.length === 0) throw new Error(`aucun contour de département pour la région ${region}`);
  const overseas = inRegion.some((item) => departement(String(item.id))?.outreMer);
  // Lambert-93's cone for mainland France; overseas departments sit far from it, Mercator suits them.
  const projection: GeoProjection = overseas ? geoMercator() : geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  const pad = Math.round(Math.min(width, height) * 0.04);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    { type: 'FeatureCollection', features: inRegion },
  );
  // Only what the frame shows, and a margin so that no cut edge is drawn: a small region's map
  // otherwise carried every department of France, out of sight, to the renderer.
  projection.clipExtent([
    [-pad, -pad],
    [width + pad, height + pad],
  ]);
  const path = geoPath(projection);

  const background: string[] = [];
  background.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  background.push(`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`);
  const neighbours = overseas ? [] : all.filter((item) => !inRegion.includes(item) && !departement(String(item.id))?.outreMer);
  for (const item of neighbours) {
    const d = path(item);
    if (d) background.push(`<path d="${d}" fill="#F2F2F2" stroke="#FFFFFF" stroke-width="1.5"/>`);
  }
  const departments = inRegion.flatMap((item) => {
    const d = path(item);
    return d ? [{ code: String(item.id), d }] : [];
  });
  const fontSize = Math.round(height / 28);
  const centroids = inRegion.flatMap((item) => {
    const [x, y] = path.centroid(item);
    return Number.isFinite(x) && Number.isFinite(y) ? [{ text: String(item.id), x, y }] : [];
  });
  const labels: string[] = [];
  for (const label of layoutLabels(centroids, fontSize)) {
    if (label.moved) {
      labels.push(
        `<line x1="${label.x.toFixed(1)}" y1="${label.y.toFixed(1)}" x2="${label.labelX.toFixed(1)}" y2="${label.labelY.toFixed(1)}" stroke="#1F3A5F" stroke-width="1.5"/>`,
        `<circle cx="${label.x.toFixed(1)}" cy="${label.y.toFixed(1)}" r="3" fill="#1F3A5F"/>`,
      );
    }
    // Navy text on a white halo reads on every class colour, light or dark.
    labels.push(
      `<text x="${label.labelX.toFixed(1)}" y="${label.labelY.toFixed(1)}" text-anchor="middle" dominant-baseline="central" ` +
        `font-family="DejaVu Sans, Arial, sans-serif" font-size="${fontSize}" font-weight="bold" fill="#1F3A5F" ` +
        `stroke="#FFFFFF" stroke-width="${(fontSize / 5).toFixed(1)}" stroke-linejoin="round" paint-order="stroke">${escapeXml(label.text)}</text>`,
    );
  }
  return { background, departments, labels };
}

export function regionMapSvg({ topology, region, classOf, width, height }: RegionMapOptions): string {
  const shape = regionShape(topology, region, width, height);
  const departments = shape.departments.map(
    ({ code, d }) => `<path d="${d}" fill="${classOf(code).color}" stroke="#FFFFFF" stroke-width="2.5" stroke-linejoin="round"/>`,
  );
  return [...shape.background, ...departments, ...shape.labels, '</svg>'].join('\n');
}
