// Every reject rule of the contract: the exact file, physical line and column reported, and the
// tables computed from the kept rows only.
import { beforeAll, describe, expect, it } from 'vitest';
import { inputDir, type Run, run } from './helpers';

const STRUCTURES = [
  'id_structure;type_structure;categorie;nom;code_commune;departement;date_adhesion;statut', // 1
  'MSP1;MSP;;MSP Belleville;75056;75;2019-03-01;actif', // 2
  'MSP2;MSP;;MSP Créteil;94028;94;2020-01-01;actif', // 3
  'MSP3;MSP;;Commune inconnue;75999;;2020-01-01;actif', // 4 unknown commune
  'EHP1;EHPAD;;Hors liste;75056;;2020-01-01;actif', // 5 type outside the list
  'MSP4;MSP;;Mauvais département;94028;93;2020-01-01;actif', // 6 departement disagrees
  'MSP1;MSP;;Doublon;75056;75;2019-03-01;actif', // 7 duplicate key
  'CPTS1;CPTS;;CPTS statut;75056;75;2021-01-01;actif', // 8 status impossible for a CPTS
  'CDS1;CDS;dentaire;Date illisible;75056;75;31/02/2020;actif', // 9 date that does not exist
  '', // 10 blank line, ignored
  'CDS2;CDS;dentaire;Trop de champs;75056;75;2020-01-01;actif;en trop', // 11 malformed
].join('\n');

const PATIENTELE = [
  'id_structure;annee;patientele_mt;enfants_0_16;file_active;part_css', // 1
  'MSP1;2023;5000;800;9000;7,5', // 2
  'MSP2;2023;;600;5000;8', // 3 required value missing
  'MSP2;2022;-12;600;5000;8', // 4 negative count
  'MSP2;2021;12a;600;5000;8', // 5 not a number
  'MSP2;2020;3000;600;5000;120', // 6 percentage over 100
  'MSP9;2023;3000;600;5000;8', // 7 unknown structure
  'MSP3;2023;3000;600;5000;8', // 8 structure rejected in structures.csv
  'MSP2;2019;NS;600;5000;8', // 9 masked value in a required column
  'MSP1;2023;4000;700;8000;7', // 10 duplicate (MSP1, 2023)
].join('\n');

const REMUNERATIONS = [
  'id_structure;annee;montant_total;avance;solde', // 1
  'MSP1;2023;1 000,00 €;600,00 €;400,00 €', // 2
  'MSP2;2023;1 000,00 €;600,00 €;400,02 €', // 3 avance + solde differs by 0.02
  'MSP2;2022;1 000,00 €;600,00 €;400,01 €', // 4 within 0.01: kept
  'MSP2;2021;-5;;', // 5 negative amount
  'MSP2;2020;12,345;;', // 6 more than two decimals
].join('\n');

const PROFESSIONNELS = [
  'id_structure;annee;profession;effectif', // 1
  'MSP1;2023;medecin_generaliste;3', // 2
  'MSP1;2023;sorcier;1', // 3 profession outside the list
  'MSP1;2023;Infirmier;2', // 4 any case: kept
].join('\n');

const DEPISTAGE = [
  'territoire;annee;programme;taux;nb_depistes;population_cible', // 1
  '75;2023;sein;54,4;;', // 2
  '75;2023;prostate;10;;', // 3 programme outside the list
  '94;2023;sein;;60000;50000', // 4 screened exceed the target population
  '99;2023;sein;50;;', // 5 unknown territory
  'R11;2023;sein;57,5;;', // 6
  '94;2023;colorectal;;;', // 7 neither rate nor counts
].join('\n');

const CPTS_COMMUNES = [
  'id_structure;code_commune', // 1
  'CPTS9;75056', // 2 unknown structure (CPTS1 itself was rejected)
  'MSP1;75056', // 3 not a CPTS
].join('\n');

let result: Run;
beforeAll(async () => {
  result = await run(
    await inputDir({
      'structures.csv': STRUCTURES,
      'patientele.csv': PATIENTELE,
      'remunerations.csv': REMUNERATIONS,
      'professionnels.csv': PROFESSIONNELS,
      'depistage.csv': DEPISTAGE,
      'cpts_communes.csv': CPTS_COMMUNES,
    }),
  );
});

