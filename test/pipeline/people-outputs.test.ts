// The outputs a person reads: figures rounded to what they mean (machine tables keep every digit),
// and the rejected lines as a CSV that French Excel (here LibreOffice) opens with accents intact.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { roundForPeople, TABLE_NAMES, tableSpec } from '../../core';
import { exportColumns } from '../../core/published/export-columns';
import { fixtureRunOf, inputDir, type Run, run, STRUCTURES } from './helpers';

const exec = promisify(execFile);

/** A French-Excel CSV as rows of cells (BOM dropped, `;`). */
function excelRows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
}

describe('roundForPeople', () => {
  it('rounds half away from zero on the decimal digits, by unit', () => {
    expect(roundForPeople(99027.45999999999, 'euro')).toBe(99027.46);
    expect(roundForPeople(1.005, 'euro')).toBe(1.01);
    expect(roundForPeople(-2.675, 'euro')).toBe(-2.68);
    expect(roundForPeople(63.04972113768197, 'percent')).toBe(63);
    expect(roundForPeople(57.45, 'percent')).toBe(57.5);
    expect(roundForPeople(4855.611111111111, 'mean')).toBe(4855.6);
    expect(roundForPeople(-0.04, 'mean')).toBe(0);
    expect(roundForPeople(2023, 'year')).toBe(2023);
  });
});

describe('exports for people, from the fixture', () => {
  let fixture: Run;
  beforeAll(async () => {
    fixture = await fixtureRunOf('idf-2023');
  });

  it('every number of exports/<table>.csv has the decimals its unit means; tables/ keep full precision', async () => {
    const limits: Record<string, number> = { euro: 2, percent: 1, mean: 1, count: 0 };
    for (const name of TABLE_NAMES) {
      const [header, ...rows] = excelRows(await readFile(path.join(fixture.out, 'exports', `${name}.csv`), 'utf8'));
      const columns = exportColumns(tableSpec(name));
      expect(header).toEqual(columns.map((column) => column.label));
      for (const row of rows) {
        columns.forEach((column, c) => {
          const limit = limits[column.unit];
          if (limit === undefined || row[c] === '') return;
          expect(row[c], `${name}.${column.name}`).toMatch(limit === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+(,\\d{1,${limit}})?$`));
        });
      }
    }
    const [paris] = await fixture.table('patientele');
    expect(paris!.patientele_mt_moyenne).toBe('4855.611111111111');
    const [, parisExport] = excelRows(await readFile(path.join(fixture.out, 'exports', 'patientele.csv'), 'utf8'));
    expect(parisExport!.slice(0, 8)).toEqual(['Département', '75', 'Paris', '2023', 'MSP', '36', '174802', '4855,6']);
  });
});

describe('exports/rejets.csv', () => {
  let rejected: Run;
  beforeAll(async () => {
    const structures = Buffer.concat([
      Buffer.from(`${STRUCTURES}\nMSP7;MSP;;Maison Crimée;75056;75;;;actif\nMSP8;MSP;;Maison « Santé » de l’Œuvre;99999;;;;actif\n`),
      iconv.encode('MSP9;MSP;;Hôpital Été;75056;75;;;actif\n', 'win1252'),
    ]);
    rejected = await run(await inputDir({ 'structures.csv': structures }));
  });

  it('holds the lines of rejects.csv for French Excel: BOM, ";", CRLF, French headings, neutralised cells', async () => {
    const bytes = await readFile(path.join(rejected.out, 'exports', 'rejets.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffFichier;Ligne;Colonne;Valeur;Motif');
    const [, ...rows] = excelRows(text);
    const contract = await rejected.rejects();
    expect(rows).toEqual(contract.map((r) => [r.file, r.line, r.column, r.value, r.reason]));
    expect(rows.map((row) => [row[1], row[3]])).toEqual([
      ['7', '99999'],
      ['8', 'MSP9;MSP;;Hôpital Été;75056;75;;;actif'],
    ]);
    // The contract's file is unchanged: comma, no BOM.
    expect((await readFile(path.join(rejected.out, 'rejects.csv'), 'utf8')).split('\n')[0]).toBe('file,line,column,value,reason');
  });

  it('opens in LibreOffice as five columns with its accents intact', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cpr-office-'));
    try {
      const profile = pathToFileURL(path.join(dir, 'profile')).href;
      // Separator `;` as French Excel's list separator; the character set left for the office suite to find.
      await exec(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--infilter=Text - txt - csv (StarCalc):59,34,,1',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          path.join(rejected.out, 'exports', 'rejets.csv'),
        ],
        { timeout: 120_000 },
      );
      const seen = Papa.parse<string[]>(await readFile(path.join(dir, 'rejets.csv'), 'utf8'), { skipEmptyLines: true }).data;
      expect(seen[0]).toEqual(['Fichier', 'Ligne', 'Colonne', 'Valeur', 'Motif']);
      expect(seen.map((row) => row.length)).toEqual([5, 5, 5]);
      expect(seen[2]![3]).toBe('MSP9;MSP;;Hôpital Été;75056;75;;;actif');
      expect(seen[2]![4]).toMatch(/^l’encodage de cette ligne \(Windows-1252, sans doute collée depuis un autre outil\) n’est pas celui du fichier \(UTF-8\)/);
      expect(seen[1]![4]).toContain('commune');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
