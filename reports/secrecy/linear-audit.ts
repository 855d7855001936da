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
  const unknowns: string[] = [];
  const column = new Map<string, number>();
  for (const relation of relations) {
    for (const { cell } of relation.terms) {
      if (masked.has(cell) && !column.has(cell)) {
        column.set(cell, unknowns.length);
        unknowns.push(cell);
      }
    }
  }
  const matrix: number[][] = [];
  for (const relation of relations) {
    const row = new Array<number>(unknowns.length).fill(0);
    let any = false;
    for (const { cell, coef } of relation.terms) {
      const index = column.get(cell);
      if (index !== undefined) {
        row[index]! += coef;
        any = true;
      }
    }
    if (any) matrix.push(row);
  }
  const pivotRows = reducedRowEchelon(matrix, unknowns.length);
  const determined = new Set<string>();
  for (const [pivot, row] of pivotRows) {
    const alone = row.every((value, index) => index === pivot || Math.abs(value) < EPSILON);
    if (alone) determined.add(unknowns[pivot]!);
  }
  return [...masked].filter((cell) => determined.has(cell));
}

/** Gauss–Jordan in place; returns each pivot column with its reduced row. */
function reducedRowEchelon(matrix: number[][], width: number): [number, number[]][] {
  const pivots: [number, number[]][] = [];
  let top = 0;
  for (let col = 0; col < width && top < matrix.length; col++) {
    let best = top;
    for (let r = top + 1; r < matrix.length; r++) {
      if (Math.abs(matrix[r]![col]!) > Math.abs(matrix[best]![col]!)) best = r;
    }
    if (Math.abs(matrix[best]![col]!) < EPSILON) continue;
    [matrix[top], matrix[best]] = [matrix[best]!, matrix[top]!];
    const pivotRow = matrix[top]!;
    const scale = pivotRow[col]!;
    for (let c = 0; c < width; c++) pivotRow[c]! /= scale;
    for (let r = 0; r < matrix.length; r++) {
      if (r === top) continue;
      const row = matrix[r]!;
      const factor = row[col]!;
      if (Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < width; c++) row[c]! -= factor * pivotRow[c]!;
    }
    pivots.push([col, pivotRow]);
    top++;
  }
  return pivots;
}
