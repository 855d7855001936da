// `npm run report -- --regions`: one report per region from one reading of a national run, the
// index of every file, and a failing region that loses nobody else's files. (Partner batches on
// national data take minutes today: issue « Every region in one command », speed, still open.)
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../reports';
import { generateRegionReports, type RegionsResult } from '../../reports/regions/generate-regions';
import { indexHtml } from '../../reports/regions/index-files';
import { reasonOf } from '../../reports/regions/region-report';
import { parseRegionList, selectRegions } from '../../reports/regions/select-regions';
import { copyRun, fixtureRun, RUN_DATE } from '../support/fixture-runs';

let scratch: string;
let run: string;
let internal: RegionsResult;
const now = () => RUN_DATE;

const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'regions-test-'));
  // A partner batch is a release of the run: its register goes in a copy, not in the shared run.
  run = path.join(scratch, 'run');
  await copyRun((await fixtureRun('national')).out, run);
  internal = await generateRegionReports({ from: run, out: path.join(scratch, 'interne'), regions: ['11', '84'] }, { now });
}, 600_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run report -- --regions', () => {
  it('reads « toutes » or a list of codes, and refuses a region the data lack before writing anything', () => {
    expect(parseRegionList('Toutes')).toBe('toutes');
    expect(parseRegionList('84, 11,84')).toEqual(['11', '84']);
    expect(() => parseRegionList('11;84')).toThrow(/« toutes » ou une liste de codes INSEE/);
    expect(selectRegions('toutes', ['11', '84'])).toEqual(['11', '84', 'FR']);
    expect(selectRegions('toutes', ['11'])).toEqual(['11']);
    expect(parseRegionList('france,84, 11')).toEqual(['11', '84', 'FR']);
    expect(selectRegions(['11', 'FR'], ['11', '84'])).toEqual(['11', 'FR']);
    expect(() => selectRegions(['11', '99'], ['11', '84'])).toThrow(
      /code de région inconnu 99 \(codes INSEE : 01, 02, 03, 04, 06, 11, .*, 94, ou FR pour la France\)$/,
    );
    expect(() => selectRegions(['11', '52'], ['11', '84'])).toThrow(/aucune donnée pour 52 \(Pays de la Loire\)/);
  });

  it('writes each region’s deck, workbook and CSVs in its own folder, and an index of every file', async () => {
    const out = path.join(scratch, 'interne');
    expect((await readdir(out)).sort()).toEqual(['11', '84', 'index.csv', 'index.html']);
    expect(internal.failed).toEqual([]);
    expect(internal.reports.map((report) => path.relative(out, report.deck))).toEqual(['11/commission-11-2024.pptx', '84/commission-84-2024.pptx']);
    const index = csvRows(await readFile(internal.index.csv, 'utf8'));
    expect(index[0]).toEqual(['Code région', 'Région', 'Année', 'Variante', 'Type', 'Fichier', 'Run du pipeline', 'Traitement du']);
    const listed = index.slice(1);
    const files = internal.reports.flatMap((report) => [report.deck, report.workbook, ...report.csv]).map((file) => path.relative(out, file));
    expect(listed.map((row) => row[5])).toEqual(files);
    expect(listed[0]).toEqual(['11', 'Île-de-France', '2024', 'interne', 'diaporama', '11/commission-11-2024.pptx', run, '03/06/2024']);
    expect(new Set(listed.map((row) => row[1]))).toEqual(new Set(['Île-de-France', 'Auvergne-Rhône-Alpes']));
    const html = await readFile(internal.index.html, 'utf8');
    expect(html).toContain('<a href="84/commission-84-2024.pptx">commission-84-2024.pptx</a>');
  });

  it('keeps listing the regions an earlier batch of the run made there, when one region is made again', async () => {
    const out = path.join(scratch, 'reprise');
    await generateRegionReports({ from: run, out, regions: ['11', '84'] }, { now });
    const before = csvRows(await readFile(path.join(out, 'index.csv'), 'utf8'));
    // Region 84 made again alone, as after it had failed: 11's files are still listed, first.
    const again = await generateRegionReports({ from: run, out, regions: ['84'] }, { now });
    expect(csvRows(await readFile(again.index.csv, 'utf8'))).toEqual(before);
    expect(await readFile(again.index.html, 'utf8')).toContain('<a href="11/commission-11-2024.pptx">commission-11-2024.pptx</a>');
    // A file gone, or listed outside the folder, is no longer listed.
    await rm(path.join(out, '11', 'tableaux-11-2024.xlsx'));
    const text = await readFile(again.index.csv, 'utf8');
    await writeFile(again.index.csv, text.replace('11/csv/adhesions.csv', '../../etc/passwd'));
    const third = await generateRegionReports({ from: run, out, regions: ['84'] }, { now });
    const listed = csvRows(await readFile(third.index.csv, 'utf8')).map((row) => row[5]);
    expect(listed).toHaveLength(before.length - 2);
    expect(listed).not.toContain('11/tableaux-11-2024.xlsx');
    expect(listed).not.toContain('../../etc/passwd');
    expect(listed).toContain('11/commission-11-2024.pptx');
  });

  it('gives each region the very bytes of its report made alone, whichever thread made it and after what', async () => {
    // Made in this process after the batch's decks: pptxgenjs's chart counter is not at zero.
    const alone = await generateReport({ from: run, out: path.join(scratch, 'seule-84'), region: '84' }, { now });
    const batch = internal.reports.find((report) => report.scope.region === '84')!;
    expect(Buffer.compare(await readFile(batch.deck), await readFile(alone.deck))).toBe(0);
    expect(Buffer.compare(await readFile(batch.workbook), await readFile(alone.workbook))).toBe(0);
  });

  it('keeps the other regions’ files when one region fails, and says which failed and why', async () => {
    const out = path.join(scratch, 'echec');
    await mkdir(out);
    // A file where region 84's folder should go: that region cannot be written.
    await writeFile(path.join(out, '84'), 'pas un dossier');
    const result = await generateRegionReports({ from: run, out, regions: ['11', '84'] }, { now });
    expect(result.reports.map((report) => report.scope.region)).toEqual(['11']);
    expect(result.failed.map((failure) => [failure.code, failure.name])).toEqual([['84', 'Auvergne-Rhône-Alpes']]);
    expect(result.failed[0]!.reason).toBe(`${path.join(out, '84')} : existe et n’est pas un dossier ordinaire ; supprimez-le ou choisissez un autre --out`);
    expect(await readdir(path.join(out, '11'))).toContain('commission-11-2024.pptx');
    expect(await readFile(result.index.html, 'utf8')).toContain('Régions en échec');
  });

  it('writes nothing through a region folder that links elsewhere', async () => {
    const out = path.join(scratch, 'lien');
    const elsewhere = path.join(scratch, 'ailleurs');
    await mkdir(out);
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(out, '11'));
    const result = await generateRegionReports({ from: run, out, regions: ['11'] }, { now });
    expect(result.failed.map((failure) => failure.reason)).toEqual([
      `${path.join(out, '11')} : existe et n’est pas un dossier ordinaire ; supprimez-le ou choisissez un autre --out`,
    ]);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('says a refused write or an unexpected error of a region in one French sentence', () => {
    const refused = Object.assign(new Error("EACCES: permission denied, mkdir '/sortie/11/csv'"), { code: 'EACCES', syscall: 'mkdir', path: '/sortie/11/csv' });
    expect(reasonOf(refused, '/sortie/11')).toBe(
      'Écriture refusée (droits insuffisants) : impossible d’écrire dans /sortie/11 (/sortie/11/csv) ; donner le droit d’écrire dans ce dossier ou choisir un autre dossier de sortie, puis relancer (les fichiers des autres régions sont produits).',
    );
    expect(reasonOf(new Error('boom\n  at somewhere'), '/sortie/11')).toBe(
      'Erreur inattendue dans /sortie/11 (boom) : relancer avec --debug pour le détail et le signaler à l’équipe du projet.',
    );
  });

  it('refuses, before writing anything, a folder holding another version’s files', async () => {
    // A partner batch where the internal one was written: its CSVs would replace the internal ones.
    const out = path.join(scratch, 'interne');
    const before = (await readdir(path.join(out, '11'))).sort();
    const partner = generateRegionReports({ from: run, out, regions: ['11', '84'], secret: 11 }, { now });
    await expect(partner).rejects.toMatchObject({ exitCode: 2 });
    await expect(partner).rejects.toThrow(
      `${path.join(out, '11')} : ce dossier contient déjà la version interne (commission-11-2024.pptx) ; la diffusion sous secret (seuil 11) y remplacerait ses CSV et les deux versions s’y mêleraient : choisissez un autre dossier --out`,
    );
    expect((await readdir(path.join(out, '11'))).sort()).toEqual(before);
    expect(await readdir(run)).not.toContain('diffusions.json');
    // And the internal report where a partner version lies, or one of another threshold.
    const shared = path.join(scratch, 'partage');
    await mkdir(shared);
    await writeFile(path.join(shared, 'tableaux-11-2024-diffusion-secret11.xlsx'), '');
    await expect(generateReport({ from: run, out: shared, region: '11' }, { now })).rejects.toThrow(
      'ce dossier contient déjà une diffusion sous secret (seuil 11) (tableaux-11-2024-diffusion-secret11.xlsx) ; la version interne',
    );
    await expect(generateReport({ from: run, out: shared, region: '11', secret: 5 }, { now })).rejects.toThrow('(seuil 11)');
    expect(await readdir(shared)).toEqual(['tableaux-11-2024-diffusion-secret11.xlsx']);
    // A partner deck copied by hand is still a partner file; another region's folder counts too.
    const copy = path.join(scratch, 'copie');
    await mkdir(path.join(copy, '76'), { recursive: true });
    await writeFile(path.join(copy, 'commission-11-2024-diffusion-secret11 - Copie.pptx'), '');
    await expect(generateReport({ from: run, out: copy, region: '11' }, { now })).rejects.toThrow('(commission-11-2024-diffusion-secret11 - Copie.pptx)');
    await writeFile(path.join(copy, '76', 'commission-76-2024.pptx'), '');
    await writeFile(path.join(copy, '76', 'notes.pptx'), '');
    await expect(generateRegionReports({ from: run, out: copy, regions: ['84'], secret: 11 }, { now })).rejects.toThrow(
      `${path.join(copy, '76')} : ce dossier contient déjà la version interne (commission-76-2024.pptx)`,
    );
    expect((await readdir(copy)).sort()).toEqual(['76', 'commission-11-2024-diffusion-secret11 - Copie.pptx']);
  });

  it('refuses up front France on one region’s data, and a year the data lack', async () => {
    const one = (await fixtureRun('idf-2023-v2')).out;
    const out = path.join(scratch, 'refus');
    const france = generateRegionReports({ from: one, out, regions: ['11', 'FR'] }, { now });
    await expect(france).rejects.toMatchObject({ exitCode: 2 });
    await expect(france).rejects.toThrow(
      '--regions FR : le rapport national présente la France par région et les données ne couvrent qu’une région (11 (Île-de-France)) ; retirez FR de --regions',
    );
    const year = generateRegionReports({ from: run, out, regions: 'toutes', year: 2010 }, { now });
    await expect(year).rejects.toMatchObject({ exitCode: 2 });
    await expect(year).rejects.toThrow(/^--year 2010 : aucune donnée pour cette année/);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('escapes every text of the index page: nothing becomes markup', () => {
    const html = indexHtml(
      [{ region: '11', regionName: '<img src=x onerror=alert(1)>', year: 2024, variant: 'interne', kind: 'diaporama', file: '11/a"b<c>.pptx' }],
      { from: '/tmp/<script>', generatedAt: '2024-06-03T08:00:00Z' },
      [],
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="11/a%22b%3Cc%3E.pptx"');
  });
});
