// Is any masked figure of a system disclosed by what is shown? In turn: a figure the threshold
// rule masks is shown; a masked figure is determined exactly by the published equations (linear
// algebra); or the published equations and bounds keep it from moving ±P_RULE of its value either
// way (two linear programs per masked figure: its smallest and largest admissible value). A masked
// nil is disclosed when its admissible range collapses to less than one unit.
import type { MaskedProgram, Point, ProgramSolver, Push, Slot } from './highs-program';
import { recoverableCells } from './linear-audit';
import type { Constraint, PublicFigure, PublishedSystem, SystemCell } from './published-system';
import { feasibleRegion, type LinearConstraint } from './simplex';

/** The p % rule: a masked figure must be able to move at least ±10 % of its value, up and down. */
export const P_RULE = 0.1;

/** Rounds of feasible points pushing the unproven cells of a group together, before one by one. */
const WITNESS_ROUNDS = 10;
/** Share of the cells left a round must prove for another round to follow. */
const ROUND_PROVES = 0.4;
/**
 * Cells a feasible point pushes at once once the rounds prove too few, in turn (`findExposures`):
 * on the France pass's audit of the national slice of indicators, rounds while they prove 40 %
 * then points over 64 figures, then 16, took 46 s; rounds while they prove 10 % then points over
 * 16 figures, 79 s.
 */
const WITNESS_CHUNKS = [64, 16];
/** Masked cells past which a disclosure names every relation of its group (its dense programs too large). */
const EXPLAINED_UP_TO = 2_000;

export type Exposure =
  | { readonly kind: 'primary'; readonly cell: string; readonly reason: string }
  | {
      readonly kind: 'exact' | 'interval';
      readonly cell: string;
      /** The admissible range a reader can compute (unscaled); infinite when unbounded. */
      readonly low: number;
      readonly high: number;
      /** The published relations that reveal it (a minimal set when explained). */
      readonly constraints: readonly Constraint[];
    };

export interface ExposureOptions {
  /** Reduce the revealing relations to a minimal set, for the message (slower). */
  readonly explain?: boolean;
  /**
   * Cells already found safe under fewer masks: masking more only frees more unknowns, so they stay
   * safe and their linear programs are skipped; cells found safe now are added.
   */
  readonly knownSafe?: Set<string>;
  /** Only the groups of masked cells tied to one of these cells can have changed: check those. */
  readonly near?: ReadonlySet<string>;
  /** Stop at the first disclosed figure (else every one the interval programs find is listed). */
  readonly first?: boolean;
  /** Solves the interval programs of large groups of masked cells (else the in-house simplex solves them all). */
  readonly solver?: ProgramSolver;
}

/** The first disclosed figure of the slice under these masks, if any. */
export function findExposure(system: PublishedSystem, masked: ReadonlySet<string>, options: ExposureOptions = {}): Exposure | undefined {
  return findExposures(system, masked, { ...options, first: true })[0];
}

/**
 * Disclosed figures of the slice: every one the threshold rule, the extremes or the linear check
 * find (one pass finds them all), else every one the interval programs find (their programs built
 * once per group of masked cells, the costly part on a national slice).
 */
