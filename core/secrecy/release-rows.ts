// Every row a release publishes, of every table, in one numbering: the secrecy system of a release
// spans tables (a zero trop-perçu says something of the remuneration groups), so its cells are
// named by one row index across them. Each table's rows come in one canonical order (by key), so
// that the greedy choice of secondary cells never depends on a file's row order.
import type { Row } from '../published/published-tables';
import { TABLE_NAMES, type TableName, tableSpec } from '../schema';

/** Rows of some tables: a release publishes all of them, a unit test a few. */
export type ReleaseTables = Partial<Record<TableName, readonly Row[]>>;

export interface ReleaseRows {
  /** Every row, table after table in the deck's order. */
  readonly rows: readonly Row[];
  /** The table of each row. */
  readonly tables: readonly TableName[];
  /** The index of each row in its table as given. */
  readonly local: readonly number[];
  /** The global index of a table's row (its index as given). */
  readonly index: (table: TableName, row: number) => number;
}

export function releaseRows(tables: ReleaseTables): ReleaseRows {
  const rows: Row[] = [];
  const owners: TableName[] = [];
  const local: number[] = [];
  const globalOf = new Map<TableName, number[]>();
  for (const name of TABLE_NAMES) {
    const given = tables[name];
    if (!given) continue;
    const positions = new Array<number>(given.length);
    for (const at of canonicalOrder(name, given)) {
      positions[at] = rows.length;
      rows.push(given[at]!);
      owners.push(name);
      local.push(at);
    }
    globalOf.set(name, positions);
  }
  return { rows, tables: owners, local, index: (table, row) => globalOf.get(table)![row]! };
}

/** A row's identity: its key values. Masks are recorded by it, whatever the file's row order. */
export function rowKey(name: TableName, row: Row): string {
  return JSON.stringify(tableSpec(name).keys.map((key) => row[key.name] ?? null));
}

function canonicalOrder(name: TableName, rows: readonly Row[]): number[] {
  const id = rows.map((row) => rowKey(name, row));
  return rows.map((_, index) => index).sort((a, b) => (id[a]! < id[b]! ? -1 : id[a]! > id[b]! ? 1 : a - b));
}
