// Statistical secrecy for one published table: per slice of rows that add up together (same year,
// structure type, profession…), primary cells from the threshold rule, then secondary cells until
// no masked figure can be computed back, exactly or within ±10 %, from anything the table shows.
import type { Row } from '../published/published-tables';
import { type TableName, tableSpec } from '../schema';
import { breachFrom } from './breach';
import { findExposure } from './exposure';
import { buildSystem, type PublishedSystem, slices, splitKey } from './published-system';
import { suppressCells } from './suppress';
import { secrecyRule } from './table-secrecy';

/** For each row (same index), the names of its masked columns. */
export type TableMasks = readonly ReadonlySet<string>[];

/**
 * The cells of `rows` a partner file must show as `NS` under the threshold `threshold` (the
 * `--secret` value): figures standing on 1 to n−1 structures (or counting 1 to n−1 patients), their
 * means, minima and maxima, means over an unpublished number of structures, and the secondary cells
 * that keep every masked figure from being recomputed from the totals, the row identities, the
 * means × public counts and the bounds the extremes give. Tables of public counts mask nothing;
 * `threshold` ≤ 1 masks nothing. Throws a `SecrecyBreach` if no pattern protects a cell.
 */
export function maskTable(name: TableName, rows: readonly Row[], threshold: number): TableMasks {
  // The greedy choice breaks ties by position: rows in one canonical order, so that two outputs
  // showing the same rows in another order (the deck, the dashboard) mask the same cells.
  const order = canonicalOrder(name, rows);
  const sorted = order.map((index) => rows[index]!);
  const masks = rows.map(() => new Set<string>());
  for (const system of tableSystems(name, sorted, threshold)) {
    const { masked, unprotected } = suppressCells(system);
    if (unprotected) throw breachFrom(system, findExposure(system, masked, { explain: true }) ?? unprotected, masked);
    for (const key of masked) {
      const [row, column] = splitKey(key);
      masks[order[row]!]!.add(column);
    }
  }
  return masks;
}

function canonicalOrder(name: TableName, rows: readonly Row[]): number[] {
  const keys = tableSpec(name).keys.map((column) => column.name);
  const id = rows.map((row) => keys.map((key) => String(row[key] ?? '')).join('\u0001'));
  return rows.map((_, index) => index).sort((a, b) => (id[a]! < id[b]! ? -1 : id[a]! > id[b]! ? 1 : a - b));
}

/**
 * Checks masks about to be published (whoever computed them) against everything the table shows:
 * throws a `SecrecyBreach` naming the table, the first disclosed cell and the published figures
 * that disclose it, when a figure the rule masks is shown, or a masked figure can be recomputed
 * exactly or bounded within ±10 % of its value. Every partner output runs it before writing.
 */
export function auditMasks(name: TableName, rows: readonly Row[], masks: TableMasks, threshold: number): void {
  for (const system of tableSystems(name, rows, threshold)) {
    const masked = new Set<string>();
    for (const key of system.cells.keys()) {
      const [row, column] = splitKey(key);
      if (masks[row]?.has(column)) masked.add(key);
    }
    const exposure = findExposure(system, masked, { explain: true });
    if (exposure) throw breachFrom(system, exposure, masked);
  }
}

function tableSystems(name: TableName, rows: readonly Row[], threshold: number): PublishedSystem[] {
  const rule = secrecyRule(name);
  if (!rule || threshold <= 1) return [];
  return slices(name, rule, rows).map((slice) => buildSystem(name, rule, rows, slice, threshold));
}
