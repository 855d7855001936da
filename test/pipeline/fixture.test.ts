// The contract's acceptance test: the IDF 2023 exports (version 1) give exactly the expected tables.
// Version 2 extended two of them: professionnels gained department rows and the medecin and
// ensemble professions, cpts_couverture two columns; the version-1 files are compared with the
// rows and columns version 1 defines. The version-2 fixture is in fixture-v2.test.ts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFESSIONS, type TableName } from '../../core';
import { runPipeline } from '../../pipeline';
import { expectPublishedTable, type Projection } from './expected-tables';
import { FIXTURE, fixtureRunOf, type Run, tempDir } from './helpers';

const VERSION_1: Partial<Record<TableName, Projection>> = {
  adhesions: {},
  patientele: {},
  remunerations: {},
  professionnels: { rows: (row) => row.niveau !== 'departement' && row.profession! in PROFESSIONS },
  cpts_couverture: { leadingColumns: true },
  cds: {},
  depistage: {},
};

let idf: Run;
beforeAll(async () => {
  idf = await fixtureRunOf('idf-2023');
});

describe('runPipeline(idf-2023)', () => {
  it.each(Object.keys(VERSION_1) as TableName[])('tables/%s.csv equals the expected table (columns, rows, order, values ± 0.005)', async (name) => {
    await expectPublishedTable(idf.out, FIXTURE, name, VERSION_1[name]);
  });

  it('gives the version-2 tables from version-1 exports: remuneration groups only, the CDS and indicator tables empty', async () => {
    for (const name of ['cds_effectifs', 'cds_patientele', 'cds_remunerations', 'indicateurs', 'indicateurs_territoriaux']) {
      expect(await idf.table(name), name).toEqual([]);
    }
    const groups = (await idf.table('remunerations_groupes')).filter((row) => row.niveau === 'region');
    expect(groups.map((row) => [row.groupe, row.nb_structures])).toEqual([
      ['1', '162'],
      ['2', '0'],
      ['3', '0'],
      ['4', '0'],
      ['5', '5'],
    ]);
  });

  it('rejects nothing: rejects.csv holds its header only', async () => {
    expect(await readFile(path.join(idf.out, 'rejects.csv'), 'utf8')).toBe('file,line,column,value,reason\n');
    expect(idf.summary.rejected).toBe(0);
    expect(idf.summary.inputs.map((input) => [input.file, input.rows, input.kept])).toEqual([
      ['cpts_communes.csv', 473, 473],
      ['depistage.csv', 81, 81],
      ['patientele.csv', 167, 167],
      ['professionnels.csv', 874, 874],
      ['remunerations.csv', 167, 167],
      ['structures.csv', 1310, 1310],
    ]);
  });

  it('finds the deck’s true figures: 13 295 968,61 € paid to 162 MSP, Val-d’Oise MT 117 322', async () => {
    const remunerations = await idf.table('remunerations');
    const region = remunerations.find((row) => row.niveau === 'region')!;
    expect(region.montant_total).toBe('13295968.61');
    expect(region.avance).toBe('6034501.56');
    expect(region.nb_remunerees).toBe('162');
    expect(region.nb_prerequis_non_atteints).toBe('5');
    const patientele = await idf.table('patientele');
    expect(patientele.find((row) => row.code === '95')!.patientele_mt_somme).toBe('117322');
    expect(patientele.find((row) => row.niveau === 'region')!.patientele_mt_somme).toBe('885059');
  });

  it('publishes Parquet tables with the same rows as the CSV ones', async () => {
    const rows = await idf.query(`SELECT count(*) AS n FROM read_parquet('${idf.out}/tables/remunerations.parquet')`);
    expect(rows[0]!.n).toBe(9);
    const [total] = await idf.query(`SELECT montant_total::VARCHAR AS m FROM read_parquet('${idf.out}/tables/remunerations.parquet') WHERE niveau = 'region'`);
    expect(total!.m).toBe('13295968.61');
  });

  it('keeps the kept rows, the geography and the published tables in warehouse.duckdb', async () => {
    const [counts] = await idf.query(`SELECT
      (SELECT count(*) FROM structures) AS structures,
      (SELECT count(*) FROM ref_departements) AS departements,
      (SELECT count(*) FROM ref_regions) AS regions,
      (SELECT sum(population) FROM ref_communes WHERE region = '11') AS population_idf,
      (SELECT count(*) FROM publication.remunerations) AS remunerations`);
    expect(counts).toEqual({ structures: 1310, departements: 101, regions: 18, population_idf: 12463067, remunerations: 9 });
  });

  it('gives byte-identical table files on a second run of the same inputs', async () => {
    const out = path.join(await tempDir(), 'again');
    await runPipeline({ input: path.join(FIXTURE, 'input'), out });
    for (const file of await readdir(path.join(idf.out, 'tables'))) {
      const first = await readFile(path.join(idf.out, 'tables', file));
      const second = await readFile(path.join(out, 'tables', file));
      expect(second.equals(first), file).toBe(true);
    }
    for (const file of ['rejects.csv', 'dashboard/data.json', 'exports/remunerations.csv']) {
      expect((await readFile(path.join(out, file))).equals(await readFile(path.join(idf.out, file))), file).toBe(true);
    }
  });

  it('writes French-Excel exports: BOM, semicolons, decimal commas, French labels', async () => {
    const text = await readFile(path.join(idf.out, 'exports', 'remunerations.csv'), 'utf8');
    expect(text.startsWith('\ufeffNiveau;Code;Territoire;Année;Type de structure;Structures rémunérées;Montant total (€);')).toBe(true);
    expect(text).toContain('\r\nRégion;11;Île-de-France;2023;MSP;162;13295968,61;6034501,56;');
    expect(text).toContain("\r\nDépartement;95;Val-d'Oise;2023;MSP;18;1351925,01;");
  });
});
