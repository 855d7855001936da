// The story the report tells, read back from the files: headlines in the PPTX XML, the screening
// changes over the window, the « Faits marquants », dates of the stocks, the workbook's evolutions.
// On the version-2 fixture (2023, with the 2022 MSP remunerations), through the real pipeline.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline';
import { generateReport, type ReportResult } from '../../reports';
import { copyRun, fixtureRun } from '../support/fixture-runs';
import { readSlides, type SlideContent } from './helpers/office-xml';
import { FIXTURE_INPUT } from './helpers/pipeline-run';
import { PRODUCED_AT, plainSpaces } from './helpers/report-run';

const V2_INPUT = path.resolve(import.meta.dirname, '../../../shared/fixtures/idf-2023-v2/input');

let root: string;
/** The pipeline run on the version-2 fixture (shared, read-only). */
let v2Run: string;

const report = (from: string, folder: string, secret?: number) =>
  generateReport({ from, out: path.join(root, folder), ...(secret ? { secret } : {}) }, { now: () => PRODUCED_AT });

const text = (slide: SlideContent) => slide.texts.map(plainSpaces);
const titled = (slides: SlideContent[], start: string) => {
  const slide = slides.find((s) => s.texts.some((t) => t.startsWith(start)));
  expect(slide, start).toBeDefined();
  return slide!;
};

