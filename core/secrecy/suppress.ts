// Primary and secondary suppression on one slice. The primary cells come from the threshold rule;
// secondary cells are added while the audit finds masked figures disclosed (exactly or within the
// p % interval), a pass at a time: one cell for each figure the linear check finds (a national
// slice has thousands), one for the first the interval programs find. Then every secondary cell
// that turns out unnecessary is shown again, so that no single secondary cell can be dropped (a
// minimal, if not always minimum, pattern).
import { checkedGroups, type Exposure, findExposure, findExposures, hugsCeiling } from './exposure';
import type { ProgramSolver } from './highs-program';
import { pushTo } from './multimap';
import type { Constraint, PublishedSystem, SystemCell } from './published-system';

/** The masked cells of the slice; `undefined` exposure means the pattern is safe. */
export interface Suppression {
  readonly masked: Set<string>;
  /** Set when no further cell could protect a disclosed one (the audit's finding). */
  readonly unprotected?: Exposure;
}

export interface SuppressOptions {
  /**
   * Only the groups of masked cells tied to one of these cells can be disclosed (the others were
   * found safe already, under the same relations): the search checks those, and the groups its
   * own secondary cells join. Given in the France pass only, where it also makes a count just
   * under its ceiling a partner of last resort (`chooseSecondary`).
   */
  readonly near?: ReadonlySet<string>;
  /** Solves the interval programs of large groups of masked cells (see `ExposureOptions`). */
  readonly solver?: ProgramSolver;
}

export function suppressCells(system: PublishedSystem, options: SuppressOptions = {}): Suppression {
  const near = options.near ? new Set(options.near) : undefined;
  const solver = options.solver ? { solver: options.solver } : {};
  const linked = new Map<string, string[]>();
  for (const group of system.links) {
    for (const key of group) pushTo(linked, key, ...group);
  }
  // A cell with everything that must go with it: its linked cells (a mean with its sum).
  const closure = (key: string, into: Set<string>) => {
    const pending = [key];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (into.has(next)) continue;
      into.add(next);
      pending.push(...(linked.get(next) ?? []));
    }
  };
  const masked = new Set<string>();
  for (const key of system.primary.keys()) closure(key, masked);
  const secondary: Set<string>[] = [];
  const knownSafe = new Set<string>();

  const relations = relationsOf(system);
  for (let pass = 0; ; pass++) {
    const exposures = findExposures(system, masked, { knownSafe, ...solver, ...(near ? { near } : {}) });
    if (exposures.length === 0) break;
    // Last resort, also when the greedy passes grow long (they then mask most of the slice anyway,
    // at one costly audit each): every figure of the slice is masked.
    if (pass >= GREEDY_PASSES) return wholeSlice(system, exposures[0]!, closure, options.solver);
    // Cells sharing a relation with a cell masked in this pass: their disclosure may be gone, the
    // next pass checks them again rather than masking one more cell for them now.
    const shaken = new Set<string>();
    for (const exposure of exposures) {
      if (shaken.has(exposure.cell)) continue;
      // Its linked figures (a mean with its sum) are disclosed with it and protected with it.
      closure(exposure.cell, shaken);
      const partner = chooseSecondary(exposure, system, masked, near !== undefined);
      if (partner === undefined) return wholeSlice(system, exposure, closure, options.solver);
      const added = new Set<string>();
      closure(partner, added);
      for (const key of added) if (masked.has(key)) added.delete(key);
      if (added.size === 0) continue;
      for (const key of added) {
        masked.add(key);
        near?.add(key);
        for (const relation of relations.get(key) ?? []) for (const { cell } of relation.terms) shaken.add(cell);
      }
      secondary.push(added);
    }
  }

  // Show again each secondary group the others make unnecessary (but a cell a later group's mean
  // needs stays masked with it). Each check audits again the groups of masked cells
  // tied to it, a national slice's in one piece: past PRUNED groups, the others stay masked.
  for (const group of secondary.slice(0, PRUNED)) {
    const rest = new Set<string>();
    for (const key of masked) if (!group.has(key)) closure(key, rest);
    const shown = new Set([...masked].filter((key) => !rest.has(key)));
    if (shown.size === 0) continue;
    // A check audits the whole group the shown cells rejoin: past PRUNED_UP_TO masked cells (a
    // national slice of indicators, 52 000 cells, minutes a check), its few secondary cells stay masked.
    if (checkedGroups(system, rest, shown).reduce((cells, group) => cells + group.cells.length, 0) > PRUNED_UP_TO) continue;
    if (findExposure(system, rest, { near: shown, ...solver }) !== undefined) continue;
    for (const key of shown) masked.delete(key);
  }
  return { masked };
}

/** Passes of secondary suppression tried before the whole slice is masked. */
export const GREEDY_PASSES = 60;
/** Secondary groups checked for being unnecessary, in the order they were added. */
const PRUNED = 10;
/** Masked cells past which a group's secondary cells are not checked for being unnecessary. */
const PRUNED_UP_TO = 10_000;

function wholeSlice(system: PublishedSystem, exposure: Exposure, closure: (key: string, into: Set<string>) => void, solver?: ProgramSolver): Suppression {
  // A nil figure with no structure behind it is masked only with a figure linked to it.
  const masked = new Set<string>();
  for (const cell of system.cells.values()) if (cell.maskable) closure(cell.key, masked);
  const left = findExposure(system, masked, solver ? { solver } : {});
  return left === undefined ? { masked } : { masked, unprotected: left ?? exposure };
}

