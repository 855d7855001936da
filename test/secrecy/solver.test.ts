// The masking search's programs on the version-2 fixture: every relation the engine writes holds
// at the true values (an indicator's weight is a share of its own CDS group's amounts, not of every
// group's), and the search run with every group on HiGHS (`highsSolver`, as partner reports run
// their large groups) chooses the in-house search's masks, which both audits pass and the attacker
// cannot break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRelease, highsSolver, type PublishedTables, releaseMasks, releaseRows, releaseSystems } from '../../core';
import { readPublishedTables } from '../../pipeline';
import { checkMasks, independentAudit } from '../../reports';
import { highsOnce } from '../../reports/release/highs';
import { parallelReleaseMasks } from '../../reports/release/parallel-masks';
import { type PipelineRun, runFixturePipeline } from '../reports/helpers/pipeline-run';
import { attack, breaches } from './attacker';
import { shown } from './rows';

let run: PipelineRun;
let truth: PublishedTables;

beforeAll(async () => {
  run = await runFixturePipeline('idf-2023-v2');
  truth = await readPublishedTables(run.out);
}, 600_000);
afterAll(() => run.cleanup());

describe('the masking search on the version-2 fixture', () => {
  it('writes only relations the true values satisfy, region by region and for the whole release', () => {
    const release = releaseRows(truth);
    const broken: string[] = [];
    let relations = 0;
    for (const byRegion of [true, false]) {
      for (const system of releaseSystems(release, 11, undefined, byRegion)) {
        for (const constraint of system.constraints) {
          relations++;
          const total = constraint.terms.reduce((sum, { cell, coef }) => sum + coef * (system.cells.get(cell)?.value ?? 0), constraint.constant);
          const off = constraint.sense === 'eq' ? Math.abs(total) : Math.max(0, total);
          if (off > 1e-9 * system.scale) broken.push(`${release.tables[Number(constraint.terms[0]!.cell.split(':')[0])]} ${constraint.terms[0]!.cell}: ${off}`);
        }
      }
    }
    expect(relations).toBeGreaterThan(1_000);
    // The weights of CDS indicators were written over both CDS groups of an area: 1 016 relations off.
    expect(broken).toEqual([]);
  });

  it('chooses the same masks with every group on HiGHS, and they hold against both audits and the attacker', async () => {
    const inHouse = releaseMasks(truth, 11);
    const highs = await highsOnce();
    const solver = highsSolver(highs, 0);
    const onHighs = releaseMasks(truth, 11, { solver });
    const listed = (masks: typeof inHouse) =>
      Object.entries(masks).flatMap(([name, rows]) => rows!.flatMap((columns, row) => [...columns].map((column) => `${name}:${row}:${column}`)));
    expect(listed(onHighs).length).toBeGreaterThan(100);
    expect(listed(onHighs).sort()).toEqual(listed(inHouse).sort());
    expect(() => auditRelease(truth, onHighs, 11)).not.toThrow();
    // The in-house audit with its large groups on HiGHS, as partner reports run it.
    expect(() => auditRelease(truth, onHighs, 11, { solver: highsSolver(highs, 0) })).not.toThrow();
    await expect(independentAudit(truth, onHighs, 11)).resolves.toBeUndefined();
    expect(breaches(await attack(shown(truth, onHighs), truth), 11)).toEqual([]);
  }, 600_000);

  it('finds on two threads the very masks one thread finds, with and without an earlier release', async () => {
    const listed = (masks: ReturnType<typeof releaseMasks>) =>
      Object.entries(masks).flatMap(([name, rows]) => rows!.flatMap((columns, row) => [...columns].map((column) => `${name}:${row}:${column}`)));
    // Several systems a phase: the worker takes the first, this thread the next.
    expect(releaseSystems(releaseRows(truth), 11, undefined, true).length).toBeGreaterThan(4);
    const highs = await highsOnce();
    const one = releaseMasks(truth, 11, { solver: highsSolver(highs) });
    const two = await parallelReleaseMasks(truth, 11, { fromCells: 0, workerFirst: true });
    expect(listed(two).length).toBeGreaterThan(100);
    expect(listed(two)).toEqual(listed(one));
    const later = releaseMasks(truth, 15, { seed: one, solver: highsSolver(highs) });
    expect(listed(await parallelReleaseMasks(truth, 15, { seed: one, fromCells: 0, workerFirst: true }))).toEqual(listed(later));
  }, 600_000);

  it('audits on both cores as on one: passes sound masks, names the in-house audit’s breach first', async () => {
    const masks = releaseMasks(truth, 11, { solver: highsSolver(await highsOnce()) });
    await expect(checkMasks(truth, masks, 11, 0)).resolves.toBeUndefined();
    // A pay row's full-year mean shown again: the in-house audit's sentence, as on one thread.
    const leaky = {
      ...masks,
      remunerations: masks.remunerations!.map((columns) => new Set([...columns].filter((column) => column !== 'moyenne_annee_complete'))),
    };
    const message = (promise: Promise<unknown>) =>
      promise.then(
        () => 'passed',
        (error: unknown) => `${(error as Error).constructor.name}: ${(error as Error).message}`,
      );
    const apart = await message(checkMasks(truth, leaky, 11, 0));
    expect(apart).toMatch(/^SecrecyBreach: secret statistique non garanti .*Moyenne année complète/);
    expect(apart).toBe(await message(checkMasks(truth, leaky, 11)));
  }, 600_000);
});
