// Statistical secrecy for a release: every table a partner output publishes, in one system of
// relations (tables tied by relations between them in one piece), primary cells from the threshold
// rule, then secondary cells until no masked figure can be computed back, exactly or within ±10 %
// either way, from anything the release shows. Figures a partner never sees (extremes, full-year
// means) are masked on every row.
import { TABLE_NAMES, type TableName, tableSpec } from '../schema';
import { breachFrom, neverPublishedBreach } from './breach';
import { tiedSlices } from './covering';
import { type ExposureOptions, findExposure, hugsCeiling } from './exposure';
import type { ProgramSolver } from './highs-program';
import { pushTo } from './multimap';
import { buildSystem, cellKey, type PublishedSystem, type RuleOf, splitKey, tableSlices } from './published-system';
import { type ReleaseRows, type ReleaseTables, releaseRows } from './release-rows';
import { ceilingOf, neverPublished, shownColumns } from './rule';
import { type Suppression, suppressCells } from './suppress';
import { secrecyRule } from './table-secrecy';

/** For each row of a table (its index as given), the names of its masked columns. */
export type TableMasks = readonly ReadonlySet<string>[];

/** The masks of every table of a release. */
export type ReleaseMasks = Partial<Record<TableName, TableMasks>>;

export interface ReleaseOptions {
  /** Masks of an earlier release of the same data: kept masked, so holding both tells nothing more. */
  readonly seed?: ReleaseMasks;
  /**
   * Solves the search's interval programs of large groups of masked cells (HiGHS: `highsSolver`);
   * its models are released when the masks are decided.
   */
  readonly solver?: ProgramSolver;
}

/**
 * One phase of the search: its independent systems, each searched alone (`suppressCells` with the
 * phase's `near`). What built them (`byRegion`, `seed`) lets another thread build the same systems
 * from the same tables and search some of them (reports/release/parallel-masks.ts).
 */
export interface MaskPhase {
  readonly byRegion: boolean;
  readonly seed: ReadonlyMap<string, string>;
  readonly near?: ReadonlySet<string>;
  readonly systems: readonly PublishedSystem[];
}

/**
 * The cells of `tables` a partner output must show as `NS` under the threshold `threshold` (the
 * `--secret` value). Tables of public counts mask nothing; `threshold` ≤ 1 masks nothing. Throws a
 * `SecrecyBreach` if no pattern protects a cell.
 */
export function releaseMasks(tables: ReleaseTables, threshold: number, options: ReleaseOptions = {}): ReleaseMasks {
  const steps = maskSteps(tables, threshold, options.seed);
  const solver = options.solver ? { solver: options.solver } : {};
  try {
    for (let step = steps.next(); ; ) {
      if (step.done) return step.value;
      const phase = step.value;
      step = steps.next(phase.systems.map((system) => suppressCells(system, { ...(phase.near ? { near: phase.near } : {}), ...solver })));
    }
  } finally {
    options.solver?.release();
  }
}

/** `releaseMasks` with each phase's systems searched by `search` (in the same order), e.g. on two threads. */
export async function releaseMasksBy(
  tables: ReleaseTables,
  threshold: number,
  search: (phase: MaskPhase) => Promise<readonly Suppression[]>,
  seed?: ReleaseMasks,
): Promise<ReleaseMasks> {
  const steps = maskSteps(tables, threshold, seed);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(await search(step.value));
  }
}

/**
 * The search, phase by phase: yields each phase's systems, takes back their suppressions. Region by
 * region first (a national slice's greedy search is costly), then, where the data hold France
 * rows, on the whole release from those masks: France = Σ regions may call for more.
 */