// The partner must share a relation with the exposed cell. Pools, in turn: the other cells of an
// equation holding a single masked cell (it gives that one away directly), the cells sharing a
// relation with the exposed cell, then those of the relations around it, ring by ring (`rings`),
// the cells of any relation holding a masked cell, any cell. Within
// a pool: a department row before a total, in the France pass (`near`) a count with room under its
// ceiling before one just under it (`hugsCeiling`: it would call for every count under its own
// ceiling, over every region; on national data the France pass then masked the whole slice of MSP
// indicators, 9 600 cells, and now masks 5 700; region by region, that costs a region's
// departments at most, and sparing such counts there masked more: 6 415 cells of the sample
// instead of 6 203), a row already holding masked cells (masks line up in
// rectangles, the cheapest pattern), the smallest value at least as large as the exposed one (so
// that the pair's sum does not bound it tightly), else the largest: beside a region's total, a
// small partner leaves it almost pinned and the next pass masks another (on three generated
// regions, one CDS staff table of France: 26 passes and 697 masked cells, 20 and 648 with the largest).
export function chooseSecondary(exposure: Exposure, system: PublishedSystem, masked: ReadonlySet<string>, franceWide: boolean): string | undefined {
  const rowsWithMasks = new Set([...masked].map((key) => system.cells.get(key)?.row));
  const maskedIn = (terms: readonly { cell: string }[]) => terms.filter((term) => masked.has(term.cell));
  // A relation whose coefficient is a shown share can also be broken by masking that share.
  const cellsOf = (constraints: readonly Constraint[]) =>
    constraints.flatMap((constraint) => [...constraint.terms.map((term) => term.cell), ...(constraint.requires ? [constraint.requires] : [])]);
  const live = system.constraints.filter((constraint) => constraint.requires === undefined || !masked.has(constraint.requires));
  const single = (constraint: Constraint) => constraint.sense === 'eq' && maskedIn(constraint.terms).length === 1;
  const direct = live.find((constraint) => single(constraint) && constraint.terms.some((term) => term.cell === exposure.cell)) ?? live.find(single);
  const target = direct ? maskedIn(direct.terms)[0]!.cell : exposure.cell;
  function* pools() {
    if (direct) yield cellsOf([direct]);
    yield* rings(exposure.cell, system, masked, cellsOf);
    yield cellsOf(live.filter((constraint) => maskedIn(constraint.terms).length > 0));
    yield [...system.cells.keys()];
  }
  const targetValue = Math.abs(system.cells.get(target)?.value ?? 0);
  for (const pool of pools()) {
    const candidates = [...new Set(pool)]
      .map((key) => system.cells.get(key))
      .filter((cell): cell is SystemCell => cell?.maskable === true && !masked.has(cell.key));
    if (candidates.length === 0) continue;
    // Beside a nil, another nil adds no freedom (a nil total over nils pins them all): a non-nil
    // figure first, else the total.
    const nil = targetValue === 0;
    const rank = (cell: SystemCell) => {
      const size = Math.abs(cell.value);
      const covers = size >= targetValue;
      return [
        nil && cell.value === 0 ? 1 : 0,
        cell.total !== nil ? 1 : 0,
        franceWide && hugsCeiling(cell.value, cell.ceiling) ? 1 : 0,
        rowsWithMasks.has(cell.row) ? 0 : 1,
        covers ? 0 : 1,
        covers ? size : -size,
      ];
    };
    candidates.sort((a, b) => compareTuples(rank(a), rank(b)));
    return candidates[0]!.key;
  }
  return undefined;
}

/**
 * The cells of the relations around a cell, ring by ring: those holding it, then those holding a
 * masked cell of the ring before. Once its own relations hold no cell left to mask, its partner is
 * the nearest. The relations of any masked cell (the next pool) gave a total of another indicator,
 * which freed nothing: on national data, a nil count of a department's CDS stayed pinned for 44
 * passes, and Île-de-France's CDS indicators ended with 4 064 masked cells in 26 s; ring by ring,
 * 3 022 in 11 s, and the release 120 293 masked cells instead of 127 879.
 */
function* rings(cell: string, system: PublishedSystem, masked: ReadonlySet<string>, cellsOf: (constraints: readonly Constraint[]) => string[]) {
  const relations = relationsOf(system);
  const reached = new Set([cell]);
  const seen = new Set<Constraint>();
  let frontier = [cell];
  while (frontier.length > 0) {
    const ring: Constraint[] = [];
    for (const key of frontier) {
      for (const constraint of relations.get(key) ?? []) {
        if (seen.has(constraint) || (constraint.requires !== undefined && masked.has(constraint.requires))) continue;
        seen.add(constraint);
        ring.push(constraint);
      }
    }
    const cells = cellsOf(ring);
    yield cells;
    frontier = cells.filter((key) => masked.has(key) && !reached.has(key));
    for (const key of frontier) reached.add(key);
  }
}

const relationIndex = new WeakMap<PublishedSystem, Map<string, Constraint[]>>();

/** Each cell's relations, indexed once per system. */
function relationsOf(system: PublishedSystem): ReadonlyMap<string, readonly Constraint[]> {
  let index = relationIndex.get(system);
  if (!index) {
    index = new Map();
    for (const constraint of system.constraints) for (const { cell } of constraint.terms) pushTo(index, cell, constraint);
    relationIndex.set(system, index);
  }
  return index;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}
