// `npm run compare` on two runs of the version-2 fixture, before and after a re-export that revises
// one MSP's remuneration, adds an MSP, drops another and fixes a rejected line
// (test/support/revised-exports.ts): it reports those, the aggregates they move, and nothing else.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departementsOf } from '../../core';
import { runPipeline, silentLogger } from '../../pipeline';
import { FIXTURE_V2, fixtureRun, RUN_DATE } from '../support/fixture-runs';
import { laterExports, REVISION, reversedExports } from '../support/revised-exports';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

async function compare(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(path.join(ROOT, 'node_modules/.bin/tsx'), ['reports/compare/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

type Line = Record<string, string>;
const readLines = async (file: string) => Papa.parse<Line>(await readFile(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

let scratch: string;
let avant: string;
let apres: string;
let result: { code: number; stdout: string; stderr: string };
let lines: Line[];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'compare-test-'));
  avant = (await fixtureRun('idf-2023-v2-avant')).out;
  apres = (await fixtureRun('idf-2023-v2-apres')).out;
  result = await compare(['--avant', avant, '--apres', apres, '--out', scratch]);
  lines = await readLines(path.join(scratch, 'comparaison.csv'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const figures = () => lines.filter((line) => line.nature === 'révision' || line.nature === 'mise à jour');
const figure = (tableau: string, code: string, annee: string, colonne: string) =>
  lines.filter((line) => line.tableau === tableau && line.code === code && line.annee === annee && line.colonne === colonne && line.type_structure === 'MSP');

describe('npm run compare -- --avant --apres --out', () => {
  it('sums the changes up in French and writes both files', () => {
    expect(result.code).toBe(0);
    expect(result.stderr.replace(/\u00a0/g, ' ').trim()).toBe(
      `${figures().length} chiffres révisés dont 245 de 2023, 19 de 2022, 2 de 2021, 14 d’années antérieures, 1 MSP nouvelle, 1 MSP disparue, ` +
        '1 ligne rejetée corrigée, 1 contrôle résolu, 4 nouveaux contrôles.',
    );
    expect(result.stdout.trim().split('\n')).toEqual([path.join(scratch, 'comparaison.csv'), path.join(scratch, 'exports', 'comparaison.csv')]);
  });

  it('explains every revised figure by the four structures that moved, and by no other', () => {
    const moved = new Set<string>(Object.values(REVISION));
    expect(figures().length).toBeGreaterThan(100);
    for (const line of figures()) {
      const ids = line.structures!.split(' ');
      expect(ids.length, `${line.tableau} ${line.code} ${line.annee} ${line.colonne}`).toBeGreaterThan(0);
      for (const id of ids) expect(moved).toContain(id);
    }
  });

  it('moves only the departments of those structures (75, 77, 93) and the region', () => {
    const areas = new Set(figures().map((line) => `${line.niveau} ${line.code}`));
    expect([...areas].sort()).toEqual(['departement 75', 'departement 77', 'departement 93', 'region 11']);
    expect(departementsOf('11').map((d) => d.code)).toEqual(expect.arrayContaining(['75', '77', '93']));
  });

  it('gives each remuneration total its exact change and the structures behind it', () => {
    const total = (code: string, annee: string) => figure('remunerations', code, annee, 'montant_total');
    // +100 € revised, +53 544,11 € of the fixed line.
    expect(total('75', '2023')).toMatchObject([{ ecart: '53644.11', nature: 'révision', structures: `${REVISION.revised} ${REVISION.fixed}` }]);
    expect(total('75', '2023')[0]!.motif).toBe(`${REVISION.revised} (chiffres modifiés), ${REVISION.fixed} (entrée)`);
    expect(total('77', '2023')).toMatchObject([{ ecart: '30000', structures: REVISION.added, motif: `${REVISION.added} (entrée)` }]);
    expect(total('93', '2023')).toMatchObject([{ ecart: '-73732.48', structures: REVISION.removed }]);
    expect(total('93', '2022')).toMatchObject([{ ecart: '-97153.06', structures: REVISION.removed }]);
    expect(total('11', '2023')).toMatchObject([{ niveau: 'region', ecart: '9911.63' }]);
    expect(Number(total('11', '2023')[0]!.apres) - Number(total('11', '2023')[0]!.avant)).toBeCloseTo(53644.11 + 30000 - 73732.48, 2);
    // The number of MSP paid moves with the fixed and the added lines only, not with a revised amount.
    expect(figure('remunerations', '75', '2023', 'nb_remunerees')).toMatchObject([{ avant: '35', apres: '36', structures: REVISION.fixed }]);
  });

  it('calls a change of a year the earlier run had counted whole a révision, of the current year a mise à jour', () => {
    expect(figure('adhesions', '77', '2023', 'nb_actives_fin_annee')).toMatchObject([{ nature: 'révision', ecart: '1' }]);
    expect(figure('adhesions', '77', '2024', 'nb_actives_fin_annee')).toMatchObject([{ nature: 'mise à jour', ecart: '1' }]);
  });

  it('lists the structures that entered or left each department’s figures', () => {
    const moves = lines.filter((line) => line.nature === 'entrée' || line.nature === 'sortie');
    expect(new Set(moves.map((line) => `${line.nature} ${line.structures} ${line.code}`))).toEqual(
      new Set([`entrée ${REVISION.fixed} 75`, `entrée ${REVISION.added} 77`, `sortie ${REVISION.removed} 93`]),
    );
    expect(moves.find((line) => line.tableau === 'remunerations' && line.structures === REVISION.added)).toMatchObject({
      niveau: 'departement',
      annee: '2023',
    });
  });

  it('reports the rejected line fixed, by its content, and no new one', () => {
    const rejects = lines.filter((line) => line.tableau === 'rejets');
    expect(rejects).toMatchObject([{ nature: 'rejet corrigé', colonne: 'montant_total', avant: 'remunerations.csv ligne 3', apres: '' }]);
    expect(rejects[0]!.motif).toContain('53544,11x');
  });

  it('reports the controls the changes resolved or raised, each about one of the structures or their department', () => {
    const controls = lines.filter((line) => line.tableau === 'controles');
    expect(controls.map((line) => `${line.nature} ${line.colonne} ${line.structures}`)).toEqual(
      expect.arrayContaining([`contrôle résolu montants_indicateurs ${REVISION.fixed}`, `nouveau contrôle remuneration_sans_patientele ${REVISION.added}`]),
    );
    for (const line of controls) expect(['75', '77', '93', '11']).toContain(line.code);
  });

  it('writes the same changes for French Excel: names, labels, figures rounded', async () => {
    const text = await readFile(path.join(scratch, 'exports', 'comparaison.csv'), 'utf8');
    expect(text.startsWith('\ufeffTableau;Zone;Année;Précision;Indicateur;Avant;Après;Écart;Nature;Structures;Motif\r\n')).toBe(true);
    expect(text).toContain('MSP – rémunération ACI;Paris;2023;MSP;Montant total;2599297,13;2652941,24;53644,11;révision;MSP750001 MSP750002;');
    expect(text.split('\r\n').length - 2).toBe(lines.length);
    expect(text).not.toMatch(/\d,\d{5,}/);
  });
});

describe('nothing changed, nothing reported', () => {
  it('the same exports in another order: no float noise, no reordering noise, the rejected line not on the same line', async () => {
    const source = await laterExports(path.join(FIXTURE_V2, 'input'), path.join(scratch, 'later'));
    const reversed = await reversedExports(source, path.join(scratch, 'reversed'));
    const a = path.join(scratch, 'run-a');
    const b = path.join(scratch, 'run-b');
    await runPipeline({ input: source, out: a, log: silentLogger, now: RUN_DATE });
    await runPipeline({ input: reversed, out: b, log: silentLogger, now: RUN_DATE });
    const same = await compare(['--avant', a, '--apres', b, '--out', path.join(scratch, 'same')]);
    expect(same.stderr.trim()).toBe('Aucun changement entre les deux runs.');
    expect(await readLines(path.join(scratch, 'same', 'comparaison.csv'))).toEqual([]);
  });
});

describe('refusals', () => {
  it('a folder that is not a run, and writing into the earlier run, are refused in French', async () => {
    const notRun = await compare(['--avant', path.join(ROOT, 'docs'), '--apres', apres, '--out', path.join(scratch, 'x')]);
    expect(notRun).toMatchObject({ code: 1 });
    expect(notRun.stderr).toMatch(/^compare : --avant .* : ce dossier n’est pas une sortie complète du pipeline \(run\.json absent\)/);
    const into = await compare(['--avant', avant, '--apres', apres, '--out', path.join(avant, 'x')]);
    expect(into).toMatchObject({ code: 2 });
    expect(into.stderr).toContain('refusé, c’est le dossier --avant');
    const missing = await compare(['--apres', apres]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('--avant <dossier> et --apres <dossier> sont obligatoires');
  });
});
