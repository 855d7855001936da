// Issue 18, case 1: a missing or unusable export never becomes a deck of zeros. Without
// structures.csv (or with it saved as a workbook), or with a file mostly rejected, the run stops
// before anything is written (exit 3, one French sentence naming the file and the commonest
// reason); an optional export not given is listed in run.json (`absent`) and in the summary.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError, runPipeline } from '../../pipeline';
import { cli, FIXTURE, fixtureInputCopy, fixtureRunOf, inputDir, STRUCTURES, tempDir } from './helpers';

const PATIENTELE_HEADER = 'id_structure;annee;patientele_mt;enfants_0_16;file_active';
const PATIENTELE = `${PATIENTELE_HEADER}\nMSP1;2023;5000;800;9000\n`;
/** The start of an .xlsx file: a zip archive. */
const WORKBOOK = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(64)]);

async function failure(files: Record<string, string | Buffer>): Promise<InputFileError> {
  const error = await runPipeline({ input: await inputDir(files), out: path.join(await tempDir(), 'out') }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

/** Patientèle rows of MSP1, then of MSP9 (a structure structures.csv does not have), one year each. */
function patientele(known: number, unknown: number): string {
  const rows = (id: string, count: number) => Array.from({ length: count }, (_, i) => `${id};${2000 + i};5000;800;9000`);
  return [PATIENTELE_HEADER, ...rows('MSP1', known), ...rows('MSP9', unknown)].join('\n');
}

const UNUSABLE =
  'Plus de la moitié des lignes rejetées : ce n’est pas un export utilisable, rien n’a été publié (la sortie précédente est intacte) ; corriger l’export ou le fichier dont il dépend, puis relancer.';

describe('a missing required export', () => {
  it('stops the run with exit 3 before anything is written, the previous output intact', async () => {
    const out = path.join(await tempDir(), 'out');
    expect(cli('--input', await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': PATIENTELE }), '--out', out).status).toBe(0);
    const before = await readFile(path.join(out, 'run.json'), 'utf8');

    // The v1 fixture without its structures: today every row of five files would be rejected.
    const input = await fixtureInputCopy(FIXTURE);
    await rm(path.join(input, 'structures.csv'));
    const missing = cli('--input', input, '--out', out);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toBe(
      `Erreur : structures.csv : absent de ${input} : les autres exports y renvoient (type, commune et dates de chaque structure), ` +
        'sans lui toutes leurs lignes seraient rejetées et les tableaux vides. ' +
        'Déposer l’export des structures sous le nom structures.csv (ou structures_<suffixe>.csv), puis relancer ; rien n’a été écrit.\n',
    );
    expect(await readFile(path.join(out, 'run.json'), 'utf8')).toBe(before);
  });

  it('names an export saved as a workbook where a CSV is expected', async () => {
    const input = await inputDir({ 'structures.xlsx': WORKBOOK, 'patientele.csv': PATIENTELE });
    const { status, stderr } = cli('--input', input, '--out', path.join(await tempDir(), 'out'));
    expect(status).toBe(3);
    expect(stderr).toBe(
      'Erreur : structures.xlsx : classeur Excel (.xlsx) et non fichier CSV : le pipeline ne lit que des CSV. ' +
        'L’ouvrir dans le tableur et l’enregistrer au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) » sous le nom structures.csv, puis relancer.\n',
    );
  });

  it('the same for an optional export, and for a workbook renamed .csv', async () => {
    const optional = await failure({ 'structures.csv': STRUCTURES, 'patientele.ods': WORKBOOK });
    expect(optional.message).toMatch(/^patientele\.ods : classeur LibreOffice \(\.ods\) et non fichier CSV/);
    const renamed = await failure({ 'structures.csv': WORKBOOK });
    expect(renamed.message).toBe(
      'structures.csv : classeur de tableur (.xlsx ou .ods) enregistré sous une extension .csv, pas un fichier CSV. ' +
        'L’ouvrir dans le tableur et l’enregistrer au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) », puis relancer.',
    );
  });

  it('ignores a workbook beside the CSV of its dataset', async () => {
    const summary = await runPipeline({
      input: await inputDir({ 'structures.csv': STRUCTURES, 'structures.xlsx': WORKBOOK }),
      out: path.join(await tempDir(), 'out'),
    });
    expect(summary.inputs.map((input) => input.file)).toEqual(['structures.csv']);
  });
});

describe('a file mostly rejected', () => {
  it('stops the run when more than half of its rows (20 or more) are rejected, with the commonest reason', async () => {
    const error = await failure({ 'structures.csv': STRUCTURES, 'patientele.csv': patientele(9, 11) });
    expect(error.file).toBe('patientele.csv');
    expect(error.message).toBe(
      'patientele.csv : 11 lignes sur 20 rejetées, motif le plus fréquent (11 lignes, colonne id_structure, par exemple ligne 11) : ' +
        '« MSP9 » n’est pas une structure de structures.csv (ou sa ligne y a été rejetée) : corriger l’identifiant ou ajouter la structure. ' +
        UNUSABLE,
    );
  });

  it('runs with half of them rejected, or with fewer than 20 rows', async () => {
    for (const [known, unknown] of [
      [10, 10],
      [0, 19],
    ] as const) {
      const summary = await runPipeline({
        input: await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': patientele(known, unknown) }),
        out: path.join(await tempDir(), 'out'),
      });
      expect(summary.rejected).toBe(unknown);
    }
  });

  it('names structures.csv, the cause, rather than the files that depend on it', async () => {
    // The v1 fixture exported with commune names where the codes belong: every structure rejected.
    const input = await fixtureInputCopy(FIXTURE);
    const file = path.join(input, 'structures.csv');
    const [header, ...rows] = (await readFile(file, 'utf8')).trimEnd().split('\n');
    const commune = header!.split(';').indexOf('code_commune');
    const named = rows.map((row) =>
      row
        .split(';')
        .map((cell, index) => (index === commune ? 'Paris' : cell))
        .join(';'),
    );
    await writeFile(file, [header, ...named].join('\n'));
    const { status, stderr } = cli('--input', input, '--out', path.join(await tempDir(), 'out'));
    expect(status).toBe(3);
    // After the progress lines, one sentence.
    expect(stderr.slice(stderr.lastIndexOf('\nErreur : ') + 1)).toBe(
      'Erreur : structures.csv : 1\u202f310 lignes sur 1\u202f310 rejetées, motif le plus fréquent (1\u202f310 lignes, colonne code_commune, par exemple ligne 2) : ' +
        '« Paris » n’est pas un code commune INSEE connu (5 caractères, ex. 01053, 2A004, 97101) : corriger le code de la commune siège. ' +
        `${UNUSABLE}\n`,
    );
  });
});

describe('an optional export not given', () => {
  it('is listed in run.json (`absent`, in the order of the datasets) and in the run summary', async () => {
    const out = path.join(await tempDir(), 'out');
    const { status, stdout } = cli('--input', await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': PATIENTELE }), '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain(
      'Jeux de données non fournis : remunerations, professionnels, cpts_communes, depistage, indicateurs, indicateurs_territoriaux, evenements_structures\n',
    );
    const manifest = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8'));
    expect(manifest.absent).toEqual([
      'remunerations',
      'professionnels',
      'cpts_communes',
      'depistage',
      'indicateurs',
      'indicateurs_territoriaux',
      'evenements_structures',
    ]);
  });

  it('does not stop the fixtures: the v1 one has no indicator files, the v2 one no file of version 3', async () => {
    const v1 = await fixtureRunOf('idf-2023');
    expect(JSON.parse(await readFile(path.join(v1.out, 'run.json'), 'utf8')).absent).toEqual([
      'indicateurs',
      'indicateurs_territoriaux',
      'evenements_structures',
    ]);
    expect((await fixtureRunOf('idf-2023-v2')).summary.manifest.absent).toEqual(['evenements_structures']);
  });
});