function* maskSteps(tables: ReleaseTables, threshold: number, earlier?: ReleaseMasks): Generator<MaskPhase, ReleaseMasks, readonly Suppression[]> {
  const release = releaseRows(tables);
  const masks = emptyMasks(tables);
  if (threshold <= 1) return masks;
  const seed = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    earlier?.[name]?.forEach((columns, row) => {
      for (const column of columns) seed.set(cellKey(release.index(name, row), column), 'masquée dans une diffusion précédente de ces données');
    });
  }
  const record = (systems: readonly PublishedSystem[], found: readonly Suppression[]) => {
    systems.forEach((system, at) => {
      const { masked, unprotected } = found[at]!;
      if (unprotected) throw breachFrom(system, findExposure(system, masked, { explain: true }) ?? unprotected, masked);
      for (const key of masked) {
        const [row, column] = splitKey(key);
        seed.set(key, seed.get(key) ?? 'masquée dans sa région');
        (masks[release.tables[row]!]![release.local[row]!] as Set<string>).add(column);
      }
    });
  };
  const regional = releaseSystems(release, threshold, seed, true);
  record(regional, yield { byRegion: true, seed: new Map(seed), systems: regional });
  const near = nationalCells(release);
  if (near.size > 0) {
    for (const key of franceOverMasked(release, seed)) seed.set(key, seed.get(key) ?? 'masquée avec une région qu’elle additionne');
    const national = releaseSystems(release, threshold, seed);
    record(national, yield { byRegion: false, seed: new Map(seed), near, systems: national });
  }
  for (const name of TABLE_NAMES) {
    const rule = secrecyRule(name);
    if (!rule) continue;
    tables[name]?.forEach((row, index) => {
      for (const column of neverPublished(rule)) if (row[column] !== null && row[column] !== undefined) (masks[name]![index] as Set<string>).add(column);
    });
  }
  return masks;
}

/**
 * Checks masks about to be published (whoever computed them) against everything the release
 * shows: throws a `SecrecyBreach` naming the table, the first disclosed cell and the published
 * figures that disclose it. `solver`: solves the programs of large groups (a national slice of
 * indicators, 50 000 masked cells, is past the in-house simplex's dense tableau); released at the end.
 */
export function auditRelease(tables: ReleaseTables, masks: ReleaseMasks, threshold: number, options: { readonly solver?: ProgramSolver } = {}): void {
  if (threshold <= 1) return;
  const release = releaseRows(tables);
  for (const name of TABLE_NAMES) {
    const rule = secrecyRule(name);
    if (!rule) continue;
    tables[name]?.forEach((row, index) => {
      for (const column of neverPublished(rule)) {
        if (row[column] !== null && row[column] !== undefined && !masks[name]?.[index]?.has(column))
          throw neverPublishedBreach(name, tables[name]!, index, column);
      }
    });
  }
  // Region by region, then the relations France = Σ regions (which only region and France rows enter).
  const near = nationalCells(release);
  const passes: [PublishedSystem[], ExposureOptions][] = [[releaseSystems(release, threshold, undefined, true), {}]];
  if (near.size > 0) passes.push([releaseSystems(release, threshold), { near }]);
  const solver = options.solver ? { solver: options.solver } : {};
  try {
    for (const [systems, pass] of passes) {
      for (const system of systems) {
        const masked = maskedKeys(system, masks);
        const exposure = findExposure(system, masked, { explain: true, ...pass, ...solver });
        if (exposure) throw breachFrom(system, exposure, masked);
      }
    }
  } finally {
    options.solver?.release();
  }
}

/**
 * Every cell of a France row. The relations France = Σ regions are the only ones the regional
 * systems lack, and they hold France cells: a group of masked cells they could disclose is tied
 * to one.
 */
function nationalCells(release: ReleaseRows): Set<string> {
  const cells = new Set<string>();
  release.rows.forEach((row, index) => {
    const rule = row.niveau === 'france' ? secrecyRule(release.tables[index]!) : null;
    if (rule) for (const column of shownColumns(rule)) cells.add(cellKey(index, column));
  });
  return cells;
}

