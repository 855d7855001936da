// Every reading rule of the contract, through the real pipeline: what the warehouse holds after.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { inputDir, run, STRUCTURES } from './helpers';

describe('reading the exports', () => {
  it('reads a Windows-1252 file with ";" and "1 234,56 €" amounts (€, ’ and œ intact)', async () => {
    const structures = iconv.encode(
      ['id_structure;type_structure;nom;code_commune;date_adhesion;statut', 'MSP1;MSP;Maison de santé du Cœur d’Île – 100 €;75056;2019-03-01;actif'].join(
        '\r\n',
      ),
      'win1252',
    );
    const remunerations = iconv.encode(['id_structure;annee;montant_total;avance;solde', 'MSP1;2023;1 234,56 €;1 000,00 €;234,56 €'].join('\r\n'), 'win1252');
    const result = await run(await inputDir({ 'structures.csv': structures, 'remunerations.csv': remunerations }));
    expect(result.summary.inputs.map((input) => [input.file, input.encoding, input.delimiter])).toEqual([
      ['remunerations.csv', 'windows-1252', ';'],
      ['structures.csv', 'windows-1252', ';'],
    ]);
    const [row] = await result.query(
      `SELECT s.nom, r.montant_total::VARCHAR AS montant, r.avance::VARCHAR AS avance FROM remunerations r JOIN structures s USING (id_structure)`,
    );
    expect(row).toEqual({ nom: 'Maison de santé du Cœur d’Île – 100 €', montant: '1234.56', avance: '1000.00' });
  });

  it('reads a UTF-8 file with a BOM, "," delimiter and dot decimals', async () => {
    const result = await run(
      await inputDir({
        'structures.csv': STRUCTURES,
        'remunerations.csv': '\ufeffid_structure,annee,montant_total,avance,solde\nMSP1,2023,66072.82,26986.49,39086.33\n',
      }),
    );
    expect(result.summary.inputs.find((input) => input.dataset === 'remunerations')).toMatchObject({
      encoding: 'utf-8-bom',
      delimiter: ',',
      kept: 1,
    });
    const [row] = await result.query(`SELECT id_structure, montant_total::VARCHAR AS m FROM remunerations`);
    expect(row).toEqual({ id_structure: 'MSP1', m: '66072.82' });
  });

  it('reads tab-separated files and CRLF line endings, and ignores trailing empty lines', async () => {
    const result = await run(
      await inputDir({
        'structures.csv': STRUCTURES.replaceAll('\n', '\r\n'),
        'patientele.csv': 'id_structure\tannee\tpatientele_mt\tenfants_0_16\tfile_active\r\nMSP1\t2023\t5000\t800\t9000\r\n\r\n\r\n',
      }),
    );
    expect(result.summary.inputs.map((input) => [input.file, input.delimiter, input.rows, input.rejected])).toEqual([
      ['patientele.csv', '\t', 1, 0],
      ['structures.csv', ';', 4, 0],
    ]);
    const [row] = await result.query(`SELECT nom, statut FROM structures WHERE id_structure = 'CPTS1'`);
    expect(row).toEqual({ nom: 'CPTS Paris Est', statut: 'signataire' });
  });

  it('keeps quoted delimiters and line breaks inside a field, and counts physical lines after them', async () => {
    const structures = [
      'id_structure;type_structure;nom;code_commune;statut',
      'MSP1;MSP;"Maison ""Belleville""; site A\nsite B";75056;actif',
      'MSP2;MSP;MSP Ajaccio;2A004;actif',
      'MSP3;MSP;Inconnue;99999;actif',
    ].join('\n');
    const result = await run(await inputDir({ 'structures.csv': structures }));
    const [row] = await result.query(`SELECT nom FROM structures WHERE id_structure = 'MSP1'`);
    expect(row!.nom).toBe('Maison "Belleville"; site A\nsite B');
    const rejects = await result.rejects();
    expect(rejects.map((reject) => [reject.file, reject.line, reject.column, reject.value])).toEqual([['structures.csv', '5', 'code_commune', '99999']]);
  });

  it('matches accented headers in any order, in any case, and lists unknown extra columns', async () => {
    const patientele = ['Année;PATIENTELE-MT;Enfants 0-16;ID Structure;File Active;Part CSS (%);Commentaire', '2023;5 000;800;MSP1;9 000;7,5 %;rien'].join(
      '\n',
    );
    const result = await run(await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': patientele }));
    const [row] = await result.query(`SELECT id_structure, annee, patientele_mt, enfants_0_16, file_active, part_css FROM patientele`);
    expect(row).toEqual({ id_structure: 'MSP1', annee: 2023, patientele_mt: 5000, enfants_0_16: 800, file_active: 9000, part_css: 7.5 });
    expect(result.summary.inputs.find((input) => input.dataset === 'patientele')!.ignoredColumns).toEqual(['Commentaire']);
  });

  it('reads thousands separated by a space, U+00A0 or U+202F, and € or % suffixes', async () => {
    const remunerations = [
      'id_structure;annee;montant_total;avance;solde',
      'MSP1;2022;1\u00a0234\u00a0567,89\u00a0€;1\u202f000\u202f000,00 €;234 567,89€',
      'MSP1;2023;1234567.89;1000000;234567.89',
    ].join('\n');
    const result = await run(await inputDir({ 'structures.csv': STRUCTURES, 'remunerations.csv': remunerations }));
    const rows = await result.query(`SELECT annee, montant_total::VARCHAR AS m, avance::VARCHAR AS a, solde::VARCHAR AS s FROM remunerations ORDER BY annee`);
    expect(rows).toEqual([
      { annee: 2022, m: '1234567.89', a: '1000000.00', s: '234567.89' },
      { annee: 2023, m: '1234567.89', a: '1000000.00', s: '234567.89' },
    ]);
  });

  it('keeps masked values (NS, n.c., secret, -) of optional columns as null, never 0', async () => {
    const patientele = [
      'id_structure;annee;patientele_mt;enfants_0_16;file_active;part_css;part_ame',
      'MSP1;2022;5000;800;9000;NS;n.c.',
      'MSP1;2023;5000;800;9000;secret;-',
    ].join('\n');
    const result = await run(await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': patientele }));
    const rows = await result.query(`SELECT annee, part_css, part_ame FROM patientele ORDER BY annee`);
    expect(rows).toEqual([
      { annee: 2022, part_css: null, part_ame: null },
      { annee: 2023, part_css: null, part_ame: null },
    ]);
  });

  it('reads dates as YYYY-MM-DD or DD/MM/YYYY and booleans in French or English, any case', async () => {
    const structures = [
      'id_structure;type_structure;code_commune;date_adhesion;date_resiliation;statut;multi_sites',
      'MSP1;msp;75056;2019-03-01;31/12/2023;Resilie;OUI',
      'MSP2;MSP;2A004;15/06/2021;;actif;n',
      'MSP3;MSP;01053;2020-01-01;;actif;Vrai',
      'MSP4;MSP;97101;2020-01-01;;actif;0',
    ].join('\n');
    const remunerations = [
      'id_structure;annee;montant_total;prerequis_atteints;annee_complete',
      'MSP1;2023;100;Yes;FALSE',
      'MSP2;2023;200;non;o',
      'MSP3;2023;300;1;faux',
    ].join('\n');
    const result = await run(await inputDir({ 'structures.csv': structures, 'remunerations.csv': remunerations }));
    expect(
      await result.query(
        `SELECT id_structure, type_structure, strftime(date_adhesion, '%Y-%m-%d') AS adhesion, strftime(date_resiliation, '%Y-%m-%d') AS fin, statut, multi_sites FROM structures ORDER BY id_structure`,
      ),
    ).toEqual([
      { id_structure: 'MSP1', type_structure: 'MSP', adhesion: '2019-03-01', fin: '2023-12-31', statut: 'resilie', multi_sites: true },
      { id_structure: 'MSP2', type_structure: 'MSP', adhesion: '2021-06-15', fin: null, statut: 'actif', multi_sites: false },
      { id_structure: 'MSP3', type_structure: 'MSP', adhesion: '2020-01-01', fin: null, statut: 'actif', multi_sites: true },
      { id_structure: 'MSP4', type_structure: 'MSP', adhesion: '2020-01-01', fin: null, statut: 'actif', multi_sites: false },
    ]);
    expect(await result.query(`SELECT id_structure, prerequis_atteints AS p, annee_complete AS c FROM remunerations ORDER BY 1`)).toEqual([
      { id_structure: 'MSP1', p: true, c: false },
      { id_structure: 'MSP2', p: false, c: true },
      { id_structure: 'MSP3', p: true, c: false },
    ]);
  });

  it('keeps codes as text: leading zeros, Corsica and overseas; derives the department from the commune', async () => {
    const structures = [
      'id_structure;type_structure;code_commune;departement;statut',
      'MSP1;MSP;01053;01;actif',
      'MSP2;MSP;2A004;;actif',
      'MSP3;MSP;97101;;actif',
      'MSP4;MSP;75112;;actif',
    ].join('\n');
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect(await result.query(`SELECT id_structure, code_commune, departement, region FROM structures ORDER BY 1`)).toEqual([
      { id_structure: 'MSP1', code_commune: '01053', departement: '01', region: '84' },
      { id_structure: 'MSP2', code_commune: '2A004', departement: '2A', region: '94' },
      { id_structure: 'MSP3', code_commune: '97101', departement: '971', region: '01' },
      { id_structure: 'MSP4', code_commune: '75112', departement: '75', region: '11' },
    ]);
  });

  it('reads several files of one dataset together (patientele_2022.csv, patientele_2023.csv)', async () => {
    const header = 'id_structure;annee;patientele_mt;enfants_0_16;file_active';
    const result = await run(
      await inputDir({
        'structures.csv': STRUCTURES,
        'patientele_2022.csv': `${header}\nMSP1;2022;4000;700;8000\n`,
        'patientele_2023.csv': `${header}\nMSP1;2023;5000;800;9000\nMSP2;2023;3000;600;5000\n`,
      }),
    );
    const table = await result.table('patientele');
    expect(table.filter((row) => row.niveau === 'region').map((row) => [row.code, row.annee, row.nb_structures, row.patientele_mt_somme])).toEqual([
      ['11', '2022', '1', '4000'],
      ['11', '2023', '1', '5000'],
      ['94', '2023', '1', '3000'],
    ]);
  });

  it('falls back to the byte-level scan when DuckDB refuses a plain file (field count, mixed line breaks)', async () => {
    const patientele = [
      'id_structure;annee;patientele_mt;enfants_0_16;file_active\r\n',
      'MSP1;2021;5000;800;9000\n',
      'MSP1;2022;5000;800;9000;12\r\n',
      'MSP1;2023;5100;810;9100\n',
    ].join('');
    const result = await run(await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': patientele }));
    expect((await result.rejects()).map((reject) => [reject.file, reject.line, reject.column])).toEqual([['patientele.csv', '3', '']]);
    expect(result.summary.inputs.find((input) => input.dataset === 'patientele')).toMatchObject({ rows: 3, kept: 2, rejected: 1 });
    expect(await result.query('SELECT annee, patientele_mt FROM patientele ORDER BY annee')).toEqual([
      { annee: 2021, patientele_mt: 5000 },
      { annee: 2023, patientele_mt: 5100 },
    ]);
  });
});
