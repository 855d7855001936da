// A small dense two-phase simplex (Bland's rule, so it cannot cycle) for the interval audit: the
// programs are one table slice's masked cells, a few dozen variables, so exactness and no
// dependency matter more than speed. Browser-safe: the dashboard's partner build runs it too.

/** Σ coefs[j] × x[j] (≤ or =) rhs, over variables x ≥ 0. */
export interface LinearConstraint {
  readonly coefs: readonly number[];
  readonly sense: 'le' | 'eq';
  readonly rhs: number;
}

export type LinearResult =
  /** `point`: an optimal vertex (the first `width` variables). */
  | { readonly kind: 'optimal'; readonly value: number; readonly point: readonly number[] }
  | { readonly kind: 'unbounded' }
  | { readonly kind: 'infeasible' };

const EPS = 1e-10;
/** Residual allowed after phase one: published figures are rounded doubles, not exact rationals. */
const FEASIBILITY = 1e-7;
const MAX_PIVOTS = 50_000;

/** Minimises objective · x subject to the constraints and x ≥ 0. Inputs should be scaled near 1. */
export function minimize(width: number, constraints: readonly LinearConstraint[], objective: readonly number[]): LinearResult {
  return feasibleRegion(width, constraints).minimize(objective);
}

/** A feasible region found once (phase one), then minimised over for as many objectives as needed. */
export interface FeasibleRegion {
  minimize(objective: readonly number[]): LinearResult;
}

export function feasibleRegion(width: number, constraints: readonly LinearConstraint[]): FeasibleRegion {
  const m = constraints.length;
  const slackOf: number[] = [];
  let columns = width;
  for (const constraint of constraints) slackOf.push(constraint.sense === 'le' ? columns++ : -1);
  const artificialStart = columns;
  const tableau: number[][] = [];
  const basis: number[] = [];
  constraints.forEach((constraint, i) => {
    const row = new Array<number>(columns).fill(0);
    constraint.coefs.forEach((coef, j) => (row[j] = coef));
    if (slackOf[i]! >= 0) row[slackOf[i]!] = 1;
    let rhs = constraint.rhs;
    if (rhs < 0) {
      for (let j = 0; j < row.length; j++) row[j] = -row[j]!;
      rhs = -rhs;
    }
    tableau.push([...row, rhs]);
    basis.push(slackOf[i]! >= 0 && row[slackOf[i]!] === 1 ? slackOf[i]! : -1);
  });
  // Rows without a ready basic slack get an artificial variable.
  let artificials = 0;
  basis.forEach((b) => b < 0 && artificials++);
  const total = artificialStart + artificials;
  let next = artificialStart;
  for (let i = 0; i < m; i++) {
    const row = tableau[i]!;
    const rhs = row.pop()!;
    while (row.length < total) row.push(0);
    if (basis[i]! < 0) {
      row[next] = 1;
      basis[i] = next++;
    }
    row.push(rhs);
  }
  const allowed = (j: number, phase: 1 | 2) => phase === 1 || j < artificialStart;

  if (artificials > 0) {
    const cost = new Array<number>(total).fill(0);
    for (let j = artificialStart; j < total; j++) cost[j] = 1;
    const result = run(tableau, basis, cost, total, (j) => allowed(j, 1), width);
    if (result.kind !== 'optimal' || result.value > FEASIBILITY) return { minimize: () => ({ kind: 'infeasible' }) };
    // Drive the artificials left at zero out of the basis, or leave a redundant row alone.
    for (let i = 0; i < m; i++) {
      if (basis[i]! < artificialStart) continue;
      const row = tableau[i]!;
      const j = row.findIndex((value, c) => c < artificialStart && Math.abs(value) > 1e-8);
      if (j >= 0) pivot(tableau, basis, i, j);
    }
  }
  return {
    minimize(objective) {
      const cost = new Array<number>(total).fill(0);
      objective.forEach((value, j) => (cost[j] = value));
      // Each objective starts from the same feasible basis, on its own copy of the tableau.
      const result = run(tableau.map((row) => [...row]), [...basis], cost, total, (j) => allowed(j, 2), width);
      return result;
    },
  };
}

function run(
  tableau: number[][],
  basis: number[],
  cost: readonly number[],
  total: number,
  allowed: (column: number) => boolean,
  width: number,
): LinearResult {
  const basic = new Array<boolean>(total).fill(false);
  for (const b of basis) if (b >= 0) basic[b] = true;
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    // Reduced costs c_j − c_B · column_j; the entering column is the first negative (Bland).
    let entering = -1;
    for (let j = 0; j < total && entering < 0; j++) {
      if (!allowed(j) || basic[j]) continue;
      let reduced = cost[j]!;
      for (let i = 0; i < tableau.length; i++) reduced -= cost[basis[i]!]! * tableau[i]![j]!;
      if (reduced < -EPS) entering = j;
    }
    if (entering < 0) {
      let value = 0;
      const point = new Array<number>(width).fill(0);
      for (let i = 0; i < tableau.length; i++) {
        value += cost[basis[i]!]! * tableau[i]![total]!;
        if (basis[i]! < width) point[basis[i]!] = tableau[i]![total]!;
      }
      return { kind: 'optimal', value, point };
    }
    let leaving = -1;
    let best = Infinity;
    for (let i = 0; i < tableau.length; i++) {
      const a = tableau[i]![entering]!;
      if (a <= EPS) continue;
      const ratio = tableau[i]![total]! / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leaving]!)) {
        best = ratio;
        leaving = i;
      }
    }
    if (leaving < 0) return { kind: 'unbounded' };
    basic[basis[leaving]!] = false;
    basic[entering] = true;
    pivot(tableau, basis, leaving, entering);
  }
  throw new Error('simplex : nombre maximal de pivots atteint');
}

function pivot(tableau: number[][], basis: number[], row: number, column: number): void {
  const pivotRow = tableau[row]!;
  const scale = pivotRow[column]!;
  for (let j = 0; j < pivotRow.length; j++) pivotRow[j]! /= scale;
  for (let i = 0; i < tableau.length; i++) {
    if (i === row) continue;
    const other = tableau[i]!;
    const factor = other[column]!;
    if (factor === 0) continue;
    for (let j = 0; j < other.length; j++) other[j]! -= factor * pivotRow[j]!;
  }
  basis[row] = column;
}
