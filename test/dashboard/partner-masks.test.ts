// Masks are decided once for a release, over every table (test/secrecy/release.test.ts compares
// every file of one): they do not depend on the order of the rows, and on data spanning several
// regions a France row adds no way back to a region's masked figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditRelease, maskTable, type PublishedTables, releaseMasks } from '../../core';
import { readPublishedTables } from '../../pipeline';
import { remunerationRow } from '../secrecy/rows';
import { fixtureRun } from '../support/fixture-runs';

const SECRET = 11;
let published: PublishedTables;

beforeAll(async () => {
  published = await readPublishedTables((await fixtureRun('idf-2023-v2')).out);
}, 180_000);

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
  it('hides the single MSP of Corse-du-Sud so that France = Σ regions does not give it back', () => {
    const row = remunerationRow;
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
    const masks = releaseMasks({ remunerations: rows }, SECRET).remunerations!;
    // Corse-du-Sud's single paid MSP: every figure hidden, and the audit finds no way back through
    // France = Σ regions.
    for (const column of ['montant_total', 'avance', 'solde', 'moyenne']) expect(masks[0]!.has(column), column).toBe(true);
    expect(() => auditRelease({ remunerations: rows }, { remunerations: masks }, SECRET)).not.toThrow();
    expect(masks[8]!.has('minimum') && masks[8]!.has('maximum')).toBe(true);
  });
});