/**
 * France's additive figures whose regions hide exactly one non-nil part. Shown, such a figure gives
 * that part back, and the greedy search answered by masking another region's figure, then one of
 * its departments, over national systems whose every audit is costly. Masked, it only defines
 * itself (each relation of France's row but its shares is the sum of its regions'), so the
 * regions' masks stay as safe as they were. France's own figure must move ±10 % too, which the
 * regions shown bound: where the masked part is a small share of it, the search still masks more
 * (a nil part would give it no room at all, hence not counted). Where two regions or more hide
 * theirs, France shows only their total, and the search decides: masking France there too (as
 * the previous rule did) hid France's indicators of 1 128 dental centres on generated national
 * data; counting one, France's masked cells fall from 1 349 to 572 and the release's from 123 978
 * to 121 717, in about the same time.
 */
function franceOverMasked(release: ReleaseRows, masked: ReadonlyMap<string, string>): string[] {
  const regions = new Map<string, number[]>();
  const id = (index: number) => {
    const table = release.tables[index]!;
    const row = release.rows[index]!;
    return JSON.stringify([
      table,
      ...tableSpec(table)
        .keys.filter((key) => key.name !== 'niveau' && key.name !== 'code')
        .map((key) => row[key.name] ?? null),
    ]);
  };
  release.rows.forEach((row, index) => {
    if (row.niveau !== 'region') return;
    const key = id(index);
    pushTo(regions, key, index);
  });
  const found: string[] = [];
  release.rows.forEach((row, index) => {
    const rule = row.niveau === 'france' ? secrecyRule(release.tables[index]!) : null;
    if (!rule) return;
    const parts = regions.get(id(index)) ?? [];
    for (const column of rule.sums) {
      const hidden = parts.filter((part) => masked.has(cellKey(part, column)) && release.rows[part]![column] !== 0);
      // Masked, a count just under its ceiling would call for the whole slice (`hugsCeiling`): shown,
      // the search protects the region's part otherwise.
      const ceiling = ceilingOf(rule, column);
      if (hidden.length === 1 && !(ceiling && hugsCeiling(Number(row[column]), Number(row[ceiling] ?? Infinity)))) found.push(cellKey(index, column));
    }
  });
  return found;
}

/** The release's independent systems: each table's slices, those a relation between tables ties in one. */
export function releaseSystems(
  release: ReleaseRows,
  threshold: number,
  seed?: ReadonlyMap<string, string>,
  byRegion = false,
  ruleOf: RuleOf = secrecyRule,
): PublishedSystem[] {
  const slices = TABLE_NAMES.flatMap((name) => tableSlices(release, name, byRegion, ruleOf));
  return tiedSlices(release, slices).map((group) =>
    buildSystem(
      release,
      group.map((at) => slices[at]!),
      threshold,
      seed,
      ruleOf,
    ),
  );
}

/** The system's cells the masks hide. */
export function maskedKeys(system: PublishedSystem, masks: ReleaseMasks): Set<string> {
  const { tables, local } = system.release;
  const masked = new Set<string>();
  for (const key of system.cells.keys()) {
    const [row, column] = splitKey(key);
    if (masks[tables[row]!]?.[local[row]!]?.has(column)) masked.add(key);
  }
  return masked;
}

function emptyMasks(tables: ReleaseTables): ReleaseMasks {
  const masks: Partial<Record<TableName, Set<string>[]>> = {};
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    if (rows) masks[name] = rows.map(() => new Set<string>());
  }
  return masks;
}

/** One table alone (unit tests, and tables no other relates to). */
export function maskTable(name: TableName, rows: ReleaseTables[TableName] & {}, threshold: number): TableMasks {
  return releaseMasks({ [name]: rows }, threshold)[name]!;
}

export function auditMasks(name: TableName, rows: ReleaseTables[TableName] & {}, masks: TableMasks, threshold: number): void {
  auditRelease({ [name]: rows }, { [name]: masks }, threshold);
}