let v2: ReportResult;
let slides: SlideContent[];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'story-report-'));
  v2Run = (await fixtureRun('idf-2023-v2')).out;
  v2 = await report(v2Run, 'v2');
  slides = await readSlides(v2.deck);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the deck tells the story of the version-2 fixture', () => {
  it('says the remuneration total rose by 26,3 % from 10 529 910,00 €, and states both means with their change', () => {
    const lines = text(titled(slides, 'MSP – rémunération ACI 2023'));
    expect(lines).toContain('162 MSP rémunérées au titre de l’ACI pour 2023 ; 5 MSP n’atteignent pas les prérequis (avant contestation éventuelle).');
    expect(lines).toContain(
      'Les rémunérations versées aux MSP au titre de l’ACI pour 2023 représentent au total 13 295 968,61 €, en hausse de 26,3 % par rapport à 2022 (10 529 910,00 €).',
    );
    expect(lines).toContain('La rémunération 2023 moyenne par MSP est de 82 073,88 € contre 72 122,67 € en 2022, en hausse de 13,8 %.');
    expect(lines).toContain(
      'Pour les MSP adhérentes sur l’intégralité de l’année 2023, la rémunération moyenne s’élève à 82 541,12 € contre 71 495,35 € en 2022, en hausse de 15,4 %.',
    );
  });

  it('puts the headline in a text box above the table', () => {
    const slide = titled(slides, 'MSP – rémunération ACI 2023');
    const headline = slide.xml.indexOf('représentent au total');
    expect(headline).toBeGreaterThan(0);
    expect(headline).toBeLessThan(slide.xml.indexOf('<a:tbl>'));
    const offsets = [...slide.xml.matchAll(/<a:off x="\d+" y="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const frames = slide.xml.split('<p:sp>').find((shape) => shape.includes('représentent au total'))!;
    const headlineY = Number(/<a:off x="\d+" y="(\d+)"\/>/.exec(frames)![1]);
    const tableY = Number(/<p:graphicFrame>[\s\S]*?<a:off x="\d+" y="(\d+)"\/>/.exec(slide.xml)![1]);
    expect(offsets.length).toBeGreaterThan(2);
    expect(headlineY).toBeLessThan(tableY);
  });

  it('shows the 2021/2023 change in points for each department and the region on every screening slide', () => {
    for (const start of ['Dépistage organisé – cancer du sein', 'Dépistage organisé – cancer du col', 'Dépistage organisé – cancer colorectal']) {
      const table = titled(slides, start).tables[0]!.map((row) => row.map(plainSpaces));
      const column = table[0]!.indexOf('Évolution 2021/2023 en pts');
      expect(column, start).toBeGreaterThan(0);
      expect(table.slice(1).map((row) => row[0])).toHaveLength(9);
      for (const row of table.slice(1)) expect(row[column], `${start} ${row[0]}`).toMatch(/^([+\u2212]\d+,\d|0,0) pt$/);
    }
    const breast = titled(slides, 'Dépistage organisé – cancer du sein').tables[0]!.map((row) => row.map(plainSpaces));
    const window = breast[0]!.indexOf('Évolution 2021/2023 en pts');
    // The fixture's published rates: Paris 53,2 → 54,4, Seine-Saint-Denis 49,3 → 51,8, the region 55,6 → 57,5.
    expect(breast.find((row) => row[0] === 'Paris (75)')![window]).toBe('+1,2 pt');
    expect(breast.find((row) => row[0] === 'Seine-Saint-Denis (93)')![window]).toBe('+2,5 pt');
    expect(breast.find((row) => row[0] === 'Île-de-France')![window]).toBe('+1,9 pt');
    const colorectal = titled(slides, 'Dépistage organisé – cancer colorectal').tables[0]!.map((row) => row.map(plainSpaces));
    expect(colorectal.find((row) => row[0] === 'Essonne (91)')![window]).toMatch(/^\u2212/);
  });

  it('opens with the « Faits marquants »: the five largest of every regional change the deck shows, its rule stated', () => {
    const slide = slides[1]!;
    expect(slide.texts).toContain('Faits marquants 2023 – Île-de-France');
    const facts = text(slide).filter((line) => / : .* par rapport à 2022 \(/.test(line));
    expect(facts).toEqual([
      'CDS – rémunération forfaitaire spécifique, Avance à rembourser (Polyvalents et médicaux) : 632 461,00 € en 2023, +116,7 % par rapport à 2022 (291 827,00 €).',
      'CDS – rémunération forfaitaire spécifique, Trop-perçu (Dentaires) : 47 266,23 € en 2023, +92,3 % par rapport à 2022 (24 575,03 €).',
      'CDS – rémunération forfaitaire spécifique, Solde (Infirmiers) : 3 314,82 € en 2023, −91,6 % par rapport à 2022 (39 249,11 €).',
      'CDS – rémunération forfaitaire spécifique, Avance à rembourser (Ensemble) : 764 673,00 € en 2023, +86,4 % par rapport à 2022 (410 229,00 €).',
      'CDS – rémunération forfaitaire spécifique, Solde (Dentaires) : 5 405 163,60 € en 2023, +84,5 % par rapport à 2022 (2 929 003,41 €).',
    ]);
    // Ranked among every change, not a hand-picked few: the +26,3 % of the MSP total is below these.
    expect(text(slide).join(' ')).toContain('Les 5 plus fortes évolutions sur un an parmi les 48 chiffres régionaux du diaporama qui en ont une');
  });

  it('dates the stocks: contracts, CPTS and centres at the cut-off date', () => {
    expect(text(titled(slides, 'MSP – état des lieux au 26/12/2024'))).toContain(
      '183 MSP ont un contrat ACI actif au 26/12/2024, contre 170 au 31/12/2023 (+13 MSP, +7,6 %).',
    );
    expect(text(titled(slides, 'Centres de santé actifs par catégorie au 26/12/2024'))).toContain(
      '998 centres de santé actifs au 26/12/2024 : 477 médicaux ou polyvalents, 511 dentaires et 10 infirmiers.',
    );
    expect(text(titled(slides, 'CPTS – couverture de la population par département au 26/12/2024'))).toContain(
      'Île-de-France, au 26/12/2024 : 91 CPTS signataires de l’ACI couvrent 78,9 % de la population.',
    );
  });

  it('lists the changes in the workbook’s « Évolutions » sheet, in percent and in points', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(v2.workbook);
    const sheet = workbook.getWorksheet('Évolutions')!;
    const rows = sheet.getSheetValues().slice(2).filter(Array.isArray) as unknown[][];
    const total = rows.find((row) => row[1] === 'Rémunérations' && row[2] === 'Île-de-France' && row[3] === 'MSP' && row[4] === 'Montant total')!;
    expect(total[5]).toBe(2023);
    // Stored as the number shown, to the tenth (26,3 %), never 26.267… nor text.
    expect(total[8]).toBe(26.3);
    expect(total[6]).toBe(13295968.61);
    const screening = rows.find((row) => row[1] === 'Dépistage' && row[2] === 'Île-de-France' && row[3] === 'Cancer du sein' && row[5] === 2023)!;
    expect(screening[8] as number).toBeCloseTo(0.5, 1);
    expect(sheet.getRow(1).values).toContain('Évolution');
    expect(sheet.getRow(1).values).toContain('Valeur de l’année précédente');
    // Contracts counted to the cut-off date (26/12/2024) are compared with no whole year.
    expect(rows.filter((row) => row[1] === 'Adhésions' && row[5] === 2024)).toEqual([]);
  });
});

