// What the dashboard knows about one publication: its tables and which regions they cover.
import { departement } from '../../../pipeline/geography';
import type { PublishedTables } from '../../../pipeline/publish/published-tables';
import { TABLE_NAMES } from '../../../pipeline/schema';

export interface RunInfo {
  /** ISO date time of the pipeline run. */
  readonly generatedAt: string | null;
  readonly referenceYear: number | null;
  /** ISO date the stocks stand at (`--arrete`); null for an older run.json. */
  readonly arrete?: string | null;
  readonly regions: readonly string[];
}

export interface Dataset {
  readonly tables: PublishedTables;
  readonly run: RunInfo;
  /** Region codes having at least one published row (of their own or of one of their departments). */
  readonly regionsWithData: ReadonlySet<string>;
  readonly defaultRegion: string;
}

// Île-de-France, where the project started, for a publication that somehow names no region.
const FALLBACK_REGION = '11';

export function regionOfRow(niveau: unknown, code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  if (niveau === 'region') return code;
  if (niveau === 'departement') return departement(code)?.region;
  return undefined;
}

export function createDataset(tables: PublishedTables, run: RunInfo): Dataset {
  const regionsWithData = new Set<string>();
  for (const name of TABLE_NAMES) {
    for (const row of tables[name]) {
      const code = regionOfRow(row.niveau, row.code);
      if (code) regionsWithData.add(code);
    }
  }
  const sorted = [...regionsWithData].sort();
  const defaultRegion = run.regions.find((code) => regionsWithData.has(code)) ?? sorted[0] ?? FALLBACK_REGION;
  return { tables, run, regionsWithData, defaultRegion };
}
