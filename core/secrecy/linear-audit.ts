// Which masked cells could a reader compute back from what is shown? Every published relation
// (a total equals the sum of its parts) is a linear equation; the shown cells are constants and the
// masked cells unknowns. A masked cell is recoverable exactly when the equations pin it down, i.e.
// when its unit vector lies in the row space of the equations restricted to the unknowns.
// Coefficients are ±1, so plain floating-point elimination stays exact at these sizes.

/** Σ coef × value(cell) = 0 over the table's true values. Cells are opaque keys. */
export interface Relation {
  readonly terms: readonly { readonly cell: string; readonly coef: number }[];
}

const EPSILON = 1e-9;

/** The masked cells whose value the relations determine, in the order of `masked`. */
export function recoverableCells(relations: readonly Relation[], masked: ReadonlySet<string>): string[] {
  const column = new Map<string, number>();
  const unknowns: string[] = [];
  const rows: SparseRow[] = [];
  for (const relation of relations) {
    const row: SparseRow = new Map();
    for (const { cell, coef } of relation.terms) {
      if (!masked.has(cell)) continue;
      let index = column.get(cell);
      if (index === undefined) {
        index = unknowns.length;
        column.set(cell, index);
        unknowns.push(cell);
      }
      row.set(index, (row.get(index) ?? 0) + coef);
    }
    if (row.size > 0) rows.push(row);
  }
  const determined = new Set<string>();
  for (const [pivot, row] of reducedRows(rows)) {
    let alone = true;
    for (const [index, value] of row) if (index !== pivot && Math.abs(value) >= EPSILON) alone = false;
    if (alone) determined.add(unknowns[pivot]!);
  }
  return [...masked].filter((cell) => determined.has(cell));
}

/** A row of the system: unknown index → coefficient (relations have few terms each). */
type SparseRow = Map<number, number>;

/**
 * Gauss–Jordan on sparse rows, one relation at a time: each new row is reduced by the pivots so
 * far, takes its largest entry as pivot, and that column is then cleared from the earlier pivot
 * rows. Returns each pivot column with its fully reduced row.
 */
function reducedRows(rows: readonly SparseRow[]): Map<number, SparseRow> {
  const pivots = new Map<number, SparseRow>();
  /** Column → the pivot columns whose rows hold it, to clear a new pivot column quickly. */
  const holders = new Map<number, Set<number>>();
  const hold = (pivot: number, row: SparseRow) => {
    for (const index of row.keys()) {
      if (index === pivot) continue;
      let set = holders.get(index);
      if (!set) {
        set = new Set();
        holders.set(index, set);
      }
      set.add(pivot);
    }
  };
  /** row −= factor × other, dropping entries that cancel. */
  const subtract = (row: SparseRow, factor: number, other: SparseRow, onNew?: (index: number) => void) => {
    for (const [index, value] of other) {
      const before = row.get(index);
      const after = (before ?? 0) - factor * value;
      if (Math.abs(after) < EPSILON) row.delete(index);
      else {
        row.set(index, after);
        if (before === undefined) onNew?.(index);
      }
    }
  };
  for (const source of rows) {
    const row = new Map(source);
    for (const index of [...row.keys()]) {
      const factor = row.get(index);
      const pivotRow = pivots.get(index);
      if (factor === undefined || !pivotRow) continue;
      subtract(row, factor, pivotRow);
    }
    // Entries brought in by a pivot row may themselves be pivots: reduce until none is left.
    for (let again = true; again; ) {
      again = false;
      for (const [index, factor] of row) {
        const pivotRow = pivots.get(index);
        if (!pivotRow) continue;
        subtract(row, factor, pivotRow);
        again = true;
        break;
      }
    }
    if (row.size === 0) continue;
    let pivot = -1;
    let largest = 0;
    for (const [index, value] of row) {
      if (Math.abs(value) > largest) {
        largest = Math.abs(value);
        pivot = index;
      }
    }
    const scale = row.get(pivot)!;
    for (const [index, value] of row) row.set(index, value / scale);
    // Clear the new pivot column from the earlier pivot rows (Jordan step).
    for (const other of holders.get(pivot) ?? []) {
      const otherRow = pivots.get(other)!;
      const factor = otherRow.get(pivot);
      if (factor === undefined) continue;
      subtract(otherRow, factor, row, (index) => {
        let set = holders.get(index);
        if (!set) {
          set = new Set();
          holders.set(index, set);
        }
        set.add(other);
      });
    }
    holders.delete(pivot);
    pivots.set(pivot, row);
    hold(pivot, row);
  }
  return pivots;
}
