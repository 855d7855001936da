// Contract version 2's acceptance test: the IDF 2023 version-2 exports (the version-1 structures
// plus CDS rows, 2022 MSP remunerations, indicators and territorial indicators) give exactly every
// expected table, of both versions, and reject nothing.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '../../core';
import { runPipeline } from '../../pipeline';
import { expectPublishedTable } from './expected-tables';
import { FIXTURE_V2, fixtureRunOf, type Run, tempDir } from './helpers';

let idf: Run;
beforeAll(async () => {
  idf = await fixtureRunOf('idf-2023-v2');
});

/** Version 3's tables have no expected file in the version-2 fixture. */
const VERSION_3_TABLES: readonly TableName[] = ['evenements', 'msp_profil'];
const VERSION_2_TABLES = TABLE_NAMES.filter((name) => !VERSION_3_TABLES.includes(name));

const region = (rows: Record<string, string>[]) => rows.filter((row) => row.niveau === 'region');

describe('runPipeline(idf-2023-v2)', () => {
  it('has an expected file for every published table but those of version 3', async () => {
    const expected = (await readdir(path.join(FIXTURE_V2, 'expected'))).filter((file) => file !== 'rejects.csv');
    expect(expected.sort()).toEqual(VERSION_2_TABLES.map((name) => `${name}.csv`).sort());
  });

  it.each(VERSION_2_TABLES)('tables/%s.csv equals the expected table (columns, rows, order, values ± 0.005)', async (name) => {
    // Version 3 adds a breakdown to the territorial indicators: their totals are version 2's rows.
    await expectPublishedTable(
      idf.out,
      FIXTURE_V2,
      name,
      name === 'indicateurs_territoriaux' ? { someColumns: true, rows: (row) => row.dimension === '' && row.modalite === '' } : {},
    );
  });

  it('gives version 3’s tables from version-2 exports: no event, an MSP profile from structures and patientèle', async () => {
    expect(await idf.table('evenements')).toEqual([]);
    const profile = region(await idf.table('msp_profil'));
    expect(profile.map((row) => [row.annee, row.nb_msp, row.nb_multi_sites])).toEqual([['2023', '167', '140']]);
  });

  it('rejects nothing: rejects.csv holds its header only', async () => {
    expect(await readFile(path.join(idf.out, 'rejects.csv'), 'utf8')).toBe('file,line,column,value,reason\n');
    expect(idf.summary.inputs.map((input) => [input.file, input.dataset, input.rows, input.kept, input.ignoredColumns])).toEqual([
      ['cpts_communes.csv', 'cpts_communes', 719, 719, []],
      ['depistage.csv', 'depistage', 81, 81, []],
      ['indicateurs.csv', 'indicateurs', 16180, 16180, []],
      ['indicateurs_territoriaux.csv', 'indicateurs_territoriaux', 24, 24, []],
      ['patientele.csv', 'patientele', 1023, 1023, []],
      ['professionnels.csv', 'professionnels', 3766, 3766, []],
      ['remunerations.csv', 'remunerations', 2023, 2023, []],
      ['structures.csv', 'structures', 1310, 1310, []],
    ]);
  });

  it('finds the deck’s figures: CDS polyvalent/medical paid 24 502 551,41 €, Accessibilité 310 of 428, Mon soutien psy 359, CPTS 92,02 % with projects', async () => {
    const cds = region(await idf.table('cds_remunerations')).find((row) => row.annee === '2023' && row.categorie === 'polyvalent_medical')!;
    expect([cds.nb_remunerees, cds.montant_total, cds.trop_percu]).toEqual(['386', '24502551.41', '90454.63']);
    const accessibilite = region(await idf.table('indicateurs')).find(
      (row) => row.type_structure === 'CDS' && row.categorie === 'polyvalent_medical' && row.indicateur === 'cds_accessibilite',
    )!;
    expect([accessibilite.axe, accessibilite.nb_atteint, accessibilite.nb_structures]).toEqual(['Accès aux soins', '310', '428']);
    const psy = region(await idf.table('indicateurs_territoriaux')).find((row) => row.indicateur === 'psychologues_mon_soutien_psy')!;
    expect([psy.periode, psy.valeur, psy.unite]).toEqual(['2024-02', '359.0', 'nombre']);
    const cpts = region(await idf.table('cpts_couverture'))[0]!;
    expect(Number(cpts.taux_couverture_avec_projets).toFixed(2)).toBe('92.02');
  });

  it('keeps a CDS’s not-applicable patientèle as null in the warehouse, never 0', async () => {
    const [dental] = await idf.query(`SELECT patientele_mt, enfants_0_16, file_active, file_active_dentaire
      FROM patientele WHERE id_structure = 'CDS750305' AND annee = 2023`);
    expect(dental).toEqual({ patientele_mt: null, enfants_0_16: null, file_active: null, file_active_dentaire: 3027 });
  });

  it('gives byte-identical files on a second run of the same inputs', async () => {
    const out = path.join(await tempDir(), 'again');
    await runPipeline({ input: path.join(FIXTURE_V2, 'input'), out });
    for (const file of await readdir(path.join(idf.out, 'tables'))) {
      const first = await readFile(path.join(idf.out, 'tables', file));
      expect((await readFile(path.join(out, 'tables', file))).equals(first), file).toBe(true);
    }
    for (const file of ['dashboard/data.json', 'exports/cds_effectifs.csv', 'exports/indicateurs.csv']) {
      expect((await readFile(path.join(out, file))).equals(await readFile(path.join(idf.out, file))), file).toBe(true);
    }
  });

  it('publishes the new tables as Parquet and French-Excel exports too', async () => {
    // Region rows, 2022 and 2023, four groups each: 75 191 453,44 € + 68 790 333,66 €, in DECIMAL.
    const [parquet] = await idf.query(
      `SELECT count(*) AS n, sum(montant_total)::VARCHAR AS total FROM read_parquet('${idf.out}/tables/cds_remunerations.parquet') WHERE niveau = 'region'`,
    );
    expect(parquet).toEqual({ n: 8, total: '143981787.10' });
    const text = await readFile(path.join(idf.out, 'exports', 'cds_remunerations.csv'), 'utf8');
    expect(text.startsWith('\ufeffNiveau;Code;Territoire;Année;Catégorie de centres;Centres rémunérés;Montant total (€);')).toBe(true);
    expect(text).toContain('\r\nRégion;11;Île-de-France;2023;Polyvalents et médicaux;386;24502551,41;');
  });
});
