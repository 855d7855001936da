// Primary and secondary suppression on one slice. The primary cells come from the threshold rule;
// secondary cells are added one at a time while the audit finds a masked figure disclosed (exactly
// or within the p % interval), then every secondary cell that turns out unnecessary is shown again,
// so that no single secondary cell can be dropped (a minimal, if not always minimum, pattern).
import { findExposure, type Exposure } from './exposure';
import type { Constraint, PublishedSystem, SystemCell } from './published-system';

/** The masked cells of the slice; `undefined` exposure means the pattern is safe. */
export interface Suppression {
  readonly masked: Set<string>;
  /** Set when no further cell could protect a disclosed one (the audit's finding). */
  readonly unprotected?: Exposure;
}

export function suppressCells(system: PublishedSystem): Suppression {
  const linked = new Map<string, string[]>();
  for (const group of system.links) {
    for (const key of group) linked.set(key, [...(linked.get(key) ?? []), ...group]);
  }
  // A cell with everything that must go with it: its linked cells and its total's extreme.
  const closure = (key: string, into: Set<string>) => {
    const pending = [key];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (into.has(next)) continue;
      into.add(next);
      pending.push(...(linked.get(next) ?? []));
      const parent = system.extremeParents.get(next);
      if (parent) pending.push(parent);
    }
  };
  const masked = new Set<string>();
  for (const key of system.primary.keys()) closure(key, masked);
  const secondary: Set<string>[] = [];
  const knownSafe = new Set<string>();

  for (;;) {
    const exposure = findExposure(system, masked, { knownSafe });
    if (exposure === undefined) break;
    const partner = exposure.kind === 'extreme' ? exposure.parent : chooseSecondary(exposure, system, masked);
    // Last resort, also when the greedy pass grows long (it then masks most of the slice anyway,
    // one costly audit per cell): every cell of the slice is masked.
    if (partner === undefined || secondary.length >= GREEDY_LIMIT) return wholeSlice(system, exposure);
    const added = new Set<string>();
    closure(partner, added);
    for (const key of added) if (masked.has(key)) added.delete(key);
    for (const key of added) masked.add(key);
    secondary.push(added);
  }

  // Show again each secondary group the others make unnecessary.
  for (const group of secondary) {
    const without = new Set([...masked].filter((key) => !group.has(key)));
    if (findExposure(system, without, { near: group }) === undefined) for (const key of group) masked.delete(key);
  }
  return { masked };
}

/** Secondary groups tried one at a time before the whole slice is masked. */
export const GREEDY_LIMIT = 60;

function wholeSlice(system: PublishedSystem, exposure: Exposure): Suppression {
  const masked = new Set(system.cells.keys());
  const left = findExposure(system, masked);
  return left === undefined ? { masked } : { masked, unprotected: left ?? exposure };
}

// The partner must share a relation with the exposed cell. Pools, in turn: the other cells of an
// equation holding a single masked cell (it gives that one away directly), the cells sharing a
// relation with the exposed cell, the cells of any relation holding a masked cell, any cell. Within
// a pool: a department row before a total, a row already holding masked cells (masks line up in
// rectangles, the cheapest pattern), a value at least as large as the exposed one (so that the
// pair's sum does not bound it tightly), then the smallest value.
function chooseSecondary(exposure: Exposure, system: PublishedSystem, masked: ReadonlySet<string>): string | undefined {
  const rowsWithMasks = new Set([...masked].map((key) => system.cells.get(key)?.row));
  const maskedIn = (terms: readonly { cell: string }[]) => terms.filter((term) => masked.has(term.cell));
  // A relation whose coefficient is a shown share can also be broken by masking that share.
  const cellsOf = (constraints: readonly Constraint[]) =>
    constraints.flatMap((constraint) => [...constraint.terms.map((term) => term.cell), ...(constraint.requires ? [constraint.requires] : [])]);
  const live = system.constraints.filter((constraint) => constraint.requires === undefined || !masked.has(constraint.requires));
  const direct = live.find((constraint) => constraint.sense === 'eq' && maskedIn(constraint.terms).length === 1);
  const target = direct ? maskedIn(direct.terms)[0]!.cell : exposure.cell;
  const pools = [
    ...(direct ? [cellsOf([direct])] : []),
    cellsOf(live.filter((constraint) => constraint.terms.some((term) => term.cell === exposure.cell))),
    cellsOf(live.filter((constraint) => maskedIn(constraint.terms).length > 0)),
    [...system.cells.keys()],
  ];
  const targetValue = Math.abs(system.cells.get(target)?.value ?? 0);
  for (const pool of pools) {
    const candidates = [...new Set(pool)]
      .map((key) => system.cells.get(key))
      .filter((cell): cell is SystemCell => cell !== undefined && cell.maskable && !masked.has(cell.key));
    if (candidates.length === 0) continue;
    const rank = (cell: SystemCell) => [
      cell.total ? 1 : 0,
      rowsWithMasks.has(cell.row) ? 0 : 1,
      Math.abs(cell.value) >= targetValue ? 0 : 1,
      Math.abs(cell.value),
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