describe('statistical secrecy', () => {
  it('writes no headline around a masked figure', async () => {
    // 200 structures: every figure of the region's 162 paid MSP is masked, so is every sentence.
    // A release of its own: the partner report writes its register into the folder it reads.
    const release = path.join(root, 'release');
    await copyRun(v2Run, release);
    const masked = await report(release, 'v2-secret', 200);
    const deck = await readSlides(masked.deck);
    const lines = text(titled(deck, 'MSP – rémunération ACI 2023'));
    expect(lines.some((line) => line.includes('représentent au total'))).toBe(false);
    expect(lines.some((line) => line.includes('rémunération moyenne'))).toBe(false);
    expect(lines.join('\n')).not.toContain('13 295 968,61');
    expect(text(deck[1]!).join('\n')).not.toContain('13 295 968,61');
  });
});

describe('--arrete 2024-04-30 on the fixture', () => {
  it('counts the 2024 contracts signed up to that date and says « au 30/04/2024 » on the contracts slides', async () => {
    // The v2 fixture through the pipeline with --arrete 2024-04-30: one run per vitest run, also read by the dashboard's key figures.
    const { out } = await fixtureRun('idf-2023-v2-arrete-2024-04-30');
    expect(JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')).arrete).toBe('2024-04-30');
    const adhesions = await readFile(path.join(out, 'tables', 'adhesions.csv'), 'utf8');
    expect(adhesions).toContain('region,11,2024,MSP,4,0,174');
    expect(adhesions).toContain('region,11,2023,MSP,21,1,170');

    const deck = await readSlides((await report(out, 'arrete-report')).deck);
    const state = titled(deck, 'MSP – état des lieux au 30/04/2024');
    const header = state.tables[0]![0]!;
    expect(header).toContain('Adhésions 2024 (au 30/04)');
    expect(header).toContain('Actives au 30/04/2024');
    const regionRow = state.tables[0]!.find((row) => row[0] === 'Île-de-France')!;
    expect(regionRow[header.indexOf('Adhésions 2024 (au 30/04)')]).toBe('4');
    expect(text(state)).toContain('174 MSP ont un contrat ACI actif au 30/04/2024, contre 170 au 31/12/2023 (+4 MSP, +2,4 %).');
    expect(text(state).join('\n')).toContain('situation au 30/04/2024.');
    const grid = titled(deck, 'MSP – nouvelles adhésions à l’ACI, 2015-2024 (au 30/04/2024)');
    expect(text(grid)).toContain('4 adhésions supplémentaires sont déjà intervenues en 2024 (au 30/04/2024).');
  }, 120_000);

  it('defaults to the latest date of the exports, which leaves the contract’s tables as they are', async () => {
    const out = v2Run;
    expect(JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')).arrete).toBe('2024-12-26');
    for (const name of ['adhesions', 'cds', 'cpts_couverture']) {
      const published = (await readFile(path.join(out, 'tables', `${name}.csv`), 'utf8')).trim().split('\n');
      const expected = (await readFile(path.join(V2_INPUT, '..', 'expected', `${name}.csv`), 'utf8')).trim().split('\n');
      const rounded = (lines: string[]) =>
        lines.map((line) =>
          line
            .split(',')
            .map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell).toFixed(3) : cell))
            .join(','),
        );
      expect(rounded(published), name).toEqual(rounded(expected));
    }
  }, 120_000);

  it('refuses a date that does not exist', async () => {
    await expect(runPipeline({ input: FIXTURE_INPUT, out: path.join(root, 'bad'), arrete: '2024-02-30' })).rejects.toThrow(
      '--arrete 2024-02-30 : une date d’arrêté AAAA-MM-JJ est attendue',
    );
  });
});
