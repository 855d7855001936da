// The last gate of every partner output: the release's masks audited again with HiGHS (a
// maintained LP solver, compiled to WebAssembly), on programs of its own: one model per group of
// masked cells, built afresh, each figure in units of its own value. The search that chose the
// masks, and the in-house audit, solved their small groups on the in-house simplex and their large
// ones on a HiGHS model of the whole system. For each masked figure whose value is protected, its
// smallest and largest value over everything the release shows; a figure that cannot move ±P_RULE
// of its value either way (a nil: one unit), after rounding a count to whole numbers, stops the
// output.
import type { Highs } from 'highs';
import {
  cellLabel,
  columnsOf,
  components,
  formatValue,
  highsSolver,
  maskedKeys,
  type ProgramSolver,
  type PublishedSystem,
  priorRange,
  protection,
  type ReleaseMasks,
  type ReleaseTables,
  releaseRows,
  releaseSystems,
  runModel,
  type SecrecyBreach,
  secrecyBreach,
  simplexFor,
  splitKey,
  TABLE_NAMES,
  type TableName,
  tooNarrow,
} from '../../core';
import { highsOnce } from './highs';

type Group = ReturnType<typeof components>[number];

/** Resolves when no masked figure is disclosed; rejects with a `SecrecyBreach` otherwise. */
export async function independentAudit(tables: ReleaseTables, masks: ReleaseMasks, threshold: number): Promise<void> {
  if (threshold <= 1 || !TABLE_NAMES.some((name) => (tables[name]?.length ?? 0) > 0)) return;
  const highs = await highsOnce();
  // Ranges from public counts alone: the engine's (on HiGHS, a national group being past the
  // in-house simplex), asked only for a figure the masks leave too narrow.
  const priors = highsSolver(highs);
  try {
    for (const system of releaseSystems(releaseRows(tables), threshold)) {
      const masked = maskedKeys(system, masks);
      for (const [key, reason] of system.primary) {
        if (!masked.has(key)) throw disagreement(system, key, `est publiée alors qu’elle est ${reason}`);
      }
      for (const group of components(system.constraints, masked)) auditGroup(highs, system, masked, group, priors);
    }
  } finally {
    priors.release();
  }
}

/** Rounds of points pushing the figures still unproven together, while a round proves enough of them. */
const WITNESS_ROUNDS = 10;
/** Figures a point pushes once the rounds prove too few. */
const WITNESS_CHUNK = 16;

