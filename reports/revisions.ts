// The revisions a deck shows with `--depuis`: the earlier run compared with the report's. A partner
// deck shows a revised figure only when neither release masks it (its earlier value was published by
// the earlier release, its new one by this one) and when at least n structures moved it, and never
// the structures themselves.
import { type Change, compareContents, isTableName, keyOf, type PublishedTables, REVISING, type ReleaseMasks, type TableName, tableSpec } from '../core';
import { readRunFolder } from './compare/run-folder';
import type { RevisionsAnnex } from './deck';
import { openRelease } from './release';

export interface RevisionsRequest {
  readonly since: string;
  readonly from: string;
  /** A partner report: its threshold and the masks of its release. */
  readonly secrecy?: { readonly threshold: number; readonly masks: ReleaseMasks };
  readonly now: () => Date;
}

/**
 * Whether a change's figure is masked in a release of `tables`: each table's rows indexed by key
 * once, not searched again for every change.
 */
function maskedIn(tables: PublishedTables, masks: ReleaseMasks): (change: Change) => boolean {
  const indexes = new Map<TableName, Map<string, number>>();
  const indexOf = (name: TableName) => {
    let index = indexes.get(name);
    if (!index) {
      const keys = tableSpec(name).keys.map((column) => column.name);
      index = new Map(tables[name].map((row, at) => [keyOf(row, keys), at]));
      indexes.set(name, index);
    }
    return index;
  };
  return (change) => {
    if (!isTableName(change.tableau)) return true;
    const at = indexOf(change.tableau).get(
      keyOf(
        change.keys,
        tableSpec(change.tableau).keys.map((column) => column.name),
      ),
    );
    return at === undefined || (masks[change.tableau]?.[at]?.has(change.colonne) ?? false);
  };
}

export async function revisionsSince({ since, from, secrecy, now }: RevisionsRequest): Promise<RevisionsAnnex> {
  const earlier = await readRunFolder(since, '--depuis');
  const later = await readRunFolder(from, '--from');
  const { changes } = compareContents(earlier, later);
  if (!secrecy) return { since: earlier.manifest.generatedAt, changes };
  // The earlier release's masks at this threshold: its register's when it made one, else as it would
  // have made them. Nothing is recorded there: this deck is not a release of the earlier data.
  const before = await openRelease({
    runDir: earlier.dir,
    tables: earlier.tables,
    threshold: secrecy.threshold,
    output: { sortie: 'rapport', dossier: later.dir },
    now,
  });
  const maskedBefore = maskedIn(earlier.tables, before.masks);
  const maskedAfter = maskedIn(later.tables, secrecy.masks);
  const shown = changes
    .filter((change) => REVISING.has(change.nature))
    .filter((change) => !maskedBefore(change) && !maskedAfter(change))
    // The difference of two published figures is a figure of the structures that moved: shown only
    // when they are at least as many as the threshold asks (one MSP gone is its own patientèle).
    .filter((change) => tableSpec(change.tableau as TableName).rows.of !== 'structures' || change.structures.length >= secrecy.threshold)
    .map((change) => ({ ...change, structures: [], motif: '' }));
  return { since: earlier.manifest.generatedAt, changes: shown, secret: secrecy.threshold };
}
