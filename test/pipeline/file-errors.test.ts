// File-level errors stop the run with a message naming the file, the line and what to do, and
// leave the previous output untouched.
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError, runPipeline, UsageError } from '../../pipeline';
import { inputDir, STRUCTURES, tempDir } from './helpers';

async function failure(files: Record<string, string | Buffer>): Promise<InputFileError> {
  const input = await inputDir(files);
  const out = path.join(await tempDir(), 'out');
  const error = await runPipeline({ input, out }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('file-level errors', () => {
  it('a CSV named after no dataset', async () => {
    const error = await failure({ 'structures.csv': STRUCTURES, 'patients.csv': 'a;b\n1;2\n' });
    expect(error.file).toBe('patients.csv');
    expect(error.message).toMatch(/ne correspond à aucun jeu de données.*structures\.csv, patientele\.csv/);
  });

  it('a missing required column: lists the columns found and the ones expected', async () => {
    const error = await failure({
      'structures.csv': STRUCTURES,
      'patientele.csv': 'id_structure;annee;Patientèle MT;file_active\nMSP1;2023;5000;9000\n',
    });
    expect(error.file).toBe('patientele.csv');
    expect(error.line).toBe(1);
    expect(error.message).toContain('colonne obligatoire absente : enfants_0_16');
    expect(error.message).toContain('Colonnes trouvées : id_structure, annee, Patientèle MT, file_active.');
    expect(error.message).toContain(
      'Colonnes attendues pour patientele : id_structure (obligatoire), annee (obligatoire), patientele_mt (obligatoire), enfants_0_16 (obligatoire)',
    );
  });

  it('an unreadable file', async () => {
    const input = await inputDir({ 'structures.csv': STRUCTURES });
    await symlink(path.join(input, 'nowhere.txt'), path.join(input, 'patientele.csv'));
    const error = await runPipeline({ input, out: path.join(await tempDir(), 'out') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).message).toMatch(/^patientele\.csv : fichier illisible \(ENOENT\)/);
  });

  it('an empty file', async () => {
    const error = await failure({ 'structures.csv': '' });
    expect(error.message).toMatch(/^structures\.csv : fichier vide/);
  });

  it('a UTF-16 file', async () => {
    const error = await failure({ 'structures.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STRUCTURES, 'utf16le')]) });
    expect(error.message).toMatch(/UTF-16.*Ré-exporter en « CSV UTF-8 »/);
  });

  it('a header with no known delimiter', async () => {
    const error = await failure({ 'structures.csv': 'id_structure|type_structure|code_commune\nMSP1|MSP|75056\n' });
    expect(error.message).toMatch(/^structures\.csv:1 : séparateur introuvable/);
  });

  it('two headers naming one column once normalised', async () => {
    const error = await failure({ 'structures.csv': 'id_structure;type_structure;code_commune;Code commune\nMSP1;MSP;75056;75056\n' });
    expect(error.message).toMatch(/les colonnes « code_commune » et « Code commune » désignent la même colonne/);
  });

  it('an input folder that does not exist', async () => {
    const error = await runPipeline({ input: '/nonexistent/exports', out: path.join(await tempDir(), 'out') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
  });

  it('refuses an --out that holds files of another origin, or the input folder itself', async () => {
    const input = await inputDir({ 'structures.csv': STRUCTURES });
    const foreign = await tempDir();
    await writeFile(path.join(foreign, 'thesis.docx'), 'precious');
    await expect(runPipeline({ input, out: foreign })).rejects.toThrow(/ne viennent pas du pipeline/);
    expect(await readFile(path.join(foreign, 'thesis.docx'), 'utf8')).toBe('precious');
    await expect(runPipeline({ input, out: input })).rejects.toThrow(UsageError);
    await expect(runPipeline({ input, out: path.dirname(input) })).rejects.toThrow(UsageError);
  });
});
