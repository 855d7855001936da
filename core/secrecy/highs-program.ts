// The interval audit's linear programs on HiGHS (sparse, compiled to WebAssembly), for the greedy
// search's large groups of masked cells. The in-house simplex starts every audit from a new phase
// one, whose degenerate pivots dominate on a slice of France; here one model holds every cell of the
// system and stays alive across the search's passes: masking a cell only frees its bounds, so HiGHS
// starts each program from the basis the previous one ended on (no presolve; the dual simplex for
// points pushing many figures, the primal for a figure's own programs and points over a few). The
// caller loads HiGHS (asynchronously) and hands it in; the engine itself stays synchronous and free
// of the dependency.
import type { Highs } from 'highs';
import type { PublishedSystem } from './published-system';

/**
 * A feasible point: each masked cell's value there (read on demand: a national group has 50 000
 * cells, and a caller looks at the few still unproven).
 */
export type Point = (cell: string) => number | undefined;

/** The admissible region of the masked cells of a system: what a reader can compute. */
export interface MaskedProgram {
  /** A cell's smallest or largest admissible value (infinite when unbounded); `seen` gets the vertex found. */
  bound(cell: string, side: 'low' | 'high', seen?: (point: Point) => void): number;
  /**
   * Feasible points pushing the cells `push.up` up, then the cells `push.down` down, each set at
   * once (each cell weighted by its size); `cap`: a value far enough above each cell, where the
   * upward push may stop.
   */
  witnesses(push: Push, cap?: (cell: string) => number): Point[];
}

/** The cells a witness point should move up and those it should move down. */
export interface Push {
  readonly up: readonly string[];
  readonly down: readonly string[];
}

/** Builds the program of a system under a set of masks (the masked cells its unknowns). */
export interface ProgramSolver {
  /** Groups of fewer masked cells are left to the in-house simplex. */
  readonly fromCells: number;
  /**
   * The system under these masks (copied: the caller may change its set later); each program of
   * a group of masked cells reports their values at the feasible points it finds.
   */
  under(system: PublishedSystem, masked: ReadonlySet<string>, slot?: Slot): { program(cells: readonly string[]): MaskedProgram };
  /** Frees the model still held (WebAssembly memory is not collected). */
  release(): void;
}

/**
 * Groups of fewer masked cells keep the in-house simplex: its dense programs of a group are then
 * cheaper than a run over a model of the whole system.
 */
export const HIGHS_FROM_CELLS = 150;

type Model = ReturnType<Highs['createModel']>;

/** HiGHS's `simplex_strategy` values. */
const DUAL = 1;
const PRIMAL = 4;

/**
 * A model for the masks being searched, one for every figure masked (what public counts alone
 * tell): switching one model between the two would move thousands of bounds each time.
 */
export type Slot = 'search' | 'prior';

/** One live model a slot: the search works a system to the end before the next. */
export function highsSolver(highs: Highs, fromCells = HIGHS_FROM_CELLS): ProgramSolver {
  const held = new Map<Slot, SystemModel>();
  return {
    fromCells,
    under(system, masked, slot = 'search') {
      // The slot's model, built again if another system took the slot since: a program kept
      // (public-count ranges are cached a system) stays valid.
      const live = () => {
        let model = held.get(slot);
        if (model?.system !== system) {
          model?.model.dispose();
          model = systemModel(highs, system);
          held.set(slot, model);
        }
        return model;
      };
      live();
      const frozen = new Set(masked);
      // A failed program claims nothing: a masked figure counts as pinned (more masks), a figure's
      // range from public counts alone as unbounded (it must then be protected in full).
      const failure = slot === 'prior' ? 'open' : 'pinned';
      return {
        program: (cells) => {
          const group = new Set(cells);
          return {
            bound: (cell, side, seen) => live().under(frozen, group, failure).bound(cell, side, seen),
            witnesses: (push, cap) => live().under(frozen, group, failure).witnesses(push, cap),
          };
        },
      };
    },
    release() {
      for (const model of held.values()) model.model.dispose();
      held.clear();
    },
  };
}

