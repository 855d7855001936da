// Where the pinned @etalab/decoupage-administratif package keeps its data, for the warehouse to
// read with DuckDB's read_json (Node only: communes.json is 8.6 MB and never goes to the browser).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const GEOGRAPHY_FILES = {
  regions: require.resolve('@etalab/decoupage-administratif/data/regions.json'),
  departements: require.resolve('@etalab/decoupage-administratif/data/departements.json'),
  communes: require.resolve('@etalab/decoupage-administratif/data/communes.json'),
} as const;
