// The structures that moved behind each department figure, from the `detail/` rows of two runs: a
// structure listed in one run only entered or left the figure; one listed in both with other
// additive figures changed it. A region's or France's figure is explained by its departments'.

import { roundForPeople } from '../format';
import { departementsOf } from '../geography';
import type { Row } from '../published';
import type { StructureMove } from './change';

/** Moves per department row of one table, by `rowKey` of the detail row without `id_structure`. */
export type MovesByRow = ReadonlyMap<string, readonly StructureMove[]>;

const SEPARATOR = '\u0001';

/** The key of a department row: its key columns' values, `niveau` and `code` included. */
export function keyOf(row: Readonly<Record<string, unknown>>, keys: readonly string[]): string {
  return keys.map((key) => String(row[key] ?? '')).join(SEPARATOR);
}

// Additive figures are counts and euros: compared to the cent, so float noise moves nothing.
const same = (a: unknown, b: unknown) =>
  (a === null || a === undefined) === (b === null || b === undefined) &&
  (typeof a !== 'number' || typeof b !== 'number' || roundForPeople(a, 'euro') === roundForPeople(b, 'euro'));

export function structureMoves(before: readonly Row[], after: readonly Row[], keys: readonly string[], additive: readonly string[]): MovesByRow {
  const index = (rows: readonly Row[]) => new Map(rows.map((row) => [`${keyOf(row, keys)}${SEPARATOR}${row.id_structure}`, row]));
  const earlier = index(before);
  const later = index(after);
  const moves = new Map<string, StructureMove[]>();
  const add = (row: Row, kind: StructureMove['kind'], columns?: string[]) => {
    const key = keyOf(row, keys);
    const list = moves.get(key) ?? [];
    list.push({ id: String(row.id_structure), kind, ...(columns ? { columns } : {}) });
    moves.set(key, list);
  };
  for (const [key, row] of later) {
    const old = earlier.get(key);
    if (!old) {
      add(row, 'entrée');
      continue;
    }
    const changed = additive.filter((column) => !same(old[column], row[column]));
    if (changed.length > 0) add(row, 'modifiée', changed);
  }
  for (const [key, row] of earlier) if (!later.has(key)) add(row, 'sortie');
  for (const list of moves.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return moves;
}

/**
 * The moves behind a published row's `column`: its own for a department; its departments' for a
 * region; every department's for France. An additive column is moved only by the structures that
 * entered, left, or changed that column; a mean or an extreme by any of them.
 */
export function movesBehind(
  row: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  moves: MovesByRow,
  column: string,
  additive: readonly string[],
): StructureMove[] {
  if (moves.size === 0) return [];
  if (additive.includes(column)) {
    return movesOfRow(row, keys, moves).filter((move) => move.kind !== 'modifiée' || (move.columns ?? []).includes(column));
  }
  const own = movesOfRow(row, keys, moves);
  if (own.length > 0) return own;
  // A rate or a mean also moves with its denominator: the structures of its area and year
  // (and type) under the table's other keys (a profession's share moves when an MSP leaves).
  const shared = keys.filter((key) => ['niveau', 'code', 'annee', 'type_structure'].includes(key));
  const inner = keys.filter((key) => !shared.includes(key));
  const combinations = new Set([...moves.keys()].map((key) => inner.map((name) => key.split(SEPARATOR)[keys.indexOf(name)]).join(SEPARATOR)));
  const seen = new Map<string, StructureMove>();
  for (const combination of combinations) {
    const values = combination.split(SEPARATOR);
    const sibling = { ...row, ...Object.fromEntries(inner.map((name, i) => [name, values[i]])) };
    for (const move of movesOfRow(sibling, keys, moves)) if (!seen.has(move.id)) seen.set(move.id, move);
  }
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function movesOfRow(row: Readonly<Record<string, unknown>>, keys: readonly string[], moves: MovesByRow): StructureMove[] {
  const niveau = String(row.niveau ?? '');
  if (niveau === 'departement') return [...(moves.get(keyOf(row, keys)) ?? [])];
  const codes =
    niveau === 'region'
      ? departementsOf(String(row.code)).map((d) => d.code)
      : [...new Set([...moves.keys()].map((key) => key.split(SEPARATOR)[keys.indexOf('code')]!))];
  return codes
    .flatMap((code) => moves.get(keyOf({ ...row, niveau: 'departement', code }, keys)) ?? [])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