interface SystemModel {
  readonly system: PublishedSystem;
  readonly model: Model;
  /** The program of a group of masked cells (its points give their values only). */
  under(masked: ReadonlySet<string>, group: ReadonlySet<string>, failure: 'pinned' | 'open'): MaskedProgram;
}

function systemModel(highs: Highs, system: PublishedSystem): SystemModel {
  const model = highs.createModel();
  try {
    return filled(highs, system, model);
  } catch (error) {
    model.dispose();
    throw error;
  }
}

function filled(highs: Highs, system: PublishedSystem, model: Model): SystemModel {
  // From the last basis (each run sets its simplex, `solve`).
  model.options.set({ output_flag: false, presolve: 'off' });
  const keys = [...system.cells.keys()];
  const column = new Map(keys.map((key, index) => [key, index]));
  // Each unknown in units of its own value, each relation scaled to its terms: a single
  // scale (the system's largest euro amount) would put a count's unit under HiGHS's feasibility
  // tolerance (1e-7), and a relation holding a cent per structure (montant ≥ 0,01 × count) could
  // then let hundreds of structures through.
  const unit = keys.map((key) => Math.max(1, Math.abs(system.cells.get(key)!.value)));
  const scaled = (key: string) => system.cells.get(key)!.value / unit[column.get(key)!]!;
  // Every cell starts shown: a variable fixed to its value.
  for (const key of keys) model.addVar(scaled(key), scaled(key));
  const rows = system.constraints.map((constraint) => {
    const entries = new Map<number, number>();
    // Terms on cells outside the system are nil.
    for (const { cell, coef } of constraint.terms) {
      const at = column.get(cell);
      if (at !== undefined) entries.set(at, (entries.get(at) ?? 0) + coef * unit[at]!);
    }
    // Divided by the geometric mean of its smallest and largest terms: a nil cell (unit 1) in a sum
    // of national amounts keeps a coefficient far above HiGHS's smallest (1e-9, dropped with a
    // mere warning), and published doubles that agree to 1e-12 of the largest term stay feasible.
    const sizes = [...entries.values()].map(Math.abs).filter((size) => size > 0);
    const size = sizes.length > 0 ? Math.sqrt(Math.min(...sizes) * Math.max(...sizes)) : Math.max(1, Math.abs(constraint.constant));
    const upper = -constraint.constant / size;
    const lower = constraint.sense === 'eq' ? upper : -highs.infinity;
    const indices = [...entries.keys()];
    model.addRow(lower, upper, { indices, values: indices.map((at) => entries.get(at)! / size) });
    return { requires: constraint.requires, lower, upper };
  });
  const lowerOf = (key: string) => (system.cells.get(key)!.signed ? -highs.infinity : 0);
  let current: ReadonlySet<string> = new Set();
  const apply = (masked: ReadonlySet<string>) => {
    if (current === masked) return;
    for (const key of current) {
      const at = column.get(key);
      if (at !== undefined && !masked.has(key)) model.changeColBounds(at, scaled(key), scaled(key));
    }
    for (const key of masked) {
      const at = column.get(key);
      if (at !== undefined && !current.has(key)) model.changeColBounds(at, lowerOf(key), highs.infinity);
    }
    // A relation through a shown share exists only while that share is shown.
    rows.forEach((row, index) => {
      if (row.requires === undefined || masked.has(row.requires) === current.has(row.requires)) return;
      const live = !masked.has(row.requires);
      model.changeRowBounds(index, live ? row.lower : -highs.infinity, live ? row.upper : highs.infinity);
    });
    current = masked;
  };
  /**
   * Minimises Σ costs (in units of each cell's value): the optimum and its vertex (read before the
   * costs are reset, which discards the solution), −∞ on an unbounded ray, undefined on anything
   * else.
   */
  const solve = (masked: ReadonlySet<string>, group: ReadonlySet<string>, costs: ReadonlyMap<number, number>): { value: number; point?: Point } | undefined => {
    apply(masked);
    for (const [at, cost] of costs) model.changeColCost(at, cost);
    model.options.set({ simplex_strategy: simplexFor(costs.size) });
    const status = runModel(highs, model);
    let found: { value: number; point?: Point } | undefined;
    if (status === 'optimal') {
      const values = model.getSolution().colValue;
      const point = (key: string) => {
        const at = column.get(key);
        return at === undefined || !group.has(key) ? undefined : values[at]! * unit[at]!;
      };
      found = { value: model.getObjectiveValue(), point };
    } else if (status === 'unbounded') found = { value: -Infinity };
    for (const at of costs.keys()) model.changeColCost(at, 0);
    return found;
  };
  return {
    system,
    model,
    under(frozen, group, failure) {
      const extreme = (cell: string, direction: 1 | -1, seen?: (point: Point) => void): number => {
        const found = solve(frozen, group, new Map([[column.get(cell)!, direction]]));
        // The true values satisfy every relation: any other outcome is a numerical failure.
        if (!found) return failure === 'pinned' ? system.cells.get(cell)!.value : direction * -Infinity;
        if (!found.point) return direction === 1 ? -Infinity : Infinity;
        seen?.(found.point);
        return direction * found.value * unit[column.get(cell)!]!;
      };
      return {
        bound: (cell, side, seen) => extreme(cell, side === 'low' ? 1 : -1, seen),
        witnesses(push, cap) {
          const points: Point[] = [];
          for (const direction of [-1, 1] as const) {
            const cells = direction === -1 ? push.up : push.down;
            if (cells.length === 0) continue;
            // Each cell weighted by its size: in units of its own value, a weight of one. Pushed
            // up, sums without a ceiling are unbounded and give no point: each cell is then capped
            // where it would be proven free, for this program only.
            const capped = direction === -1 && cap ? cells : [];
            apply(frozen);
            for (const cell of capped) model.changeColBounds(column.get(cell)!, lowerOf(cell), cap!(cell) / unit[column.get(cell)!]!);
            const costs = new Map(cells.map((cell) => [column.get(cell)!, direction]));
            const point = solve(frozen, group, costs)?.point;
            for (const cell of capped) model.changeColBounds(column.get(cell)!, lowerOf(cell), highs.infinity);
            if (point) points.push(point);
          }
          return points;
        },
      };
    },
  };
}

