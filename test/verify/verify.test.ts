// `npm run verify` on the June 2024 Île-de-France figures (data/examples/deck-idf-juin-2024.csv)
// against the public fixture's tables: each known error of the deck (domain.md) is reported with
// both values and its cause, and every calibrated figure that is right passes.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_DECIMALS, parseWrittenNumber, TABLES, type TableName } from '../../core';
import { fixtureRunOf, tempDir } from '../pipeline/helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLE = path.join(ROOT, 'data/examples/deck-idf-juin-2024.csv');

/** French formatting groups with U+202F and puts U+00A0 before units; the expectations use spaces. */
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function verify(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/verify/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each differing figure of the example: deck line → [deck value, computed value as a person reads it, cause]. */
const KNOWN_ERRORS: Record<number, [string, number, string]> = {
  // Department counts of the patientèle table, contradicted by the deck's own sums and means.
  2: ['35', 36, 'les sommes et moyennes de la même ligne du deck donnent 36 (174 802 ÷ 4 856)'],
  11: ['21', 19, 'les sommes et moyennes de la même ligne du deck donnent 19 (106 126 ÷ 5 586)'],
  20: ['10', 13, 'les sommes et moyennes de la même ligne du deck donnent 13 (87 326 ÷ 6 717)'],
  29: ['30', 29, 'les sommes et moyennes de la même ligne du deck donnent 29 (157 544 ÷ 5 433)'],
  47: ['24', 22, 'les sommes et moyennes de la même ligne du deck donnent 22 (72 984 ÷ 3 317)'],
  65: ['20', 21, 'les sommes et moyennes de la même ligne du deck donnent 21 (30428 ÷ 1448)'],
  // Essonne's children cell and Val-d'Oise's MT cell hold the patientèle de référence.
  32: ['192 953', 35409, 'valeur de la colonne « Patientèle de référence » (192 953)'],
  66: ['147 750', 117322, 'valeur de la colonne « Patientèle de référence » (147 750)'],
  // Seine-Saint-Denis: a reference patientèle that is not MT + children, and its mean.
  52: ['91 617', 92198, 'la même ligne du deck donne Patientèle MT + Enfants 0-16 ans = 92 198'],
  53: ['4164', 4190.8, 'moyenne calculée sur la somme fausse du deck (91 617 ÷ 22)'],
  // The total row: sums that carry the department errors (915 487 instead of 885 059), sums of means.
  75: ['915 487', 885059, 'somme des lignes départementales du deck (915 487), qui reprend l’erreur de 95, au lieu de 885 059'],
  76: ['43 941', 5299.8, 'somme des moyennes départementales du deck (43 941), au lieu de 5 300'],
  77: ['328 193', 170649, 'somme des lignes départementales du deck (328 193), qui reprend l’erreur de 91, au lieu de 170 649'],
  78: ['8 478', 1021.9, 'somme des moyennes départementales du deck (8 478), au lieu de 1 022'],
  79: ['1 055 127', 1055708, 'somme des lignes départementales du deck (1 055 127), qui reprend l’erreur de 93, au lieu de 1 055 708'],
  80: ['52 393', 6321.6, 'somme des moyennes départementales du deck (52 393), au lieu de 6 322'],
  82: ['70 001', 8634, 'somme des moyennes départementales du deck (70 001), au lieu de 8 634'],
  // Remuneration: Seine-Saint-Denis and Val-d'Oise show a mean as their minimum; the total row adds
  // the minima and the maxima. Val-d'Oise repeats its full-year mean, a cell the example leaves out.
  117: ['70 153,70 €', 36166.14, 'valeur de la colonne « Moyenne » (70 153,70 €)'],
  129: ['64 377,38 €', 37285.56, ''],
  135: ['300 387,14 €', 10871.54, 'somme des minima départementaux du deck (300 387,14 €), au lieu de 10 871,54 €'],
  136: ['1 474 946,47 €', 246438.35, 'somme des maxima départementaux du deck (1 474 946,47 €), au lieu de 246 438,35 €'],
};

describe('npm run verify on the June 2024 deck', () => {
  let out: string;
  let result: ReturnType<typeof verify>;
  let rows: Record<string, string>[];

  beforeAll(async () => {
    out = (await fixtureRunOf('idf-2023')).out;
    const csv = path.join(await tempDir(), 'verification.csv');
    result = verify('--deck', EXAMPLE, '--from', out, '--csv', csv);
    const text = await readFile(csv, 'utf8');
    expect(
      text.startsWith('\ufeffLigne;Tableau;Niveau;Code;Zone;Année;Type de structure;Colonne;Valeur du deck;Valeur calculée;Écart;Verdict;Cause probable\r\n'),
    ).toBe(true);
    rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
  }, 60_000);

  it('reports each known error with both values and its cause, and nothing else', () => {
    expect(result.status).toBe(1);
    const different = rows.filter((row) => row.Verdict === 'différent');
    expect(
      Object.fromEntries(
        different.map((row) => [
          Number(row.Ligne),
          [row['Valeur du deck'], Number(Number(row['Valeur calculée']!.replace(',', '.')).toFixed(4)), plainSpaces(row['Cause probable']!)],
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        Object.entries(KNOWN_ERRORS).map(([line, [deck, computed, cause]]) => [
          Number(line),
          [String(parseWrittenNumber(deck)!.value).replace('.', ','), computed, cause],
        ]),
      ),
    );
  });

  it('passes every other figure, rounded or truncated as the deck shows it', () => {
    const others = rows.filter((row) => !(Number(row.Ligne) in KNOWN_ERRORS));
    expect(others).toHaveLength(135 - Object.keys(KNOWN_ERRORS).length);
    expect(others.every((row) => row.Verdict === 'conforme')).toBe(true);
    // 94's file active mean 11 107,5 shown as 11 108 (rounded), 95's children mean 1 448,95 as 1448 (truncated).
    expect(others.find((row) => row.Ligne === '64')).toMatchObject({ 'Valeur du deck': '11108', 'Valeur calculée': '11107,5', Verdict: 'conforme' });
    expect(others.find((row) => row.Ligne === '69')).toMatchObject({ 'Valeur du deck': '1448', Verdict: 'conforme' });
    expect(others.find((row) => row.Ligne === '132')).toMatchObject({ Colonne: 'Montant total', 'Valeur du deck': '13295968,61', Verdict: 'conforme' });
  });

  it('writes no value with more decimals than its unit means (no float noise: 4855,6, not 4855,611111111111)', () => {
    const decimals = (cell: string | undefined) => /,(\d+)$/.exec(cell ?? '')?.[1]?.length ?? 0;
    for (const row of rows) {
      const unit = TABLES[row.Tableau as TableName].values.find((column) => column.label === row.Colonne)!.unit;
      const most = PEOPLE_DECIMALS[unit]!;
      expect(decimals(row['Valeur calculée']), `ligne ${row.Ligne}`).toBeLessThanOrEqual(most);
      expect(decimals(row.Écart), `ligne ${row.Ligne}`).toBeLessThanOrEqual(most);
    }
    expect(rows.find((row) => row.Ligne === '4')).toMatchObject({ 'Valeur calculée': '4855,6', Écart: '0,4' });
  });

  it('prints a French table a person can read', () => {
    expect(result.stdout).toContain('Vérification de deck-idf-juin-2024.csv : 135 chiffres, 114 conformes, 21 différents, 0 introuvables dans les tableaux.');
    expect(result.stdout).toMatch(
      /66 +patientele +95 Val-d'Oise +2023 +Patientèle MT +147 750 +117\u202f322 +\+30\u202f428\n +→ cause probable : valeur de la colonne « Patientèle de référence » \(147\u202f750\)/,
    );
    expect(result.stdout).toContain('→ cause probable : non reconnue');
  });

  it('says which line of a mistyped deck file to correct, exit 3', async () => {
    const file = path.join(await tempDir(), 'deck.csv');
    await writeFile(
      file,
      'table;niveau;code;annee;type_structure;colonne;valeur\npatientele;departement;75;2023;MSP;patientèle MT;174 802\n\npatientele;departement;75;2023;MSP;moyenne mt;4 856\nremunerations;region;11;2023;MSP;montant_total;treize millions\n',
    );
    const { status, stderr } = verify('--deck', file, '--from', out);
    expect(status).toBe(3);
    expect(stderr).toContain('deck.csv : 2 ligne(s) illisible(s), à corriger :');
    // Line numbers are the file's own, blank lines counted.
    expect(stderr).toContain('deck.csv, ligne 4, colonne colonne : « moyenne mt » n’est pas une colonne du tableau patientele');
    expect(stderr).toContain('deck.csv, ligne 5, colonne valeur : « treize millions » ne se lit pas comme un nombre');
  });

  it('exit 0 and no table when every figure agrees', async () => {
    const file = path.join(await tempDir(), 'deck.csv');
    await writeFile(
      file,
      'table,niveau,code,annee,type_structure,colonne,valeur\npatientele,region,11,2023,MSP,Patientèle MT,885059\nremunerations,region,11,2023,MSP,montant_total,"13 295 968,61 €"\n',
    );
    const { status, stdout } = verify('--deck', file, '--from', out, '--csv', path.join(path.dirname(file), 'v.csv'));
    expect(status).toBe(0);
    expect(stdout).toContain('2 chiffres, 2 conformes, 0 différents, 0 introuvables');
  });
});

describe('numbers as people write them', () => {
  it('reads spaces of every kind, units, and the decimals shown', () => {
    expect(parseWrittenNumber('13 295 968,61 €')).toEqual({ value: 13295968.61, decimals: 2 });
    expect(parseWrittenNumber('13\u202f295\u00a0968,61\u00a0€')).toEqual({ value: 13295968.61, decimals: 2 });
    expect(parseWrittenNumber('57,5 %')).toEqual({ value: 57.5, decimals: 1 });
    expect(parseWrittenNumber('70 153, 70€')).toEqual({ value: 70153.7, decimals: 2 });
    expect(parseWrittenNumber('\u22121,9 pt')).toEqual({ value: -1.9, decimals: 1 });
    expect(parseWrittenNumber('1 2 3')).toBeUndefined();
    expect(parseWrittenNumber('n.c.')).toBeUndefined();
  });
});
