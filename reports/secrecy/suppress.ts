// Primary and secondary cell suppression on one table slice. The primary cells come from the
// rule (too few structures or patients); secondary cells are then added one at a time, each time a
// masked cell can still be computed from the shown totals, until the linear audit finds none.
import { recoverableCells, type Relation } from './linear-audit';

export interface SuppressionCell {
  readonly key: string;
  readonly row: number;
  readonly value: number;
  /** Total rows are masked only as a last resort: partners need them. */
  readonly total: boolean;
  /** False for a cell whose value anyone can deduce anyway (no structure behind it means 0). */
  readonly maskable: boolean;
}

export interface SuppressionProblem {
  readonly cells: readonly SuppressionCell[];
  readonly relations: readonly Relation[];
  /** Cells that reveal one another (a mean and its sum when the count is shown): masked together. */
  readonly links: readonly (readonly string[])[];
  readonly primary: Iterable<string>;
}

export function suppressCells(problem: SuppressionProblem): Set<string> {
  const cells = new Map(problem.cells.map((cell) => [cell.key, cell]));
  const linked = new Map<string, string[]>();
  for (const group of problem.links) {
    for (const key of group) linked.set(key, [...(linked.get(key) ?? []), ...group]);
  }
  const masked = new Set<string>();
  const mask = (key: string) => {
    masked.add(key);
    for (const other of linked.get(key) ?? []) masked.add(other);
  };
  for (const key of problem.primary) mask(key);

  for (;;) {
    const exposed = recoverableCells(problem.relations, masked);
    if (exposed.length === 0) return masked;
    const partner = chooseSecondary(exposed[0]!, problem, cells, masked);
    if (partner === undefined) {
      throw new Error(`secret statistique : aucune case ne peut protéger ${exposed[0]}`);
    }
    mask(partner);
  }
}

// The partner hides the exposed cell only if it shares one of its equations. Prefer, in turn: a
// department row over a total, a row already holding masked cells (masks line up in rectangles,
// the cheapest pattern), a value at least as large as the exposed one (so that the pair's sum
// does not bound the exposed value tightly), then the smallest value.
function chooseSecondary(
  exposed: string,
  problem: SuppressionProblem,
  cells: ReadonlyMap<string, SuppressionCell>,
  masked: ReadonlySet<string>,
): string | undefined {
  const rowsWithMasks = new Set([...masked].map((key) => cells.get(key)?.row));
  const maskedIn = (relation: Relation) => relation.terms.filter((term) => masked.has(term.cell));
  const termsOf = (relations: readonly Relation[]) => relations.flatMap((relation) => relation.terms.map((term) => term.cell));
  // An equation with a single masked cell gives it away directly: protect that one first, inside
  // that equation. Otherwise the exposure comes from a combination of equations.
  const direct = problem.relations.find((relation) => maskedIn(relation).length === 1);
  const target = direct ? maskedIn(direct)[0]!.cell : exposed;
  const pools = direct
    ? [termsOf([direct])]
    : [
        termsOf(problem.relations.filter((relation) => relation.terms.some((term) => term.cell === exposed))),
        termsOf(problem.relations.filter((relation) => maskedIn(relation).length > 0)),
      ];
  const targetValue = cells.get(target)?.value ?? 0;
  for (const pool of pools) {
    const candidates = [...new Set(pool)]
      .map((key) => cells.get(key))
      .filter((cell): cell is SuppressionCell => cell !== undefined && cell.maskable && !masked.has(cell.key));
    if (candidates.length === 0) continue;
    const rank = (cell: SuppressionCell) => [
      cell.total ? 1 : 0,
      rowsWithMasks.has(cell.row) ? 0 : 1,
      cell.value >= targetValue ? 0 : 1,
      cell.value,
    ];
    candidates.sort((a, b) => compareTuples(rank(a), rank(b)));
    return candidates[0]!.key;
  }
  return undefined;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}
