// The figures of a partner build: the masks of its release (the pipeline folder it is built from),
// decided once over every table at full precision and audited like every partner output
// (core/secrecy, reports/release), applied to the dashboard's tables. The build is one more output
// of the release, written in its register; a region's report made from the same folder masks its
// rows exactly as the build does, since both take the release's masks.
import type { PublishedTables, ReleaseMasks, Row } from '../../core';
import { rowKey, TABLE_NAMES, type TableName } from '../../core';
import { processingDate, readPublishedTables } from '../../pipeline';
import { openRelease } from '../../reports';

/** Per table, the [row index, column] of each masked cell. */
export type MaskedCells = Partial<Record<TableName, [number, string][]>>;

export interface PartnerBuild {
  readonly runDir: string;
  /** The tables as the page carries them (rounded): masked here by their rows' keys. */
  readonly tables: PublishedTables;
  readonly threshold: number;
  readonly distDir: string;
}

/** Throws a `SecrecyBreach` or a refusal of the release (nothing built) before any file is written. */
export async function partnerData({ runDir, tables, threshold, distDir }: PartnerBuild): Promise<{ tables: PublishedTables; masked: MaskedCells }> {
  const full = await readPublishedTables(runDir);
  const release = await openRelease({ runDir, tables: full, threshold, output: { sortie: 'tableau de bord', dossier: distDir }, now: processingDate });
  await release.record();
  return applyMasks(tables, full, release.masks);
}

/** `masks` are those of `full`'s rows; each row of `tables` takes the masks of the row with its keys. */
export function applyMasks(tables: PublishedTables, full: PublishedTables, masks: ReleaseMasks): { tables: PublishedTables; masked: MaskedCells } {
  const masked: MaskedCells = {};
  const out = {} as PublishedTables;
  for (const name of TABLE_NAMES) {
    const byKey = new Map<string, ReadonlySet<string>>();
    full[name].forEach((row, index) => {
      const columns = masks[name]?.[index];
      if (columns && columns.size > 0) byKey.set(rowKey(name, row), columns);
    });
    const cells: [number, string][] = [];
    out[name] = tables[name].map((row, index): Row => {
      const columns = byKey.get(rowKey(name, row));
      if (!columns) return row;
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