export function findExposures(system: PublishedSystem, masked: ReadonlySet<string>, options: ExposureOptions = {}): Exposure[] {
  const found: Exposure[] = [];
  for (const [cell, reason] of system.primary) {
    if (!masked.has(cell)) found.push({ kind: 'primary', cell, reason });
  }
  if (found.length > 0) return found;
  const { knownSafe } = options;
  const groups = checkedGroups(system, masked, options.near);
  const equations = groups.flatMap((component) => component.constraints.filter((constraint) => constraint.sense === 'eq'));
  for (const exact of recoverableCells(equations, masked)) {
    // A figure with no structure behind it is public knowledge (nil): pinning it discloses nothing.
    if (!system.cells.get(exact)!.maskable || !guarded(system, exact)) continue;
    // Pinned by the public counts alone (every figure masked): no mask can protect it.
    const prior = priorRange(system, exact, options.solver);
    if (prior.high - prior.low <= slackOf(system, exact)) continue;
    const value = system.cells.get(exact)!.value;
    const constraints = options.explain ? minimalSet(equations, (subset) => recoverableCells(subset, masked).includes(exact)) : equations;
    found.push({ kind: 'exact', cell: exact, low: value, high: value, constraints });
    if (options.explain) break;
  }
  if (found.length > 0) return found;
  const programOf = programsOf(system, masked, options.solver);
  for (const component of groups) {
    const unchecked = component.cells.filter((cell) => !knownSafe?.has(cell) && system.cells.get(cell)!.maskable && guarded(system, cell));
    if (unchecked.length === 0) continue;
    const program = programOf(component);
    // A feasible point far enough from a cell's true value proves that cell free (the true values
    // are feasible too), skipping its own pair of programs: first points pushing every unchecked
    // cell at once, then every vertex a cell's own programs end on.
    const up = new Set<string>();
    const down = new Set<string>();
    const witnessed = { has: (cell: string) => up.has(cell) && down.has(cell) };
    // Only the cells still unproven are looked at: a national group's every vertex would otherwise
    // cost a pass over its 50 000 cells.
    const open = new Set(unchecked);
    const certify = (point: Point) => {
      for (const cell of open) {
        const side = farEnough(system, cell, point(cell));
        if (side.up) up.add(cell);
        if (side.down) down.add(cell);
        if (witnessed.has(cell)) open.delete(cell);
      }
    };
    const cap = (cell: string) => {
      const data = system.cells.get(cell)!;
      return data.value + 2 * protection(data).up + 1;
    };
    // Rounds of such points over the cells still unproven, each pushed only the ways not proven yet,
    // while a round proves enough of them (on a slice of France, thousands of cells would
    // otherwise take two programs each).
    for (let left = unchecked, round = 0; left.length > 2 && round < WITNESS_ROUNDS; round++) {
      const push: Push = { up: left.filter((cell) => !up.has(cell)), down: left.filter((cell) => !down.has(cell)) };
      for (const point of program.witnesses(push, cap)) certify(point);
      const still = left.filter((cell) => !witnessed.has(cell));
      if (still.length > left.length * (1 - ROUND_PROVES)) break;
      left = still;
    }
    // Then pushes over fewer cells at a time: pushed together, hundreds of cells of one sum hold each
    // other back, and a cell's own pair of programs costs as much as a push.
    for (const size of WITNESS_CHUNKS) {
      const rest = unchecked.filter((cell) => !witnessed.has(cell));
      if (rest.length <= size) continue;
      for (let at = 0; at < rest.length; at += size) {
        const chunk = rest.slice(at, at + size).filter((cell) => !witnessed.has(cell));
        for (const point of program.witnesses({ up: chunk.filter((cell) => !up.has(cell)), down: chunk.filter((cell) => !down.has(cell)) }, cap))
          certify(point);
      }
    }
    for (const cell of unchecked) {
      if (witnessed.has(cell)) {
        knownSafe?.add(cell);
        continue;
      }
      // A side already proven free needs no program; the first one's vertex may prove the other.
      const low = down.has(cell) ? -Infinity : program.bound(cell, 'low', certify);
      const high = up.has(cell) ? Infinity : program.bound(cell, 'high', certify);
      const shortcut = { low, high };
      if (!tooNarrow(system, cell, shortcut) || !tooNarrow(system, cell, shortcut, priorRange(system, cell, options.solver))) {
        knownSafe?.add(cell);
        continue;
      }
      // Disclosed: its whole range, for the message (a side proven free was not solved yet).
      const range = { low: down.has(cell) ? program.bound(cell, 'low') : low, high: up.has(cell) ? program.bound(cell, 'high') : high };
      // The revealing relations cut down on the in-house simplex, for a group it can hold.
      const constraints =
        options.explain && component.cells.length < EXPLAINED_UP_TO
          ? minimalSet(component.constraints, (subset) => tooNarrow(system, cell, rangeOf(linearProgram(system, subset, component.cells, masked), cell)))
          : component.constraints;
      const exactly = range.high - range.low <= slackOf(system, cell);
      found.push({ kind: exactly ? 'exact' : 'interval', cell, ...range, constraints });
      if (options.first || options.explain) return found;
    }
  }
  return found;
}

/**
 * The groups of masked cells (tied by live relations) an audit checks: every one, or those tied to
 * a cell of `near`. Showing again the cells `near` can only disclose figures tied to them: the
 * other groups stay as safe as they were.
 */
