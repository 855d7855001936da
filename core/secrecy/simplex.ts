// A small dense two-phase simplex for the interval audit, with no dependency (the dashboard's
// partner build runs it too). A slice of a national table gives programs of a few thousand
// variables, solved hundreds of times: rows are typed arrays, the reduced costs are kept in the
// tableau, and the entering column is the most negative one (few pivots) except along a run of
// degenerate pivots, where Bland's rule takes over, so the method cannot cycle.

/** Σ coefs[j] × x[j] (≤ or =) rhs, over variables x ≥ 0. */
export interface LinearConstraint {
  readonly coefs: readonly number[];
  readonly sense: 'le' | 'eq';
  readonly rhs: number;
}

export type LinearResult =
  /** `point`: an optimal vertex (the first `width` variables). */
  { readonly kind: 'optimal'; readonly value: number; readonly point: readonly number[] } | { readonly kind: 'unbounded' } | { readonly kind: 'infeasible' };

const EPS = 1e-10;
/** Residual allowed after phase one: published figures are rounded doubles, not exact rationals. */
const FEASIBILITY = 1e-7;
const MAX_PIVOTS = 200_000;
/** Degenerate pivots in a row before Bland's rule is used (until the objective moves again). */
const DEGENERATE_RUN = 20;

/** Minimises objective · x subject to the constraints and x ≥ 0. Inputs should be scaled near 1. */
export function minimize(width: number, constraints: readonly LinearConstraint[], objective: readonly number[]): LinearResult {
  return feasibleRegion(width, constraints).minimize(objective);
}

/** A feasible region found once (phase one), then minimised over for as many objectives as needed. */
export interface FeasibleRegion {
  minimize(objective: readonly number[]): LinearResult;
}

interface Tableau {
  /** m constraint rows of `total + 1` numbers (the last one is the right-hand side). */
  readonly rows: Float64Array[];
  readonly basis: Int32Array;
  readonly total: number;
}

export function feasibleRegion(width: number, constraints: readonly LinearConstraint[]): FeasibleRegion {
  const m = constraints.length;
  const slackOf = new Int32Array(m).fill(-1);
  let columns = width;
  constraints.forEach((constraint, i) => {
    if (constraint.sense === 'le') slackOf[i] = columns++;
  });
  // A row needs an artificial variable unless its slack can start basic (≤ with rhs ≥ 0).
  const needsArtificial = constraints.map((constraint) => constraint.sense === 'eq' || constraint.rhs < 0);
  const artificialStart = columns;
  const total = artificialStart + needsArtificial.filter(Boolean).length;
  const rows: Float64Array[] = [];
  const basis = new Int32Array(m);
  let next = artificialStart;
  constraints.forEach((constraint, i) => {
    const row = new Float64Array(total + 1);
    const sign = constraint.rhs < 0 ? -1 : 1;
    for (const [j, coef] of constraint.coefs.entries()) row[j] = sign * coef;
    if (slackOf[i]! >= 0) row[slackOf[i]!] = sign;
    row[total] = sign * constraint.rhs;
    if (needsArtificial[i]) {
      row[next] = 1;
      basis[i] = next++;
    } else basis[i] = slackOf[i]!;
    rows.push(row);
  });
  let tableau: Tableau = { rows, basis, total };

  if (total > artificialStart) {
    const cost = new Float64Array(total);
    cost.fill(1, artificialStart);
    const result = run(tableau, cost, total, width);
    if (result.kind !== 'optimal' || result.value > FEASIBILITY) return { minimize: () => ({ kind: 'infeasible' }) };
    // Drive the artificials left at zero out of the basis on their row's largest entry, or leave
    // a redundant row alone.
    for (let i = 0; i < m; i++) {
      if (basis[i]! < artificialStart) continue;
      const row = rows[i]!;
      let best = -1;
      for (let j = 0; j < artificialStart; j++) if (Math.abs(row[j]!) > 1e-8 && (best < 0 || Math.abs(row[j]!) > Math.abs(row[best]!))) best = j;
      if (best >= 0) pivot(rows, basis, null, i, best);
    }
    tableau = withoutArtificials(tableau, artificialStart);
  }
  const region = tableau;
  return {
    minimize(objective) {
      const cost = new Float64Array(region.total);
      for (const [j, value] of objective.entries()) cost[j] = value;
      // Each objective starts from the vertex the previous one ended on (any feasible basis will
      // do, and copying a national slice's tableau costs more than solving).
      return run(region, cost, region.total, width);
    },
  };
}

