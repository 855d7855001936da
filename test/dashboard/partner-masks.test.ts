// A partner may hold a region's report and the dashboard's partner build together: the two must
// hide exactly the same cells of that region (else one shows what the other hides, and the sums
// give the rest back). On the v2 fixture through the real pipeline, and on a two-region table with
// a France row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskTable, TABLE_NAMES, type TableName, tableSpec } from '../../core';
import type { PublishedTables, Row } from '../../core/published/published-tables';
import { dashboardMasks } from '../../dashboard/tools/partner-data';
import { buildReportTables, type ReportTables, readReportSource, resolveScope } from '../../reports';
import { type PipelineRun, runFixturePipeline } from '../reports/helpers/pipeline-run';

const SECRET = 11;
let pipeline: PipelineRun;
let published: PublishedTables;
let report: ReportTables;

beforeAll(async () => {
  pipeline = await runFixturePipeline('idf-2023-v2');
  const source = await readReportSource(pipeline.out);
  published = source.tables;
  report = buildReportTables(published, resolveScope(published, source.run, {}), SECRET);
}, 180_000);
afterAll(() => pipeline.cleanup());

const keyOf = (name: TableName, row: Row) => JSON.stringify(tableSpec(name).keys.map((column) => row[column.name]));

describe(`the dashboard's partner build and the region's report (--secret ${SECRET}, v2 fixture)`, () => {
  it('hide the same cells in every table', () => {
    let compared = 0;
    let hidden = 0;
    for (const name of TABLE_NAMES) {
      const fromReport = new Map(report[name].rows.map((row, index) => [keyOf(name, row), [...report[name].masks[index]!].sort()]));
      const rows = published[name];
      const masks = dashboardMasks(name, rows, SECRET);
      rows.forEach((row, index) => {
        const expected = fromReport.get(keyOf(name, row));
        if (expected === undefined) return;
        compared++;
        hidden += expected.length;
        expect([...masks[index]!].sort(), `${name} ${keyOf(name, row)}`).toEqual(expected);
      });
    }
    expect(compared).toBeGreaterThan(1500);
    expect(hidden).toBeGreaterThan(1000);
  }, 180_000);
});

describe('masks do not depend on the order of the rows', () => {
  it('gives the same cells for the rows reversed', () => {
    const rows = published.cds_effectifs;
    const forward = maskTable('cds_effectifs', rows, SECRET);
    const backward = [...maskTable('cds_effectifs', [...rows].reverse(), SECRET)].reverse();
    expect(backward.map((set) => [...set].sort())).toEqual(forward.map((set) => [...set].sort()));
    expect(forward.some((set) => set.size > 0)).toBe(true);
  }, 120_000);
});

describe('a France row beside two regions', () => {
  it('hides each figure a region hides, with its extremes and means, and each region keeps its own masks', () => {
    const row = (niveau: string, code: string, nb: number, montant: number): Row => ({
      niveau,
      code,
      annee: 2023,
      type_structure: 'MSP',
      nb_remunerees: nb,
      montant_total: montant,
      avance: montant * 0.4,
      solde: montant * 0.6,
      moyenne: montant / nb,
      moyenne_annee_complete: montant / nb,
      minimum: montant / nb / 2,
      maximum: (montant / nb) * 2,
      nb_prerequis_non_atteints: 0,
    });
    const corse = [row('departement', '2A', 1, 34023.49), row('departement', '2B', 12, 663000), row('region', '94', 13, 697023.49)];
    const bretagne = [
      row('departement', '22', 30, 2e6),
      row('departement', '29', 40, 3e6),
      row('departement', '35', 50, 4e6),
      row('departement', '56', 35, 2.5e6),
      row('region', '53', 155, 11.5e6),
    ];
    const france = row('france', 'FR', 168, 12197023.49);
    const rows = [...corse, ...bretagne, france];
    const masks = dashboardMasks('remunerations', rows, SECRET);
    expect(masks.slice(0, 3).map((set) => [...set].sort())).toEqual(maskTable('remunerations', corse, SECRET).map((set) => [...set].sort()));
    expect(masks.slice(3, 8).map((set) => [...set].sort())).toEqual(maskTable('remunerations', bretagne, SECRET).map((set) => [...set].sort()));
    for (const column of masks[2]!) expect(masks[8]!.has(column), column).toBe(true);
    expect(masks[8]!.has('minimum') && masks[8]!.has('maximum') && masks[8]!.has('moyenne')).toBe(true);
  });
});
