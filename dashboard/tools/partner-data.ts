// The figures of a partner build: the reports' statistical secrecy (primary and secondary cells,
// reports/secrecy, audited like every partner output) applied to every published table, masked
// cells emptied before they reach the built files, and their positions kept so the page can show
// « NS » where the reports do.
import type { PublishedTables } from '../../pipeline/publish/published-tables';
import { TABLE_NAMES, type TableName } from '../../pipeline/schema';
import { partnerMasks } from '../../reports/secrecy';

/** Per table, the [row index, column] of each masked cell. */
export type MaskedCells = Partial<Record<TableName, [number, string][]>>;

/** Throws a `SecrecyBreach` (nothing built) if a masked figure could be recomputed from the rest. */
export function maskForPartners(tables: PublishedTables, threshold: number): { tables: PublishedTables; masked: MaskedCells } {
  const masked: MaskedCells = {};
  const out = {} as PublishedTables;
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    const masks = partnerMasks(name, rows, threshold);
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
