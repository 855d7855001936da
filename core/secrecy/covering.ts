// Relations between tables: an amount that every structure counted by another table's figure adds
// to (a centre in remuneration group 2 or 3 has a trop-perçu of at least a cent), so a shown nil
// amount empties those groups. Declared on the amount's table (`covers`), stated here as
// inequalities `perStructure × Σ counts − amount ≤ 0`, and only where they hold on the true values.
import { isTableName, type TableName, tableSpec } from '../schema';
import { pushTo } from './multimap';
import type { AddConstraint, Slice, SystemCell } from './published-system';
import type { ReleaseRows } from './release-rows';
import { secrecyRule } from './table-secrecy';

interface Covering {
  readonly amount: { readonly row: number; readonly column: string };
  readonly counts: readonly { readonly row: number; readonly column: string }[];
  readonly perStructure: number;
}

const found = new WeakMap<ReleaseRows, Covering[]>();

/** Every covering relation of the release, by global row (found once per release). */
export function coverings(release: ReleaseRows): Covering[] {
  let known = found.get(release);
  if (!known) {
    known = findCoverings(release);
    found.set(release, known);
  }
  return known;
}

function findCoverings(release: ReleaseRows): Covering[] {
  const found: Covering[] = [];
  const byTable = new Map<TableName, number[]>();
  release.tables.forEach((table, index) => {
    pushTo(byTable, table, index);
  });
  for (const [table, indexes] of byTable) {
    for (const cover of secrecyRule(table)?.covers ?? []) {
      const others = byTable.get(cover.counts.table as TableName) ?? [];
      const matches = (row: number, where: Readonly<Record<string, string | readonly string[]>>) =>
        Object.entries(where).every(([key, wanted]) => {
          const value = String(release.rows[row]![key] ?? '');
          return typeof wanted === 'string' ? value === wanted : wanted.includes(value);
        });
      for (const row of indexes) {
        if (!matches(row, cover.where)) continue;
        const data = release.rows[row]!;
        const counts = others
          .filter((other) => {
            const candidate = release.rows[other]!;
            return candidate.niveau === data.niveau && candidate.code === data.code && candidate.annee === data.annee && matches(other, cover.counts.where);
          })
          .map((other) => ({ row: other, column: cover.counts.column }));
        if (counts.length > 0) found.push({ amount: { row, column: cover.column }, counts, perStructure: cover.perStructure });
      }
    }
  }
  return found;
}

/** Slices a covering relation ties together, as groups of slice indexes: each group is one system. */
export function tiedSlices(release: ReleaseRows, slices: readonly Slice[]): number[][] {
  const sliceOf = new Map<number, number>();
  slices.forEach((slice, at) => {
    for (const row of slice.rows) sliceOf.set(row, at);
  });
  const parent = slices.map((_, at) => at);
  const find = (at: number): number => {
    if (parent[at] === at) return at;
    const root = find(parent[at]!);
    parent[at] = root;
    return root;
  };
  for (const { amount, counts } of coverings(release)) {
    const first = sliceOf.get(amount.row);
    if (first === undefined) continue;
    for (const { row } of counts) {
      const other = sliceOf.get(row);
      if (other !== undefined) parent[find(other)] = find(first);
    }
  }
  const groups = new Map<number, number[]>();
  slices.forEach((_, at) => {
    pushTo(groups, find(at), at);
  });
  return [...groups.values()];
}

export function coveringConstraints(release: ReleaseRows, slices: readonly Slice[], cells: ReadonlyMap<string, SystemCell>, add: AddConstraint): void {
  const inSystem = new Set(slices.flatMap((slice) => slice.rows));
  for (const { amount, counts, perStructure } of coverings(release)) {
    if (!inSystem.has(amount.row)) continue;
    const amountCell = cells.get(`${amount.row}:${amount.column}`);
    const countCells = counts.map(({ row, column }) => cells.get(`${row}:${column}`)).filter((cell) => cell !== undefined);
    if (!amountCell || countCells.length === 0) continue;
    const counted = countCells.reduce((sum, cell) => sum + cell.value, 0);
    if (perStructure * counted > amountCell.value + 1e-9) continue;
    add([...countCells.map((cell): [number, string, number] => [cell.row, cell.column, perStructure]), [amount.row, amount.column, -1]], 'le');
  }
}

/** The covering declarations name tables and columns that exist (checked with the declarations). */
export function coveringProblems(table: TableName): string[] {
  const problems: string[] = [];
  for (const cover of secrecyRule(table)?.covers ?? []) {
    const other = cover.counts.table;
    if (!tableSpec(table).values.some((column) => column.name === cover.column)) problems.push(`${table}: colonne ${cover.column} inconnue`);
    if (!isTableName(other)) problems.push(`${table}: table ${other} inconnue`);
    else if (!tableSpec(other).values.some((column) => column.name === cover.counts.column)) problems.push(`${other}: colonne ${cover.counts.column} inconnue`);
  }
  return problems;
}
