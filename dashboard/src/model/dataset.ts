// What the dashboard knows about one publication: its tables, which regions they cover, and, in a
// partner build, which cells statistical secrecy masked.

import type { PublishedTables, Row } from '../../../core';
import { departement, TABLE_NAMES, type TableName } from '../../../core';
import { FRANCE } from './area-rows';
import { type ScopeNames, scopeNames } from './scope-names';

export interface RunInfo {
  /** ISO date time of the pipeline run. */
  readonly generatedAt: string | null;
  readonly referenceYear: number | null;
  /** ISO date the stocks stand at (`--arrete`); null for an older run.json. */
  readonly arrete?: string | null;
  readonly regions: readonly string[];
  /** Rows the run rejected (listed in rejects.csv). */
  readonly rejected?: number;
  /** Optional datasets the run had no export of. */
  readonly absent?: readonly string[];
}

export interface Secrecy {
  readonly threshold: number;
  /** Per table, the [row index, column] of each masked cell. */
  readonly masked: Readonly<Record<string, readonly (readonly [number, string])[]>>;
}

export interface Dataset {
  readonly tables: PublishedTables;
  readonly run: RunInfo;
  /** Region codes having at least one published row (of their own or of one of their departments). */
  readonly regionsWithData: ReadonlySet<string>;
  /** The region the data cover (the largest when several), or France when they cover every region. */
  readonly defaultRegion: string;
  /** What its scopes are called, and whether the all-regions scope is offered. */
  readonly names: ScopeNames;
  /** Partner build: the threshold applied; null in the internal build. */
  readonly secrecy: Secrecy | null;
  /** Tables with a structure list (internal build); none in a partner build. */
  readonly structureTables: ReadonlySet<TableName>;
  /** Whether statistical secrecy masked this cell (shown « NS »). */
  readonly isMasked: (row: Row, column: string) => boolean;
}

// Île-de-France, where the project started, for a publication that somehow names no region.
const FALLBACK_REGION = '11';

export function regionOfRow(niveau: unknown, code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  if (niveau === 'region') return code;
  if (niveau === 'departement') return departement(code)?.region;
  return undefined;
}

export function createDataset(tables: PublishedTables, run: RunInfo, secrecy: Secrecy | null = null, structureTables: readonly string[] = []): Dataset {
  const regionsWithData = new Set<string>();
  const weight = new Map<string, number>();
  for (const name of TABLE_NAMES) {
    for (const row of tables[name]) {
      const code = regionOfRow(row.niveau, row.code);
      if (!code) continue;
      regionsWithData.add(code);
      weight.set(code, (weight.get(code) ?? 0) + 1);
    }
  }
  const covered = run.regions.filter((code) => regionsWithData.has(code));
  const candidates = covered.length > 0 ? covered : [...regionsWithData];
  // The largest region of the data: the one with the most published rows (departments and own rows).
  const largest = [...candidates].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b))[0];
  const names = scopeNames(regionsWithData);
  const defaultRegion = names.everyRegion ? FRANCE : (largest ?? FALLBACK_REGION);

  const masked = new WeakMap<Row, Set<string>>();
  for (const [name, cells] of Object.entries(secrecy?.masked ?? {})) {
    const rows = tables[name as keyof PublishedTables];
    for (const [index, column] of cells) {
      const row = rows?.[index];
      if (!row) continue;
      if (!masked.has(row)) masked.set(row, new Set());
      masked.get(row)!.add(column);
    }
  }
  return {
    tables,
    run,
    regionsWithData,
    defaultRegion,
    names,
    secrecy,
    structureTables: new Set(TABLE_NAMES.filter((name) => structureTables.includes(name))),
    isMasked: (row, column) => masked.get(row)?.has(column) ?? false,
  };
}