export function checkedGroups(system: PublishedSystem, masked: ReadonlySet<string>, near?: ReadonlySet<string>): ReturnType<typeof components> {
  const active = system.constraints.filter(
    (constraint) => (constraint.requires === undefined || !masked.has(constraint.requires)) && constraint.terms.some((term) => masked.has(term.cell)),
  );
  const touches = (constraint: Constraint) =>
    constraint.terms.some((term) => near!.has(term.cell)) || (constraint.requires !== undefined && near!.has(constraint.requires));
  return components(active, masked).filter((component) => !near || component.constraints.some(touches));
}

/**
 * Whether a masked figure's own value is protected: every non-nil one; a nil only when the
 * threshold rule masks it (resting on 1 to n−1 structures), since a nil masked to protect others
 * discloses nothing of its own.
 */
function guarded(system: PublishedSystem, cell: string): boolean {
  return system.cells.get(cell)!.value !== 0 || system.primary.has(cell);
}

/** A figure's admissible range when every figure is masked: what the public counts alone tell a reader. */
export interface Range {
  readonly low: number;
  readonly high: number;
}

/**
 * How far a masked figure must be able to move down and up: ±P_RULE of it (a nil: one unit), but
 * never past what public counts alone tell a reader: its floor and ceiling, and `prior` when known.
 */
export function protection(cell: SystemCell, prior?: Range): { down: number; up: number } {
  const reach = cell.value === 0 ? 1 : P_RULE * Math.abs(cell.value);
  const floor = Math.max(cell.floor, prior ? (cell.integer ? Math.ceil(prior.low - 1e-9) : prior.low) : -Infinity);
  const ceiling = Math.min(cell.ceiling, prior ? (cell.integer ? Math.floor(prior.high + 1e-9) : prior.high) : Infinity);
  return { down: Math.max(0, Math.min(reach, cell.value - floor)), up: Math.max(0, Math.min(reach, ceiling - cell.value)) };
}

/**
 * A count just under the structures it counts (2 465 MSP of 2 710): masked, its +P_RULE is past that
 * ceiling, so it must be able to reach the ceiling exactly, which only masking every shown count
 * under its own ceiling allows (on national data, the whole slice of MSP indicators).
 */
export function hugsCeiling(value: number, ceiling: number): boolean {
  return value > 0 && value < ceiling && value * (1 + P_RULE) > ceiling;
}

/** Per system: each maskable cell's group with every figure masked, its program, and the ranges found. */
interface Priors {
  readonly groupOf: Map<string, { cells: string[]; constraints: Constraint[] }>;
  readonly programOf: (group: { cells: string[]; constraints: Constraint[] }) => MaskedProgram;
  readonly programs: Map<{ cells: string[]; constraints: Constraint[] }, MaskedProgram>;
  readonly known: Map<string, Range>;
}

const priors = new WeakMap<PublishedSystem, Priors>();

/**
 * The figure's range with every figure of the system masked (public counts and known nils only),
 * found once per figure, and only for figures the masks leave too narrow: a bound the public
 * counts give (professionals ≥ the structures counting one, summed over professions) is no
 * disclosure, and no mask could lift it. The groups are found once per system: found per figure,
 * they cost a pass over the whole system each (quadratic on a slice of France).
 */
export function priorRange(system: PublishedSystem, cell: string, solver?: ProgramSolver): Range {
  let held = priors.get(system);
  if (!held) {
    const all = new Set([...system.cells.values()].filter((candidate) => candidate.maskable).map((candidate) => candidate.key));
    const constraints = system.constraints.filter((constraint) => constraint.requires === undefined || !all.has(constraint.requires));
    const groupOf = new Map<string, { cells: string[]; constraints: Constraint[] }>();
    for (const group of components(constraints, all)) for (const member of group.cells) groupOf.set(member, group);
    held = { groupOf, programOf: programsOf(system, all, solver, 'prior'), programs: new Map(), known: new Map() };
    priors.set(system, held);
  }
  const found = held.known.get(cell);
  if (found) return found;
  const group = held.groupOf.get(cell);
  let range: Range = { low: -Infinity, high: Infinity };
  if (group) {
    let program = held.programs.get(group);
    if (!program) {
      program = held.programOf(group);
      held.programs.set(group, program);
    }
    range = rangeOf(program, cell);
  }
  held.known.set(cell, range);
  return range;
}

/**
 * Whether `range` keeps the masked figure from moving as far as the rule asks (`prior`: its range
 * with every figure masked; `slack`: the rounding a solver's bounds may carry).
 */
