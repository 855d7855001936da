// Provided by the `cprData` plugin of vite.config.ts from the pipeline's output folder (CPR_OUT).
declare module 'virtual:cpr-data' {
  /** `<out>/dashboard/data.json`, parsed (see pipeline/publish/dashboard-data-format.ts). */
  export const data: unknown;
  /** What the dashboard shows of `<out>/run.json`. */
  export const run: {
    generatedAt: string | null;
    referenceYear: number | null;
    /** ISO date the stocks stand at (`--arrete`). */
    arrete: string | null;
    regions: string[];
  };
}

// Provided by the `cprMap` plugin of vite.config.ts (data/geo/project-departements.ts).
declare module 'virtual:cpr-map' {
  import type { GeometryCollection, Topology } from 'topojson-specification';
  /** Department outlines in SVG units (already projected), `id` = INSEE code. */
  const topology: Topology<{ departements: GeometryCollection }>;
  export default topology;
}
