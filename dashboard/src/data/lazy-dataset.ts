// The publication as the page holds it: what every view needs at once (the run, which regions the
// data cover, the default region: a few hundred bytes, worked out at build time by ./summary.ts),
// and each table loaded when a section that shows it opens (a chunk per table, ../../vite.config.ts).
//
// A table not loaded yet is never read as empty: its rows are a guard whose first use throws
// `TableNotLoaded`, so no figure, rank or sentence is ever computed from missing rows. The page
// (app.ts) loads what a view needs before showing it, and a view that reads one more table (a
// section's headline reading another table's figure) is shown again once it has loaded.
import type { PublishedTables, Row } from '../../../core';
import { decodeDashboardTable, type EncodedTable, TABLE_NAMES, type TableName } from '../../../core';
import type { Dataset, RunInfo, Secrecy } from '../model/dataset';
import { scopeNames } from '../model/scope-names';

/** What a table's chunk exports: its encoded rows and, in a partner build, its masked cells. */
export interface TableChunk {
  readonly data: unknown;
  /** Partner build: the [row index, column] of each cell statistical secrecy masked. */
  readonly masked?: readonly (readonly [number, string])[];
}

export type TableLoaders = Readonly<Partial<Record<TableName, () => Promise<TableChunk>>>>;

/** What the build works out from every table, for a first view that carries only one. */
export interface DatasetSummary {
  /** Region codes having at least one published row, in the order createDataset finds them. */
  readonly regionsWithData: readonly string[];
  readonly defaultRegion: string;
}

export class TableNotLoaded extends Error {
  constructor(readonly table: TableName) {
    super(`dashboard data: table ${table} read before it was loaded`);
    this.name = 'TableNotLoaded';
  }
}

export interface LoadingDataset extends Dataset {
  readonly isLoaded: (table: TableName) => boolean;
  /** Loads the tables not loaded yet (each once, however many ask); rejects when a chunk cannot be read. */
  readonly load: (tables: Iterable<TableName>) => Promise<void>;
}

export interface LazyDatasetOptions {
  readonly run: RunInfo;
  /** Partner build: the threshold (the masked cells come with each table); null in the internal build. */
  readonly secrecy: { readonly threshold: number } | null;
  readonly summary: DatasetSummary;
  readonly loaders: TableLoaders;
  readonly structureTables?: readonly string[];
}

/** Rows that throw at their first use: an unloaded table is never mistaken for an empty one. */
function guard(table: TableName): Row[] {
  const fail = (): never => {
    throw new TableNotLoaded(table);
  };
  return new Proxy([] as Row[], { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
}

export function createLazyDataset({ run, secrecy, summary, loaders, structureTables = [] }: LazyDatasetOptions): LoadingDataset {
  const loaded = new Map<TableName, Row[]>();
  const pending = new Map<TableName, Promise<void>>();
  const maskedRows = new WeakMap<Row, Set<string>>();
  const maskedCells: Record<string, readonly (readonly [number, string])[]> = {};
  const guards = new Map(TABLE_NAMES.map((name) => [name, guard(name)]));

  const tables = {} as PublishedTables;
  for (const name of TABLE_NAMES) {
    Object.defineProperty(tables, name, { enumerable: true, get: () => loaded.get(name) ?? guards.get(name)! });
  }

  const loadOne = (name: TableName): Promise<void> => {
    const known = pending.get(name);
    if (known) return known;
    const loader = loaders[name];
    const promise = (loader ? loader() : Promise.reject(new Error(`dashboard data: no chunk for table ${name}`))).then((chunk) => {
      const rows = decodeDashboardTable(name, chunk.data as EncodedTable);
      const cells = chunk.masked ?? [];
      for (const [index, column] of cells) {
        const row = rows[index];
        if (!row) continue;
        if (!maskedRows.has(row)) maskedRows.set(row, new Set());
        maskedRows.get(row)!.add(column);
      }
      if (cells.length > 0) maskedCells[name] = cells;
      loaded.set(name, rows);
    });
    pending.set(name, promise);
    // A chunk that failed (the server went away) may be asked for again.
    promise.catch(() => pending.delete(name));
    return promise;
  };

  const regionsWithData = new Set(summary.regionsWithData);
  return {
    tables,
    run,
    regionsWithData,
    defaultRegion: summary.defaultRegion,
    names: scopeNames(regionsWithData),
    secrecy: secrecy ? ({ threshold: secrecy.threshold, masked: maskedCells } satisfies Secrecy) : null,
    structureTables: new Set(TABLE_NAMES.filter((name) => structureTables.includes(name))),
    isMasked: (row, column) => maskedRows.get(row)?.has(column) ?? false,
    isLoaded: (name) => loaded.has(name),
    load: async (names) => {
      await Promise.all([...new Set(names)].filter((name) => !loaded.has(name)).map(loadOne));
    },
  };
}

/**
 * Runs `task` until it no longer stops on a table not loaded yet, loading each such table in turn
 * (the data-quality page, which spells out the indicators' codes from their table).
 */
export async function withTables<T>(dataset: LoadingDataset, task: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await task();
    } catch (error) {
      if (!(error instanceof TableNotLoaded)) throw error;
      await dataset.load([error.table]);
    }
  }
}
