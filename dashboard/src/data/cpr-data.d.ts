// Provided by the `cprData` plugin of vite.config.ts from the pipeline's output folder (CPR_OUT).
declare module 'virtual:cpr-data' {
  /** What the dashboard shows of `<out>/run.json`. */
  export const run: {
    generatedAt: string | null;
    referenceYear: number | null;
    /** ISO date the stocks stand at (`--arrete`). */
    arrete: string | null;
    regions: string[];
    rejected: number;
    /** Optional datasets the run had no export of: their sections say « données non fournies ». */
    absent: string[];
  };
  /** Partner build only: the threshold (each table's masked cells come in its chunk). */
  export const secrecy: { threshold: number } | null;
  /** Worked out from every table at build time (src/data/summary.ts). */
  export const summary: import('./lazy-dataset').DatasetSummary;
  /**
   * One loader per table, each a chunk of its own (`virtual:cpr-data/donnees-<table>`): the table of
   * `<out>/dashboard/data.json`, column-major (core/published/dashboard-data-format.ts), masked in a
   * partner build with its masked cells beside it.
   */
  export const tables: import('./lazy-dataset').TableLoaders;
}

// Provided by the `cprDetail` plugin of vite.config.ts: empty in a partner build.
declare module 'virtual:cpr-structures' {
  /** One loader per table with structure rows (`<out>/dashboard/structures/<table>.json`). */
  export const loaders: Record<string, () => Promise<{ data: unknown }>>;
}

declare module 'virtual:cpr-controls' {
  /** `<out>/dashboard/controles.json` as published (decoded by the page); null in a partner build or when absent. */
  export const controls: unknown;
}

declare module 'virtual:cpr-revisions' {
  /**
   * The figures changed since an earlier run (`npm run build -- --depuis <run>`), as a person reads
   * them (core's revisionCells); null in a partner build, undefined when not asked for.
   */
  export const revisions: { since: string; summary: string; rows: import('../../../core').RevisionCells[] } | null | undefined;
}

declare module 'virtual:cpr-rejects' {
  /** `<out>/rejects.csv` without the raw values; null in a partner build. */
  export const rejects: { file: string; line: number; column: string; reason: string }[] | null;
}

// Provided by the `cprMap` plugin of vite.config.ts (data/geo/project-departements.ts).
declare module 'virtual:cpr-map' {
  import type { GeometryCollection, Topology } from 'topojson-specification';

  /** Department outlines in SVG units (already projected), `id` = INSEE code. */
  const topology: Topology<{ departements: GeometryCollection }>;
  export default topology;
}