/**
 * The tableau without its artificial columns, which may never enter again: each later pivot would
 * still update them, about half the tableau on a national slice. A row whose artificial stayed
 * basic has no entry above 1e-8 outside the artificials (it is redundant): dropped with them.
 */
function withoutArtificials({ rows, basis, total }: Tableau, artificialStart: number): Tableau {
  const kept: Float64Array[] = [];
  const keptBasis: number[] = [];
  rows.forEach((row, i) => {
    if (basis[i]! >= artificialStart) return;
    const short = new Float64Array(artificialStart + 1);
    short.set(row.subarray(0, artificialStart));
    short[artificialStart] = row[total]!;
    kept.push(short);
    keptBasis.push(basis[i]!);
  });
  return { rows: kept, basis: Int32Array.from(keptBasis), total: artificialStart };
}

/** Minimises cost · x from the tableau's basis; only columns below `enterable` may enter. */
function run({ rows, basis, total }: Tableau, cost: Float64Array, enterable: number, width: number): LinearResult {
  // The reduced costs c_j − c_B · column_j, kept up to date by each pivot; its last cell is −c_B · b.
  const reduced = new Float64Array(total + 1);
  reduced.set(cost);
  rows.forEach((row, i) => {
    const c = cost[basis[i]!]!;
    if (c !== 0) for (let j = 0; j <= total; j++) reduced[j]! -= c * row[j]!;
  });
  let degenerate = 0;
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    const bland = degenerate >= DEGENERATE_RUN;
    let entering = -1;
    let most = -EPS;
    for (let j = 0; j < enterable; j++) {
      if (reduced[j]! < most) {
        entering = j;
        if (bland) break;
        most = reduced[j]!;
      }
    }
    if (entering < 0) {
      const point = new Array<number>(width).fill(0);
      rows.forEach((row, i) => {
        if (basis[i]! < width) point[basis[i]!] = row[total]!;
      });
      return { kind: 'optimal', value: -reduced[total]!, point };
    }
    let leaving = -1;
    let best = Infinity;
    for (let i = 0; i < rows.length; i++) {
      const a = rows[i]![entering]!;
      if (a <= EPS) continue;
      const ratio = rows[i]![total]! / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leaving]!)) {
        best = ratio;
        leaving = i;
      }
    }
    if (leaving < 0) return { kind: 'unbounded' };
    degenerate = best <= EPS ? degenerate + 1 : 0;
    pivot(rows, basis, reduced, leaving, entering);
  }
  throw new Error('simplex : nombre maximal de pivots atteint');
}

function pivot(rows: Float64Array[], basis: Int32Array, reduced: Float64Array | null, row: number, column: number): void {
  const pivotRow = rows[row]!;
  const scale = pivotRow[column]!;
  const n = pivotRow.length;
  // Only the pivot row's non-zero columns change the others: the rows are sparse.
  const nonZero: number[] = [];
  for (let j = 0; j < n; j++) {
    if (pivotRow[j] !== 0) {
      pivotRow[j]! /= scale;
      nonZero.push(j);
    }
  }
  const eliminate = (other: Float64Array) => {
    const factor = other[column]!;
    if (factor === 0) return;
    for (const j of nonZero) other[j]! -= factor * pivotRow[j]!;
    other[column] = 0;
  };
  for (let i = 0; i < rows.length; i++) if (i !== row) eliminate(rows[i]!);
  if (reduced) eliminate(reduced);
  basis[row] = column;
}
