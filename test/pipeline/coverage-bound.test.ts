// CPTS coverage can never exceed 100 %: a CPTS without territory counts its declared population only
// up to what its department's covered communes leave (its communes are unknown), and the control
// cpts_population_declaree names it. On the sample it used to reach 102,6 % for the region and
// 110,8 % in Val-d'Oise « avec les projets ».
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type FixtureName, fixtureRun } from '../support/fixture-runs';

async function coverage(name: FixtureName): Promise<Record<string, string>[]> {
  const { out } = await fixtureRun(name);
  return Papa.parse<Record<string, string>>(await readFile(path.join(out, 'tables', 'cpts_couverture.csv'), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
}

describe('CPTS coverage rates', () => {
  it.each(['idf-2023', 'idf-2023-v2', 'sample', 'national'] as const)('never exceed 100 % on %s, with or without the projects', async (name) => {
    const rows = await coverage(name);
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) {
      expect(Number(row.population_couverte), `${row.niveau} ${row.code}`).toBeLessThanOrEqual(Number(row.population));
      expect(Number(row.population_couverte_avec_projets), `${row.niveau} ${row.code}`).toBeLessThanOrEqual(Number(row.population));
      expect(Number(row.taux_couverture_avec_projets)).toBeLessThanOrEqual(100);
    }
  });

  it('bounds Val-d’Oise at its population on the sample and names the CPTS whose declared population overlaps', async () => {
    const rows = await coverage('sample');
    const valDOise = rows.find((row) => row.niveau === 'departement' && row.code === '95')!;
    expect(Number(valDOise.population_couverte_avec_projets)).toBe(Number(valDOise.population));
    const region = rows.find((row) => row.niveau === 'region')!;
    expect(Number(region.taux_couverture_avec_projets)).toBeCloseTo(98.1, 1);
    const { out } = await fixtureRun('sample');
    const controls = Papa.parse<Record<string, string>>(await readFile(path.join(out, 'controles.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const overlap = controls.filter((row) => row.controle === 'cpts_population_declaree');
    expect(overlap.map((row) => `${row.code} ${row.id_structure}`)).toContain('95 CPTS950011');
    expect(overlap.find((row) => row.id_structure === 'CPTS950011')!.message).toBe(
      'CPTS CPTS950011 sans territoire dans cpts_communes : sa population déclarée (138 500 habitants) chevauche des communes déjà couvertes du département 95, dont le taux est borné à 100 % ; ajouter ses communes à cpts_communes pour un taux exact',
    );
  });
});
