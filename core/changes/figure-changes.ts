// The figures of one published table that differ between two runs, compared as a person reads them
// (to the cent, a tenth of a rate, a whole count): binary noise and row order never count as changes.
import { roundForPeople } from '../format';
import type { Row, Value } from '../published';
import { type TableName, tableSpec, unitOf } from '../schema';
import { type Change, movesInWords } from './change';
import { keyOf, type MovesByRow, movesBehind } from './structure-moves';

export interface FigureContext {
  /** Whether the earlier run had counted `year` whole (its cut-off after 31/12 of that year). */
  readonly closed: (year: number) => boolean;
  /** The structure moves of the table's detail, empty for a table of areas. */
  readonly moves: MovesByRow;
}

function readAs(value: Value, unit: ReturnType<typeof unitOf>): Value {
  return typeof value === 'number' ? roundForPeople(value, unit) : value;
}

export function figureChanges(name: TableName, before: readonly Row[], after: readonly Row[], context: FigureContext): Change[] {
  const spec = tableSpec(name);
  const keys = spec.keys.map((column) => column.name);
  const earlier = new Map(before.map((row) => [keyOf(row, keys), row]));
  const later = new Map(after.map((row) => [keyOf(row, keys), row]));
  const keyValues = (row: Row) => Object.fromEntries(keys.map((key) => [key, row[key] === null ? '' : String(row[key])]));
  const changes: Change[] = [];
  const additive = spec.rows.of === 'structures' ? spec.rows.additive : [];
  const row = (base: Row, rest: Omit<Change, 'tableau' | 'keys' | 'structures' | 'motif'>): Change => {
    const structures = movesBehind(base, keys, context.moves, rest.colonne, additive);
    return { tableau: name, keys: keyValues(base), ...rest, structures, motif: movesInWords(structures) };
  };
  for (const [key, now] of later) {
    const old = earlier.get(key);
    if (!old) {
      changes.push(row(now, { colonne: '', avant: null, apres: null, ecart: null, nature: 'nouveau' }));
      continue;
    }
    const year = typeof now.annee === 'number' ? now.annee : null;
    const nature = year !== null && context.closed(year) ? 'révision' : 'mise à jour';
    for (const column of spec.values) {
      const unit = unitOf(column, now);
      const a = readAs(old[column.name] ?? null, unit);
      const b = readAs(now[column.name] ?? null, unit);
      if (a === b) continue;
      const ecart = typeof a === 'number' && typeof b === 'number' ? roundForPeople(b - a, unit) : null;
      changes.push(row(now, { colonne: column.name, unit, avant: old[column.name] ?? null, apres: now[column.name] ?? null, ecart, nature }));
    }
  }
  for (const [key, old] of earlier) {
    if (!later.has(key)) changes.push(row(old, { colonne: '', avant: null, apres: null, ecart: null, nature: 'disparu' }));
  }
  return changes;
}
