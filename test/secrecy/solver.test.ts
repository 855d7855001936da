// The masking search's programs on the version-2 fixture: every relation the engine writes holds
// at the true values (an indicator's weight is a share of its own CDS group's amounts, not of every
// group's), and the search run with every group on HiGHS (`highsSolver`, as partner reports run
// their large groups) chooses the in-house search's masks, which both audits pass and the attacker
// cannot break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRelease, highsSolver, type PublishedTables, releaseMasks, releaseRows, releaseSystems } from '../../core';
import { readPublishedTables } from '../../pipeline';
import { independentAudit } from '../../reports';
import { highsOnce } from '../../reports/release/highs';
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
});
