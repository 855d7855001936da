// Issue 18, case 3: a lone CR (old Mac text) inside a free-text field is a character of the text,
// since the contract's line ends are LF and CRLF only. It is kept as a space, with an alerte in
// run.json and the run summary; inside a code, a date or a number it still rejects the line.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Warehouse } from '../../pipeline/load';
import { RecordScanner } from '../../pipeline/read/scan';
import { cli, inputDir, run, STRUCTURES, tempDir } from './helpers';

const PATIENTELE = ['id_structure;annee;patientele_mt;enfants_0_16;file_active', 'MSP1;2023;5000;800;9000', 'MSP2;2023;3000;600;5000'].join('\n');

describe('a lone CR in a structure’s name', () => {
  it('keeps the structure, its name with a space, and the rows that refer to it; the alerte names the file, line and column', async () => {
    const input = await inputDir({ 'structures.csv': `${STRUCTURES.replace('MSP Ajaccio', 'MSP\rAjaccio')}\n`, 'patientele.csv': PATIENTELE });
    const out = path.join(await tempDir(), 'out');
    const { status, stdout, stderr } = cli('--input', input, '--out', out);
    expect(status).toBe(0);
    const alerte =
      'Alerte : structures.csv : 1 ligne(s) retenue(s) malgré un retour chariot isolé (CR) dans le texte libre (nom), ' +
      'remplacé par une espace, ligne(s) 3 : vérifier ces textes dans l’export source';
    expect(stdout).toContain(`\n${alerte}\n`);
    expect(stderr).toContain(`   ${alerte}\n`);

    const manifest = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8'));
    const structures = manifest.inputs.find((entry: { file: string }) => entry.file === 'structures.csv');
    expect(structures).toMatchObject({ rows: 4, kept: 4, rejected: 0, carriageReturns: { rows: 1, lines: [3], columns: ['nom'] } });
    expect(manifest.inputs.find((entry: { file: string }) => entry.file === 'patientele.csv').carriageReturns).toBeUndefined();
    expect(manifest.rejected).toBe(0);

    // The structure counts in its department again (before, its patientèle row was rejected too).
    const patientele = await readFile(path.join(out, 'tables', 'patientele.csv'), 'utf8');
    expect(patientele).toContain('\ndepartement,2A,2023,MSP,1,3000,');
    const warehouse = await Warehouse.open(path.join(out, 'warehouse.duckdb'));
    try {
      expect(await warehouse.rows(`SELECT nom FROM structures WHERE id_structure = 'MSP2'`)).toEqual([{ nom: 'MSP Ajaccio' }]);
    } finally {
      warehouse.close();
    }
  });

  it('the same in a Windows-1252 CRLF file read byte by byte, through a header alias, and in an ignored column', async () => {
    const structures = iconv.encode(
      [
        'id_structure;type_structure;Raison sociale;code_commune;Commentaire',
        'MSP1;MSP;"Maison « Belleville »";75056;ok',
        'MSP2;MSP;Santé\rŒuvre;2A004;à revoir\rplus tard',
        'MSP3;MSP;Bastia;2B\r033;',
        '',
      ].join('\r\n'),
      'win1252',
    );
    const result = await run(await inputDir({ 'structures.csv': structures }));
    expect(result.summary.inputs[0]).toMatchObject({
      encoding: 'windows-1252',
      kept: 2,
      rejected: 1,
      carriageReturns: { rows: 1, lines: [3], columns: ['Raison sociale', 'Commentaire'] },
    });
    expect(await result.query('SELECT id_structure, nom FROM structures ORDER BY 1')).toEqual([
      { id_structure: 'MSP1', nom: 'Maison « Belleville »' },
      { id_structure: 'MSP2', nom: 'Santé Œuvre' },
    ]);
    expect(await result.rejects()).toEqual([
      {
        file: 'structures.csv',
        line: '4',
        column: '',
        value: 'MSP3;MSP;Bastia;2B\r033;',
        reason:
          'un retour chariot isolé (CR) coupe un champ qui n’est pas entre guillemets, dans la colonne « code_commune », qui n’est pas un texte libre ' +
          '(un code, une date ou un nombre ne peut pas en contenir) : supprimer ce caractère',
      },
    ]);
  });
});

describe('RecordScanner with free-text fields', () => {
  it('keeps a record whose lone CR stands in a free-text field and hands a space to the sink, whatever the chunk boundaries', () => {
    const text = 'a;b;c\r\n1;x\ry;3\r\n2;p;q\rr\r\n4;\r;5\r\n';
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const bytes = Buffer.from(text);
      const copied: Buffer[] = [];
      const scanner = new RecordScanner(';'.charCodeAt(0), (part) => copied.push(Buffer.from(part)), { textFields: new Set([1]) });
      for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
      const result = scanner.end();
      expect(Buffer.concat(copied).toString(), `chunks of ${size}`).toBe('a;b;c\n1;x y;3\n4; ;5\n');
      expect(
        result.malformed.map((record) => [record.line, record.problem, record.field]),
        `chunks of ${size}`,
      ).toEqual([[3, 'stray-cr', 2]]);
      expect(result.textCarriageReturns).toEqual({ records: 2, lines: [2, 4], fields: [1] });
      // The caller's bytes are left as they were.
      expect(bytes.toString()).toBe(text);
    }
  });
});