export function tooNarrow(system: PublishedSystem, cell: string, range: Range, prior?: Range, slack = slackOf(system, cell)): boolean {
  const data = system.cells.get(cell)!;
  // A count lies on whole numbers: [3; 3,9] tells a reader it is 3.
  const low = data.integer ? Math.ceil(range.low - slack) : range.low;
  const high = data.integer ? Math.floor(range.high + slack) : range.high;
  const { down, up } = protection(data, prior);
  if (data.value === 0) return high - low < Math.max(down, up) - slack;
  return low > data.value - down + slack || high < data.value + up - slack;
}

/**
 * The rounding a bound found for the figure may carry: the in-house simplex works in units of the
 * system's largest figure (1e-9 of it), but never more than a hundredth of the figure itself. Beside
 * the amounts of a national slice (6 × 10⁹ €: a slack of 6), a count of 3 pinned exactly would read
 * [−3; 9] on the interval programs.
 */
function slackOf(system: PublishedSystem, cell: string): number {
  return Math.min(1e-9 * system.scale, 1e-2 * Math.max(1, Math.abs(system.cells.get(cell)!.value)));
}

/**
 * Which ways a feasible value proves the figure free: far enough below its true value (down), or
 * above (up), after rounding a count to whole numbers. A nil is free both ways once a feasible
 * value lies far enough away.
 */
function farEnough(system: PublishedSystem, cell: string, witness: number | undefined): { up: boolean; down: boolean } {
  if (witness === undefined) return { up: false, down: false };
  const data = system.cells.get(cell)!;
  // The cell's own scale: a slack of the system's (1e-6 of a national amount, 1 000 €) would round
  // a count of 5,6 up to 6 and call it free upward while a reader rounds it down to 5.
  const slack = 1e-6 * Math.max(1, Math.abs(data.value));
  const rounded = data.integer ? (witness < data.value ? Math.ceil(witness - slack) : Math.floor(witness + slack)) : witness;
  // Reaching the bound the rule asks for is enough, as for a range (`tooNarrow`): a nil count whose
  // ceiling is one structure reaches 1 exactly, never more.
  const { down, up } = protection(data);
  if (data.value === 0) {
    const free = Math.abs(rounded) >= Math.max(down, up) - slack;
    return { up: free, down: free };
  }
  return { up: up === 0 || rounded >= data.value + up - slack, down: down === 0 || rounded <= data.value - down + slack };
}

/** Drops relations one at a time while what remains still discloses the cell. */
function minimalSet(constraints: readonly Constraint[], discloses: (subset: readonly Constraint[]) => boolean): Constraint[] {
  let kept = [...constraints];
  for (const constraint of constraints) {
    const without = kept.filter((other) => other !== constraint);
    if (discloses(without)) kept = without;
  }
  return kept;
}

/** Groups of masked cells tied by relations, each with its relations: solved separately. */
export function components(constraints: readonly Constraint[], masked: ReadonlySet<string>): { cells: string[]; constraints: Constraint[] }[] {
  const parent = new Map<string, string>();
  const find = (cell: string): string => {
    let root = cell;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(cell, root);
    return root;
  };
  for (const cell of masked) parent.set(cell, cell);
  for (const constraint of constraints) {
    const unknowns = constraint.terms.filter((term) => masked.has(term.cell)).map((term) => find(term.cell));
    for (const other of unknowns.slice(1)) parent.set(find(other), find(unknowns[0]!));
  }
  const groups = new Map<string, { cells: string[]; constraints: Constraint[] }>();
  for (const cell of masked) {
    const root = find(cell);
    if (!groups.has(root)) groups.set(root, { cells: [], constraints: [] });
    groups.get(root)!.cells.push(cell);
  }
  for (const constraint of constraints) {
    const first = constraint.terms.find((term) => masked.has(term.cell));
    if (first) groups.get(find(first.cell))!.constraints.push(constraint);
  }
  return [...groups.values()];
}

/**
 * The programs of a system's groups under these masks: a large group on the solver (one model for
 * the whole system, kept across passes), a small one on the in-house simplex (whose programs are
 * then smaller than any model of the system).
 */