function auditGroup(highs: Highs, system: PublishedSystem, masked: ReadonlySet<string>, { cells, constraints }: Group, priors: ProgramSolver): void {
  const checked = cells.filter((key) => {
    const cell = system.cells.get(key)!;
    return cell.maskable && (cell.value !== 0 || system.primary.has(key));
  });
  if (checked.length === 0) return;
  const column = new Map(cells.map((key, index) => [key, index]));
  // Each unknown in units of its own value: in units of the system's largest amount, the solver's
  // tolerance (and the audit's, 1e-7 of it) reached whole structures on national data (0,5 at
  // 5 M€), enough to let a pinned count through.
  const unit = cells.map((key) => Math.max(1, Math.abs(system.cells.get(key)!.value)));
  const unitOf = (key: string) => unit[column.get(key)!]!;
  const model = highs.createModel();
  try {
    // From the last basis, as the search's model: presolve would start each program afresh.
    model.options.set({ output_flag: false, presolve: 'off' });
    const lowest = (key: string) => (system.cells.get(key)!.signed ? -highs.infinity : 0);
    const ceilingOf = (key: string) => {
      const cell = system.cells.get(key)!;
      return (cell.value + 2 * protection(cell).up + 1) / unitOf(key);
    };
    for (const key of cells) model.addVar(lowest(key), highs.infinity);
    for (const constraint of constraints) {
      // A relation through a shown share exists only while that share is shown.
      if (constraint.requires !== undefined && masked.has(constraint.requires)) continue;
      const entries = new Map<number, number>();
      let known = constraint.constant;
      for (const { cell, coef } of constraint.terms) {
        const at = column.get(cell);
        if (at !== undefined) entries.set(at, (entries.get(at) ?? 0) + coef * unit[at]!);
        else if (!masked.has(cell)) known += coef * (system.cells.get(cell)?.value ?? 0);
      }
      if (entries.size === 0) continue;
      const indices = [...entries.keys()];
      // Divided by the geometric mean of its smallest and largest coefficients, so that none falls
      // under HiGHS's smallest (1e-9, dropped with a mere warning).
      const sizes = indices.map((at) => Math.abs(entries.get(at)!)).filter((size) => size > 0);
      const size = sizes.length > 0 ? Math.sqrt(Math.min(...sizes) * Math.max(...sizes)) : 1;
      const rhs = -known / size;
      model.addRow(constraint.sense === 'eq' ? rhs : -highs.infinity, rhs, { indices, values: indices.map((at) => entries.get(at)! / size) });
    }
    // Every vertex HiGHS ends on is a feasible point: a cell it puts far enough from its value, on
    // one side, needs no program of its own for that side. Rounds of points pushing every figure
    // still unproven at once come first (a national group holds 50 000).
    const free = new Map<string, { down: boolean; up: boolean }>(checked.map((key) => [key, { down: false, up: false }]));
    const unproven = new Set(checked);
    const witness = () => {
      const point = model.getSolution().colValue;
      for (const key of unproven) {
        const side = free.get(key)!;
        const cell = system.cells.get(key)!;
        const need = protection(cell);
        const tolerance = 1e-6 * Math.max(1, Math.abs(cell.value));
        const value = point[column.get(key)!]! * unitOf(key);
        // A count's range is read in whole numbers: the witness too. Reaching the bound is enough,
        // as for a range (a nil count whose ceiling is one structure reaches 1, never more).
        const below = cell.integer ? Math.ceil(value - tolerance) : value;
        const above = cell.integer ? Math.floor(value + tolerance) : value;
        if (below <= cell.value - need.down + tolerance) side.down = true;
        if (above >= cell.value + need.up - tolerance) side.up = true;
        if (need.down === 0) side.down = true;
        if (need.up === 0) side.up = true;
        if (side.down && side.up) unproven.delete(key);
      }
    };
    /** The optimum of Σ costs (each figure in units of its own value); `undefined` on a failure. */
    const solve = (sense: 'minimize' | 'maximize', costs: ReadonlyMap<number, number>) => {
      model.changeObjectiveSense(highs.constants.objectiveSense[sense]);
      for (const [at, cost] of costs) model.changeColCost(at, cost);
      model.options.set({ simplex_strategy: simplexFor(costs.size) });
      const status = runModel(highs, model);
      const value = model.getObjectiveValue();
      if (status === 'optimal') witness();
      for (const at of costs.keys()) model.changeColCost(at, 0);
      if (status === 'unbounded') return sense === 'minimize' ? -Infinity : Infinity;
      return status === 'optimal' ? value : undefined;
    };
    const push = (left: readonly string[]) => {
      const down = left.filter((key) => !free.get(key)!.down);
      // In units of its own value, each figure weighs one.
      if (down.length > 0) solve('minimize', new Map(down.map((key) => [column.get(key)!, 1])));
      // Pushed up, a sum without a ceiling gives no point: each figure is capped past its need.
      const up = left.filter((key) => !free.get(key)!.up);
      for (const key of up) model.changeColBounds(column.get(key)!, lowest(key), ceilingOf(key));
      if (up.length > 0) solve('maximize', new Map(up.map((key) => [column.get(key)!, 1])));
      for (const key of up) model.changeColBounds(column.get(key)!, lowest(key), highs.infinity);
    };
    for (let round = 0; unproven.size > 2 && round < WITNESS_ROUNDS; round++) {
      const before = unproven.size;
      push([...unproven]);
      if (unproven.size > before * 0.9) break;
    }
    // Then points over a few figures at a time: pushed together, hundreds of figures of one sum hold
    // each other back, and a figure's own pair of programs costs about as much as such a point.
    if (unproven.size > WITNESS_CHUNK) {
      const rest = [...unproven];
      for (let at = 0; at < rest.length; at += WITNESS_CHUNK) push(rest.slice(at, at + WITNESS_CHUNK).filter((key) => unproven.has(key)));
    }
    for (const key of checked) {
      const side = free.get(key)!;
      const at = new Map([[column.get(key)!, 1]]);
      const value = system.cells.get(key)!.value;
      // The true values satisfy every relation: any other outcome is a failure, claimed unsafe.
      const bound = (sense: 'minimize' | 'maximize') => (solve(sense, at) ?? value / unitOf(key)) * unitOf(key);
      const low = side.down ? -Infinity : bound('minimize');
      const high = side.up ? Infinity : bound('maximize');
      // The figure's own scale, as the solver's tolerance now is.
      const tolerance = 1e-6 * unitOf(key);
      if (tooNarrow(system, key, { low, high }, undefined, tolerance) && tooNarrow(system, key, { low, high }, priorRange(system, key, priors), tolerance)) {
        const [row, name] = splitKey(key);
        const unit = columnsOf(system.release.tables[row]!).find((column) => column.name === name)?.unit ?? 'count';
        const shown = (figure: number) => (Number.isFinite(figure) ? formatValue(figure + 0, unit) : figure < 0 ? '−∞' : '+∞');
        // A way proven free by a point has no bound yet: the message says the whole range.
        const range = `entre ${shown(side.down ? bound('minimize') : low)} et ${shown(side.up ? bound('maximize') : high)}`;
        throw disagreement(system, key, `, masquée, peut être encadrée ${range} par un lecteur de la diffusion`);
      }
    }
  } finally {
    model.dispose();
  }
}

function disagreement(system: PublishedSystem, key: string, what: string): SecrecyBreach {
  const [row, column] = splitKey(key);
  const table: TableName = system.release.tables[row]!;
  const label = cellLabel(table, system.release.rows, row, column);
  return secrecyBreach(
    table,
    { row: system.release.local[row]!, column, label },
    [],
    `l’audit indépendant (HiGHS) contredit le masquage : ${label}${what.startsWith(',') ? '' : ' '}${what}`,
  );
}
