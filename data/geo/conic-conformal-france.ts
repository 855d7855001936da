// d3-composite-projections' package entry has extensionless imports that Node's ESM loader refuses
// (Vite's config and tsx both run under it), so reach the one projection we use by its own file.
import type { GeoProjection } from 'd3';
// @ts-expect-error: the package only types its entry point.
import conicConformalFrance from 'd3-composite-projections/src/conicConformalFrance.js';

export const geoConicConformalFrance = conicConformalFrance as () => GeoProjection;
