// Exports as internal tools really write them: a line pasted from another encoding, a stray CR,
// a delimiter ending every line, headers as the tools print them, and the user's own labels.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputFileError, runPipeline } from '../../pipeline';
import { inputDir, run, STRUCTURES, tempDir } from './helpers';

const ENCODING_REASON = 'l’encodage de cette ligne (Windows-1252, sans doute collée depuis un autre outil) n’est pas celui du fichier (UTF-8)';

async function failure(files: Record<string, string | Buffer>, columnMapping?: string): Promise<InputFileError> {
  const input = await inputDir(files);
  const error = await runPipeline({ input, out: path.join(await tempDir(), 'out'), ...(columnMapping ? { columnMapping } : {}) }).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('encoding decided per file, on the evidence of its lines', () => {
  it('reads a UTF-8 export with one Windows-1252 line as UTF-8: every good row keeps its accents, the bad line is rejected', async () => {
    const structures = Buffer.concat([
      Buffer.from(
        [
          'id_structure;type_structure;Catégorie;nom;code_commune;statut',
          'MSP1;MSP;;Maison de santé Belleville;75056;actif',
          'CDS1;CDS;dentaire;Centre dentaire Saint-Étienne;75056;actif',
          'CDS2;CDS;medical;Centre médical Crimée;75056;actif',
          '',
        ].join('\n'),
      ),
      iconv.encode('CDS3;CDS;polyvalent;Centre « Hôpital » Lariboisière;75056;actif\n', 'win1252'),
      Buffer.from('CDS4;CDS;infirmier;Soins infirmiers Créteil;94028;actif\n'),
    ]);
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect(result.summary.inputs[0]).toMatchObject({ encoding: 'utf-8', rows: 5, kept: 4, rejected: 1, ignoredColumns: [] });
    expect(await result.rejects()).toEqual([
      {
        file: 'structures.csv',
        line: '5',
        column: '',
        value: 'CDS3;CDS;polyvalent;Centre « Hôpital » Lariboisière;75056;actif',
        reason: `${ENCODING_REASON} : corriger ses caractères accentués ou ré-exporter le fichier en « CSV UTF-8 »`,
      },
    ]);
    const names = await result.query('SELECT id_structure, nom, categorie FROM structures ORDER BY id_structure');
    expect(names).toEqual([
      { id_structure: 'CDS1', nom: 'Centre dentaire Saint-Étienne', categorie: 'dentaire' },
      { id_structure: 'CDS2', nom: 'Centre médical Crimée', categorie: 'medical' },
      { id_structure: 'CDS4', nom: 'Soins infirmiers Créteil', categorie: 'infirmier' },
      { id_structure: 'MSP1', nom: 'Maison de santé Belleville', categorie: null },
    ]);
    // The header kept its meaning: the centres are counted by category (they were all 0 before).
    const cds = (await result.table('cds')).filter((row) => ['75', '94', '11'].includes(row.code!));
    expect(cds.map((row) => [row.niveau, row.code, row.nb_dentaire, row.nb_infirmier, row.nb_medical, row.nb_polyvalent, row.nb_total])).toEqual([
      ['departement', '75', '1', '0', '1', '0', '2'],
      ['departement', '94', '0', '1', '0', '0', '1'],
      ['region', '11', '1', '1', '1', '0', '3'],
    ]);
  });

  it('still reads a mostly Windows-1252 file as Windows-1252', async () => {
    const structures = iconv.encode(
      ['id_structure;type_structure;nom;code_commune;statut', 'MSP1;MSP;Santé Œuvre;75056;actif', 'MSP2;MSP;Cœur d’Île;2A004;actif'].join('\r\n'),
      'win1252',
    );
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect(result.summary.inputs[0]).toMatchObject({ encoding: 'windows-1252', kept: 2, rejected: 0 });
    expect((await result.query('SELECT nom FROM structures ORDER BY id_structure')).map((row) => row.nom)).toEqual(['Santé Œuvre', 'Cœur d’Île']);
  });

  it('refuses a header that a wrong encoding garbled into a near copy of a column, naming both', async () => {
    // UTF-8 only in the header, Windows-1252 in the rows: the file is read as Windows-1252.
    const structures = Buffer.concat([
      Buffer.from('id_structure;type_structure;Catégorie;nom;code_commune\n'),
      iconv.encode('CDS1;CDS;dentaire;Centre dentaire Évry;91228\nCDS2;CDS;medical;Centre médical;91228\n', 'win1252'),
    ]);
    const error = await failure({ 'structures.csv': structures });
    expect(error.message).toBe(
      'structures.csv:1 (colonne CatÃ©gorie) : la colonne « CatÃ©gorie » ressemble à la colonne categorie sans lui correspondre. ' +
        'Si le fichier a été enregistré dans un autre encodage, le ré-exporter en « CSV UTF-8 » ; sinon renommer l’en-tête en categorie, ' +
        'ou ajouter au fichier --colonnes la ligne « structures,CatÃ©gorie,categorie ».',
    );
  });
});

describe('records DuckDB cannot read as they are', () => {
  // A lone CR in free text is kept as a space instead (carriage-return-text.test.ts).
  it('rejects a line whose unquoted code holds a stray CR, with its line, and reads the others', async () => {
    const structures = `${STRUCTURES.replace('2A004', '2A\r004')}\n`;
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect(result.summary.inputs[0]).toMatchObject({ rows: 4, kept: 3, rejected: 1 });
    const [reject] = await result.rejects();
    expect(reject).toMatchObject({ file: 'structures.csv', line: '3', column: '' });
    expect(reject!.reason).toMatch(/^un retour chariot isolé \(CR\) coupe un champ qui n’est pas entre guillemets/);
    expect((await result.query('SELECT id_structure FROM structures ORDER BY 1')).map((row) => row.id_structure)).toEqual(['CDS1', 'CPTS1', 'MSP1']);
  });

  it('the same in a CRLF file with quoted fields (the byte-level path from the start)', async () => {
    const structures = [
      'id_structure;type_structure;nom;code_commune',
      'MSP1;MSP;"Belleville";75056',
      'MSP2;MSP;Ajaccio;2A\r004',
      'MSP3;MSP;Bastia;2B033',
      '',
    ].join('\r\n');
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect((await result.rejects()).map((reject) => reject.line)).toEqual(['3']);
    expect(result.summary.inputs[0]).toMatchObject({ kept: 2, rejected: 1 });
  });

  it('reads a delimiter ending every line (`a;b;c;`) as if absent, and rejects a value after it', async () => {
    const structures = `${STRUCTURES.split('\n')
      .map((line) => `${line};`)
      .join('\r\n')}\r\nMSP9;MSP;;X;75056;75;2019-03-01;;actif;oups\r\n`;
    const patientele = 'id_structure;annee;patientele_mt;enfants_0_16;file_active;\nMSP1;2023;5000;800;9000;\n';
    const result = await run(await inputDir({ 'structures.csv': structures, 'patientele.csv': patientele }));
    expect(result.summary.inputs.map((input) => [input.file, input.kept, input.rejected, input.ignoredColumns])).toEqual([
      ['patientele.csv', 1, 0, []],
      ['structures.csv', 4, 1, []],
    ]);
    const [reject] = await result.rejects();
    expect(reject).toMatchObject({ line: '6', value: 'MSP9;MSP;;X;75056;75;2019-03-01;;actif;oups' });
    expect(reject!.reason).toMatch(/valeur après le dernier point-virgule, dans une colonne sans nom/);
    expect(await result.query(`SELECT statut, patientele_mt FROM structures JOIN patientele USING (id_structure)`)).toEqual([
      { statut: 'actif', patientele_mt: 5000 },
    ]);
  });
});

describe('headers as internal tools print them', () => {
  it('accepts the labels of internal tools and says which label filled which column', async () => {
    const structures = [
      'Identifiant structure;type_structure;nom;Code INSEE;Date d’adhésion;Date de résiliation;statut',
      'MSP1;MSP;Maison Belleville;75056;01/03/2019;;actif',
      'MSP2;MSP;Maison Ajaccio;2A004;2021-01-01;31/12/2023;resilie',
    ].join('\n');
    const professionnels = ['N° structure;Année de référence;profession;Nb professionnels', 'MSP1;2023;infirmier;3', 'MSP2;2023;infirmier;2'].join('\n');
    const remunerations = ['Identifiant structure;Année;Montant total versé', 'MSP1;2023;50 000,00 €'].join('\n');
    const result = await run(await inputDir({ 'structures.csv': structures, 'professionnels.csv': professionnels, 'remunerations.csv': remunerations }));
    expect(result.summary.rejected).toBe(0);
    expect(result.summary.inputs.map((input) => [input.file, input.aliases.map((alias) => `${alias.label} → ${alias.column}`)])).toEqual([
      ['professionnels.csv', ['N° structure → id_structure', 'Année de référence → annee', 'Nb professionnels → effectif']],
      ['remunerations.csv', ['Identifiant structure → id_structure', 'Montant total versé → montant_total']],
      [
        'structures.csv',
        ['Identifiant structure → id_structure', 'Code INSEE → code_commune', 'Date d’adhésion → date_adhesion', 'Date de résiliation → date_resiliation'],
      ],
    ]);
    expect(await result.query(`SELECT id_structure, date_adhesion::VARCHAR AS a, date_resiliation::VARCHAR AS r FROM structures ORDER BY 1`)).toEqual([
      { id_structure: 'MSP1', a: '2019-03-01', r: null },
      { id_structure: 'MSP2', a: '2021-01-01', r: '2023-12-31' },
    ]);
    expect(await result.query(`SELECT id_structure, annee, effectif FROM professionnels ORDER BY 1`)).toEqual([
      { id_structure: 'MSP1', annee: 2023, effectif: 3 },
      { id_structure: 'MSP2', annee: 2023, effectif: 2 },
    ]);
    expect(await result.query(`SELECT montant_total::VARCHAR AS m FROM remunerations`)).toEqual([{ m: '50000.00' }]);
  });

  it('prefers the exact column name, then the first alias listed (Code INSEE before Commune)', async () => {
    const structures = ['id_structure;Identifiant structure;type_structure;Commune;Code INSEE', 'MSP1;X;MSP;Paris;75056'].join('\n');
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect(result.summary.inputs[0]).toMatchObject({ kept: 1, ignoredColumns: ['Identifiant structure', 'Commune'] });
    expect(result.summary.inputs[0]!.aliases).toEqual([{ label: 'Code INSEE', column: 'code_commune', source: 'intégré' }]);
  });

  it('a missing column names the closest header and the line to add to the mapping file; the mapping file then reads it', async () => {
    const patientele = ['id_structure;annee;Patients MT déclarés;enfants_0_16;file_active', 'MSP1;2023;5000;800;9000'].join('\n');
    const files = { 'structures.csv': STRUCTURES, 'patientele.csv': patientele };
    const error = await failure(files);
    expect(error.message).toContain('colonne obligatoire absente : patientele_mt.');
    expect(error.message).toContain(
      'En-tête le plus proche de patientele_mt dans le fichier : « Patients MT déclarés » ; si c’est bien cette colonne, ajouter au fichier --colonnes la ligne « patientele,Patients MT déclarés,patientele_mt ».',
    );

    const mapping = path.join(await tempDir(), 'mapping.csv');
    await writeFile(mapping, '\ufeffdataset;libelle;colonne\r\npatientele;Patients MT déclarés;patientele_mt\r\n');
    const input = await inputDir(files);
    const summary = await runPipeline({ input, out: path.join(await tempDir(), 'out'), columnMapping: mapping });
    const read = summary.inputs.find((entry) => entry.dataset === 'patientele')!;
    expect(read).toMatchObject({ kept: 1, ignoredColumns: [] });
    expect(read.aliases).toEqual([{ label: 'Patients MT déclarés', column: 'patientele_mt', source: 'fichier' }]);
  });

  it('refuses a mapping file naming an unknown dataset or column, with its line', async () => {
    const mapping = path.join(await tempDir(), 'mapping.csv');
    await writeFile(mapping, 'dataset,libelle,colonne\npatientele,Patients,patientele_mt\npatientele,Enfants,enfants\n');
    const input = await inputDir({ 'structures.csv': STRUCTURES });
    await expect(runPipeline({ input, out: path.join(await tempDir(), 'out'), columnMapping: mapping })).rejects.toThrow(
      `--colonnes ${mapping}, ligne 3 : « enfants » n’est pas une colonne de patientele`,
    );
  });
});

describe('names as people type them, in the dashboard’s drill-down lists', () => {
  it('keeps a `#`, a comma, quotes and a backslash in every list, each file readable as JSON', async () => {
    const names = ['MSP #2 « Les Tilleuls »', 'Centre "Pasteur", annexe', 'MSP A\\B'];
    const structures = [
      'id_structure;type_structure;categorie;nom;code_commune;departement;date_adhesion;date_resiliation;statut',
      `MSP1;MSP;;${names[0]};75056;75;2019-03-01;;actif`,
      `CDS1;CDS;dentaire;"${names[1]!.replaceAll('"', '""')}";75056;75;2015-01-01;;actif`,
      `MSP2;MSP;;${names[2]};75056;75;2020-01-01;;actif`,
    ].join('\n');
    const result = await run(await inputDir({ 'structures.csv': `${structures}\n` }));
    const dir = path.join(result.summary.out, 'dashboard', 'structures');
    const identities = JSON.parse(await readFile(path.join(dir, 'identites.json'), 'utf8')) as { nom: string[] };
    // In the order of their identifiers: CDS1, MSP1, MSP2.
    expect(identities.nom).toEqual([names[1], names[0], names[2]]);
    // Every table's list parses, and names only these structures, as typed.
    const listed = new Set<string>();
    for (const file of await readdir(dir)) {
      if (file === 'identites.json') continue;
      const list = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as { structures: { values: string[][] } };
      for (const name of list.structures.values[1]!) listed.add(name);
    }
    expect([...listed].sort()).toEqual([...names].sort());
  });
});
