// The figures of a partner build: the reports' statistical secrecy (primary and secondary cells,
// core/secrecy, audited like every partner output) applied to every published table, masked
// cells emptied before they reach the built files, and their positions kept so the page can show
// « NS » where the reports do.
//
// A partner may hold a region's report and the dashboard together: each region's rows (its
// departments and itself) are masked exactly as that region's report masks them, never more or
// less, so that neither file shows a cell the other hides. A France row then hides each figure
// one of the regions hides in the same slice: France = Σ regions would give a hidden region figure
// back, and hidden it adds an unknown and no information.

import type { PublishedTables, Row } from '../../core';
import { departement, innerKeys, partnerMasks, secrecyRule, TABLE_NAMES, type TableName } from '../../core';

/** Per table, the [row index, column] of each masked cell. */
export type MaskedCells = Partial<Record<TableName, [number, string][]>>;

/** Throws a `SecrecyBreach` (nothing built) if a masked figure could be recomputed from the rest. */
export function maskForPartners(tables: PublishedTables, threshold: number): { tables: PublishedTables; masked: MaskedCells } {
  const masked: MaskedCells = {};
  const out = {} as PublishedTables;
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    const masks = dashboardMasks(name, rows, threshold);
    const cells: [number, string][] = [];
    out[name] = rows.map((row, index) => {
      const columns = masks[index];
      if (!columns || columns.size === 0) return row;
      const copy = { ...row };
      for (const column of columns) {
        copy[column] = null;
        cells.push([index, column]);
      }
      return copy;
    });
    if (cells.length > 0) masked[name] = cells;
  }
  return { tables: out, masked };
}

function regionOf(row: Row): string | undefined {
  if (row.niveau === 'departement') return departement(String(row.code))?.region;
  return row.niveau === 'region' ? String(row.code) : undefined;
}

export function dashboardMasks(name: TableName, rows: readonly Row[], threshold: number): Set<string>[] {
  const masks = rows.map(() => new Set<string>());
  if (!secrecyRule(name) || threshold <= 1) return masks;
  const byRegion = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const region = regionOf(row);
    if (region !== undefined) byRegion.set(region, [...(byRegion.get(region) ?? []), index]);
  });
  for (const indexes of byRegion.values()) {
    const regionMasks = partnerMasks(
      name,
      indexes.map((index) => rows[index]!),
      threshold,
    );
    for (const [k, set] of regionMasks.entries()) for (const column of set) masks[indexes[k]!]!.add(column);
  }
  // France rows: every figure hidden in one of its regions (same year, type, category…).
  const inner = innerKeys(name);
  const sliceOf = (row: Row) => JSON.stringify(inner.map((key) => row[key]));
  const hiddenInRegions = new Map<string, Set<string>>();
  rows.forEach((row, index) => {
    if (row.niveau !== 'region') return;
    const hidden = hiddenInRegions.get(sliceOf(row)) ?? new Set<string>();
    for (const column of masks[index]!) hidden.add(column);
    hiddenInRegions.set(sliceOf(row), hidden);
  });
  // With a hidden France sum, its extremes and means would bound it (and so a region's): hidden too.
  const rule = secrecyRule(name)!;
  const companions = [
    ...rule.extremes.flatMap((extreme) => [extreme.min, extreme.max]),
    ...rule.means.map((mean) => mean.mean),
    ...rule.unpublishedBaseMeans.map((mean) => mean.mean),
  ];
  rows.forEach((row, index) => {
    if (row.niveau !== 'france') return;
    const hidden = [...(hiddenInRegions.get(sliceOf(row)) ?? [])];
    if (hidden.length > 0) hidden.push(...companions);
    for (const column of hidden) if (row[column] !== null && row[column] !== undefined) masks[index]!.add(column);
  });
  return masks;
}