/**
 * HiGHS's simplex for a program whose objective holds `figures` figures, from the last basis. A
 * point pushing many figures at once goes far from it: the dual simplex (on the national slice of
 * indicators, the first points took 5 s instead of 19, and the in-house audit of that slice 23 s
 * instead of 42). A figure's own program, or a point over a few, only changes the objective, which
 * leaves the last basis primal feasible: the primal simplex (with the dual, the 74 own programs of
 * that slice took 68 s instead of 16, and 80 points over 16 figures 187 s instead of 21). The
 * independent audit's own models too (its audit of a national release 57 s → 43 s, with presolve off).
 */
export function simplexFor(figures: number): number {
  return figures > 100 ? DUAL : PRIMAL;
}

/**
 * Runs HiGHS on the model as it stands, from the basis the last run ended on. A warm start can
 * fail (after an unbounded program it has ended on « unknown », seen on national MSP counts, and
 * a run has thrown), and presolve may only say « unbounded or infeasible »: the true values are
 * feasible, so anything but an optimum or an unbounded ray is run again from scratch without
 * presolve, and only a second failure is reported.
 */
export function runModel(highs: Highs, model: Model): 'optimal' | 'unbounded' | 'failed' {
  const { optimal, unbounded } = highs.constants.modelStatus;
  for (const fresh of [false, true]) {
    const presolve = fresh ? model.options.get('presolve') : undefined;
    try {
      if (fresh) {
        model.clearSolver();
        model.options.set({ presolve: 'off' });
      }
      model.run();
    } catch {
      continue;
    } finally {
      if (fresh) model.options.set({ presolve: presolve as string });
    }
    const status = model.getModelStatus();
    if (status === optimal) return 'optimal';
    if (status === unbounded) return 'unbounded';
  }
  return 'failed';
}