function programsOf(system: PublishedSystem, masked: ReadonlySet<string>, solver?: ProgramSolver, slot?: Slot) {
  let shared: ReturnType<ProgramSolver['under']> | undefined;
  return (group: { cells: string[]; constraints: Constraint[] }): MaskedProgram => {
    if (!solver || group.cells.length < solver.fromCells) return linearProgram(system, group.constraints, group.cells, masked);
    shared ??= solver.under(system, masked, slot);
    return shared.program(group.cells);
  };
}

/**
 * The masked cells as variables (scaled by the slice's largest value; a signed one as the
 * difference of two non-negative ones), the shown cells as constants.
 */
function linearProgram(system: PublishedSystem, constraints: readonly Constraint[], cells: readonly string[], masked: ReadonlySet<string>): MaskedProgram {
  const columns = new Map<string, [number, number | undefined]>();
  let width = 0;
  for (const cell of cells) {
    const signed = system.cells.get(cell)?.signed ?? false;
    columns.set(cell, [width, signed ? width + 1 : undefined]);
    width += signed ? 2 : 1;
  }
  const rows: LinearConstraint[] = constraints.map((constraint) => {
    const coefs = new Array<number>(width).fill(0);
    let rhs = -constraint.constant / system.scale;
    for (const { cell, coef } of constraint.terms) {
      const column = masked.has(cell) ? columns.get(cell) : undefined;
      if (column) {
        coefs[column[0]]! += coef;
        if (column[1] !== undefined) coefs[column[1]]! -= coef;
      } else {
        rhs -= (coef * (system.cells.get(cell)?.value ?? 0)) / system.scale;
      }
    }
    return { coefs, sense: constraint.sense, rhs };
  });
  const region = feasibleRegion(width, rows);
  const pointOf =
    (vector: readonly number[]): Point =>
    (cell) => {
      const column = columns.get(cell);
      return column && (vector[column[0]]! - (column[1] === undefined ? 0 : vector[column[1]]!)) * system.scale;
    };
  const extreme = (cell: string, direction: 1 | -1, seen?: (point: Point) => void): number => {
    const [plus, minus] = columns.get(cell)!;
    const objective = new Array<number>(width).fill(0);
    objective[plus] = direction;
    if (minus !== undefined) objective[minus] = -direction;
    const result = region.minimize(objective);
    if (result.kind === 'unbounded') return direction === 1 ? -Infinity : Infinity;
    // The true values satisfy every relation: infeasible means a numerical failure, so nothing is
    // claimed safe (the cell counts as pinned to its value).
    if (result.kind === 'infeasible') return system.cells.get(cell)!.value;
    seen?.(pointOf(result.point));
    return direction * result.value * system.scale;
  };
  // Feasible points pushing the given cells up (down) at once, each weighted by its size.
  const witnesses = (push: Push): Point[] => {
    const points: Point[] = [];
    for (const direction of [-1, 1] as const) {
      const cells = direction === -1 ? push.up : push.down;
      if (cells.length === 0) continue;
      const objective = new Array<number>(width).fill(0);
      for (const cell of cells) {
        const [plus, minus] = columns.get(cell)!;
        const weight = direction / (Math.max(Math.abs(system.cells.get(cell)!.value), 1) / system.scale);
        objective[plus]! += weight;
        if (minus !== undefined) objective[minus]! -= weight;
      }
      const result = region.minimize(objective);
      if (result.kind === 'optimal') points.push(pointOf(result.point));
    }
    return points;
  };
  return { bound: (cell: string, side: 'low' | 'high', seen?: (point: Point) => void) => extreme(cell, side === 'low' ? 1 : -1, seen), witnesses };
}

/** A cell's smallest and largest admissible values. */
function rangeOf(program: MaskedProgram, cell: string): Range {
  return { low: program.bound(cell, 'low'), high: program.bound(cell, 'high') };
}

/** The shown cells and public figures a set of relations uses: what reveals a masked cell. */
export function revealingFigures(
  constraints: readonly Constraint[],
  masked: ReadonlySet<string>,
): { readonly cells: string[]; readonly figures: PublicFigure[] } {
  const cells = new Set<string>();
  const figures = new Map<string, PublicFigure>();
  for (const constraint of constraints) {
    for (const term of constraint.terms) if (!masked.has(term.cell)) cells.add(term.cell);
    for (const figure of constraint.figures) figures.set(`${figure.row}:${figure.column}`, figure);
  }
  return { cells: [...cells], figures: [...figures.values()] };
}