const where = async () => (await result.rejects()).map((reject) => `${reject.file}:${reject.line}:${reject.column}`);

describe('rejected rows', () => {
  it('lists every broken rule with its file, physical line and column, sorted', async () => {
    expect(await where()).toEqual([
      'cpts_communes.csv:2:id_structure',
      'cpts_communes.csv:3:id_structure',
      'depistage.csv:3:programme',
      'depistage.csv:4:nb_depistes',
      'depistage.csv:5:territoire',
      'depistage.csv:7:taux',
      'patientele.csv:3:patientele_mt',
      'patientele.csv:4:patientele_mt',
      'patientele.csv:5:patientele_mt',
      'patientele.csv:6:part_css',
      'patientele.csv:7:id_structure',
      'patientele.csv:8:id_structure',
      'patientele.csv:9:patientele_mt',
      'patientele.csv:10:id_structure',
      'professionnels.csv:3:profession',
      'remunerations.csv:3:montant_total',
      'remunerations.csv:5:montant_total',
      'remunerations.csv:6:montant_total',
      'structures.csv:4:code_commune',
      'structures.csv:5:type_structure',
      'structures.csv:6:departement',
      'structures.csv:7:id_structure',
      'structures.csv:8:statut',
      'structures.csv:9:date_adhesion',
      'structures.csv:11:',
    ]);
  });

  it('gives the raw value and a sentence a person can act on', async () => {
    const rejects = await result.rejects();
    const at = (file: string, line: string) => rejects.find((reject) => reject.file === file && reject.line === line)!;
    expect(at('patientele.csv', '4')).toMatchObject({ value: "'-12", reason: expect.stringMatching(/^« -12 » est négatif/) });
    expect(at('patientele.csv', '3').reason).toMatch(/obligatoire et vide/);
    expect(at('patientele.csv', '5').reason).toMatch(/« 12a » n’est pas un nombre entier/);
    expect(at('patientele.csv', '9').reason).toMatch(/valeur non diffusée dans une colonne obligatoire/);
    expect(at('patientele.csv', '10')).toMatchObject({
      value: 'MSP1 / 2023',
      reason: expect.stringMatching(/répète la clé \(id_structure, annee\).*première occurrence : patientele\.csv, ligne 2/),
    });
    expect(at('remunerations.csv', '3').reason).toBe(
      'avance (600,00 €) + solde (400,02 €) = 1 000,02 €, différent de montant_total (1 000,00 €) : corriger l’un des trois montants',
    );
    expect(at('structures.csv', '6').reason).toMatch(/située dans le département 94/);
    expect(at('structures.csv', '11')).toMatchObject({
      value: 'CDS2;CDS;dentaire;Trop de champs;75056;75;2020-01-01;actif;en trop',
      reason: expect.stringMatching(/la ligne a 9 champs alors que l’en-tête en a 8/),
    });
  });

  it('computes the tables from the kept rows only', async () => {
    const patientele = await result.table('patientele');
    expect(patientele.filter((row) => row.niveau === 'region').map((row) => [row.annee, row.nb_structures, row.patientele_mt_somme])).toEqual([
      ['2023', '1', '5000'],
    ]);
    const remunerations = await result.table('remunerations');
    expect(remunerations.filter((row) => row.niveau === 'region').map((row) => [row.annee, row.nb_remunerees, row.montant_total])).toEqual([
      ['2022', '1', '1000.00'],
      ['2023', '1', '1000.00'],
    ]);
    const [counts] = await result.query(`SELECT
      (SELECT count(*) FROM structures) AS structures,
      (SELECT count(*) FROM professionnels) AS professionnels,
      (SELECT count(*) FROM depistage) AS depistage,
      (SELECT count(*) FROM rejets) AS rejets`);
    expect(counts).toEqual({ structures: 2, professionnels: 2, depistage: 2, rejets: 25 });
  });

  it('counts rows read, kept and rejected per file', () => {
    expect(result.summary.inputs.map((input) => [input.file, input.rows, input.kept, input.rejected])).toEqual([
      ['cpts_communes.csv', 2, 0, 2],
      ['depistage.csv', 6, 2, 4],
      ['patientele.csv', 9, 1, 8],
      ['professionnels.csv', 3, 2, 1],
      ['remunerations.csv', 5, 2, 3],
      ['structures.csv', 9, 2, 7],
    ]);
  });
});
