// The whole commission deck on contract version 2 (../shared/fixtures/idf-2023-v2 through the real
// pipeline): one slide per new table, read back from the pptx XML, the workbook read back, and
// LibreOffice converting both to PDF with the figures in the text.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../reports';
import { convertToPdf, pdfText, run } from './helpers/libreoffice';
import { readSlides, type SlideContent } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { plainSpaces, reportFrom } from './helpers/report-run';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/reports');

let pipeline: PipelineRun;
let report: ReportResult;
let slides: SlideContent[];
let workbook: ExcelJS.Workbook;
let pdfDir: string;

beforeAll(async () => {
  pipeline = await runFixturePipeline('idf-2023-v2');
  report = await reportFrom(pipeline, 'report');
  slides = await readSlides(report.deck);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(report.workbook);
  pdfDir = path.join(pipeline.root, 'pdf');
  await convertToPdf([report.deck, report.workbook], pdfDir);
}, 300_000);
afterAll(() => pipeline.cleanup());

const plain = (text: string) => plainSpaces(text);
const titled = (start: string) => slides.filter((slide) => slide.texts.some((text) => text.startsWith(start)));
const only = (start: string) => {
  const found = titled(start);
  expect(found, start).toHaveLength(1);
  return found[0]!;
};
const rowOf = (slide: SlideContent, label: string) => {
  const row = slide.tables.flat().find((cells) => cells.some((cell) => plain(cell) === label));
  expect(row, label).toBeDefined();
  return row!.map(plain);
};
// A slide's own title, not a « Faits marquants » sentence naming its table (slide 2).
const titleIndex = (start: string) => slides.findIndex((slide, index) => index > 1 && slide.texts.some((text) => text.startsWith(start)));

const deckPdf = () => path.join(pdfDir, 'commission-11-2023.pdf');
const workbookPdf = () => path.join(pdfDir, 'tableaux-11-2023.pdf');

describe('the deck of contract version 2 (fixture idf-2023-v2)', () => {
  it('shows the CDS remuneration by type of centre: 24 502 551,41 € for polyvalent and medical centres', () => {
    const slide = only('CDS – rémunération forfaitaire spécifique 2023');
    expect(rowOf(slide, 'Polyvalents et médicaux')).toEqual([
      'Polyvalents et médicaux',
      '386',
      '24 502 551,41 €',
      '14 348 408,00 €',
      '10 154 143,41 €',
      '90 454,63 €',
      '63 478,11 €',
      '42',
      '632 461,00 €',
    ]);
    expect(rowOf(slide, 'Ensemble').slice(0, 3)).toEqual(['Ensemble', '761', '34 395 166,83 €']);
    // The evolution against the year before, from the region's own rows.
    expect(plain(slide.texts.join(' '))).toContain('−8,5 % (34 395 166,83 € en 2023, 37 595 726,72 € en 2022)');
  });

  it('shows the five groups of CDS with 2023 and 2022 side by side, and the same for MSP', () => {
    const slide = only('CDS – atteinte des prérequis et solde de la rémunération 2023');
    const [header, ...body] = slide.tables[0]!.map((cells) => cells.map(plain));
    expect(header).toEqual(['Groupe et situation', 'CDS en 2023', 'CDS en 2022', 'Part en 2023', 'Part en 2022']);
    expect(body).toEqual([
      ['1. Prérequis atteints : rémunération versée en intégralité', '752', '756', '87,9 %', '88,7 %'],
      ['2. Prérequis atteints : trop-perçu récupéré sur l’avance de l’année suivante', '8', '13', '0,9 %', '1,5 %'],
      ['3. Prérequis atteints : trop-perçu supérieur à l’avance de l’année suivante', '1', '2', '0,1 %', '0,2 %'],
      ['4. Prérequis non atteints : avance à rembourser', '28', '19', '3,3 %', '2,2 %'],
      ['5. Prérequis non atteints : aucune avance versée', '67', '62', '7,8 %', '7,3 %'],
      ['Total', '856', '852', '100,0 %', '100,0 %'],
    ]);
    expect(rowOf(only('MSP – atteinte des prérequis et solde de la rémunération 2023'), 'Total')).toEqual(['Total', '167', '148', '100,0 %', '100,0 %']);
  });

  it('shows the indicators of CDS polyvalent/medical sorted by axis, « Accessibilité » reached by 310 of 428 centres, with a bar per row', () => {
    const pages = titled('CDS polyvalents et médicaux – atteinte des indicateurs en 2023');
    expect(pages).toHaveLength(2);
    const first = pages[0]!;
    expect(plain(first.texts.join(' '))).toContain('Sur les 428 CDS polyvalents et médicaux dont la rémunération a été calculée');
    const accessibilite = rowOf(first, 'Accessibilité');
    expect(accessibilite).toEqual(['Accès aux soins', 'Accessibilité', '7,78 %', '310', '72,4 %']);
    // Sorted by axis: every axis is one block, in the reference list's order, across both pages.
    const axes = pages.flatMap((page) => page.tables[0]!.slice(1).map((cells) => cells[0]!)).filter((axis) => axis !== '');
    expect(axes).toEqual(['Accès aux soins', 'Travail en équipe', "Système d'information", 'Bloc complémentaire']);
    const indicators = pages.flatMap((page) => page.tables[0]!.slice(1).map((cells) => cells.at(-4)!));
    expect(indicators).toHaveLength(30);
    // One bar per row (its grey track and, when reached by someone, its filled part).
    const fills = [...first.xml.matchAll(/<p:spPr>[\s\S]*?<\/p:spPr>/g)].map((match) => /<a:solidFill><a:srgbClr val="(\w+)"/.exec(match[0])?.[1]);
    expect(fills.filter((color) => color === 'EEF1F5')).toHaveLength(first.tables[0]!.length - 1);
    expect(fills.filter((color) => color === '2E7D8C')).toHaveLength(first.tables[0]!.length - 1);
  });

  it('shows the MSP indicators on one slide, before the professionals', () => {
    const slide = only('MSP – atteinte des indicateurs en 2023');
    expect(slide.tables[0]!.length - 1).toBe(20);
    expect(rowOf(slide, 'Fonction de coordination')).toEqual(['Travail en équipe et coordination', 'Fonction de coordination', '32,16 %', '163', '97,6 %']);
    expect(titleIndex('MSP – atteinte des indicateurs')).toBeLessThan(titleIndex('MSP – professionnels'));
  });

  it('shows Mon soutien psy as a map and a table: 359 psychologists for Île-de-France', () => {
    const slide = only('Psychologues conventionnés Mon soutien psy');
    expect(rowOf(slide, 'Île-de-France')).toEqual(['Île-de-France', '359']);
    expect(rowOf(slide, 'Paris (75)')).toEqual(['Paris (75)', '147']);
    expect(slide.tables[0]![0]!.map(plain)).toEqual(['Territoire', 'février 2024']);
    expect(slide.relations.some((target) => /media\/image.*\.png$/.test(target))).toBe(true);
  });

  it('shows the region-only programmes as a table of periods and a chart', () => {
    const prado = only('Adhésions Prado – insuffisance cardiaque');
    expect(prado.tables[0]!.map((cells) => cells.map(plain))).toEqual([
      ['Période', 'Île-de-France'],
      ['avril 2023', '1 183'],
      ['avril 2024', '1 329'],
    ]);
    expect(prado.relations.some((target) => target.includes('charts/chart'))).toBe(true);
    const bilan = only('Bénéficiaires d’un bilan prévention');
    expect(bilan.tables[0]!.slice(1).map((cells) => cells.map(plain))).toEqual([
      ['janvier 2024', '28'],
      ['février 2024', '51'],
      ['mars 2024', '102'],
      ['avril 2024', '164'],
    ]);
  });

  it('shows CDS staff in FTE by profession as a table and bars, and the CDS patientèle', () => {
    const staff = only('CDS – salariés et équivalents temps plein');
    expect(rowOf(staff, 'Ensemble des salariés')).toEqual([
      'Ensemble des salariés',
      '10 533',
      '5 363,1',
      '6 004',
      '4 097,3',
      '57',
      '44,0',
      '16 594',
      '9 504,4',
    ]);
    expect(plain(staff.texts.join(' '))).toContain('856 centres ayant déclaré leurs effectifs : 428 polyvalents et médicaux, 418 dentaires, 10 infirmiers.');
    expect(only('CDS – équivalents temps plein salariés').relations.some((target) => target.includes('charts/chart'))).toBe(true);
    const patients = only('CDS – patientèle et file active en 2023');
    expect(rowOf(patients, 'Dentaires')).toEqual(['Dentaires', '418', '–', '–', '–', '–', '–', '–', '1 365 698', '3 267,2', '–', '–']);
    expect(rowOf(patients, 'Ensemble').slice(0, 3)).toEqual(['Ensemble', '856', '540 692']);
  });

  it('shows the professionals with the doctors’ row and the total, and the CPTS coverage with the projects', () => {
    const slide = only('MSP – professionnels par profession');
    expect(rowOf(slide, 'Médecins').slice(0, 2)).toEqual(['Médecins', '1 166']);
    expect(rowOf(slide, 'Ensemble des professionnels').slice(0, 3)).toEqual(['Ensemble des professionnels', '2 691', '169']);
    expect(rowOf(only('CPTS – couverture de la population par département'), 'Île-de-France').at(-1)).toBe('92,0 %');
  });

  it('opens the version-2 table slides with their headline, each groups slide speaking of its own type', () => {
    const text = (start: string) => plain(only(start).texts.join(' '));
    const cdsGroups = text('CDS – atteinte des prérequis et solde de la rémunération 2023');
    expect(cdsGroups).toContain('761 CDS des groupes 1 à 3 atteignent les prérequis en 2023 (771 en 2022) ; 95 ne les atteignent pas.');
    expect(cdsGroups).not.toContain('MSP des groupes');
    const mspGroups = text('MSP – atteinte des prérequis et solde de la rémunération 2023');
    expect(mspGroups).toMatch(/\d+ MSP des groupes 1 à 3 atteignent les prérequis en 2023/);
    expect(mspGroups).not.toContain('CDS des groupes');
    expect(text('CDS – rémunération forfaitaire spécifique 2023')).toContain(
      '761 centres de santé rémunérés au titre de 2023 : 34 395 166,83 € au total, en baisse de 8,5 % par rapport à 2022 (37 595 726,72 €).',
    );
    expect(text('CDS – salariés et équivalents temps plein')).toContain(
      'En 2023, 856 centres de santé déclarent 16 594 personnes salariées, soit 9 504 équivalents temps plein (ETP).',
    );
    expect(text('CDS – patientèle et file active en 2023')).toContain('Fin 2023, 540 692 patients sont suivis par un médecin traitant en centre de santé.');
  });

  it('keeps the order of the June 2024 deck', () => {
    const order = [
      'Part des transports partagés',
      'MSP – nouvelles adhésions',
      'MSP – rémunération ACI',
      'MSP – atteinte des prérequis',
      'MSP – professionnels',
      'CPTS – carte',
      'Adhésions Prado',
      'Centres de santé actifs',
      'CDS – salariés',
      'CDS – patientèle',
      'CDS – atteinte des prérequis',
      'CDS – rémunération forfaitaire',
      'CDS polyvalents et médicaux – atteinte des indicateurs',
      'Psychologues conventionnés Mon soutien psy',
      'Dépistage organisé – cancer du sein',
      'Bénéficiaires d’un bilan prévention',
    ].map(titleIndex);
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('the workbook of contract version 2', () => {
  it('holds one sheet per new table', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    for (const name of ['CDS effectifs', 'CDS patientèle', 'CDS rémunération', 'Groupes de rémunération', 'Indicateurs', 'Autres programmes']) {
      expect(names, name).toContain(name);
    }
  });

  it('stores the figures as numbers: 24 502 551,41 €, the groups of both years, Accessibilité 310, Mon soutien psy 359', () => {
    const values = (name: string) => {
      const found: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
      return found;
    };
    expect(values('CDS rémunération').some((row) => row.includes(24502551.41) && row.includes(386))).toBe(true);
    const groups = values('Groupes de rémunération');
    expect(groups.some((row) => row.includes(2023) && row.includes(752))).toBe(true);
    expect(groups.some((row) => row.includes(2022) && row.includes(756))).toBe(true);
    expect(values('Indicateurs').some((row) => row.includes('Accessibilité') && row.includes(310) && row.includes(428))).toBe(true);
    expect(values('Autres programmes').some((row) => row.includes(359) && row.includes('2024-02'))).toBe(true);
  });
});

describe('LibreOffice converts the v2 deck and workbook', () => {
  it('puts the new figures in the PDF text of the deck', async () => {
    const text = await pdfText(deckPdf());
    for (const figure of ['24 502 551,41 €', '752 756 87,9 % 88,7 %', 'Accessibilité 7,78 % 310 72,4 %', 'Sur les 428 CDS', 'Île-de-France 359']) {
      expect(text, figure).toContain(figure);
    }
  });

  it('puts them in the PDF text of the workbook', async () => {
    const text = await pdfText(workbookPdf());
    for (const figure of ['24 502 551,41 €', 'Accessibilité', '310', '359']) expect(text, figure).toContain(figure);
  });

  it('renders the new slides to PNG in test-artifacts/reports/', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const named: [string, string][] = [
      ['cds-effectifs', 'CDS – salariés'],
      ['cds-etp', 'CDS – équivalents temps plein'],
      ['cds-patientele', 'CDS – patientèle'],
      ['cds-groupes', 'CDS – atteinte des prérequis'],
      ['cds-remuneration', 'CDS – rémunération forfaitaire'],
      ['cds-indicateurs', 'CDS polyvalents et médicaux – atteinte des indicateurs'],
      ['msp-indicateurs', 'MSP – atteinte des indicateurs'],
      ['mon-soutien-psy', 'Psychologues conventionnés Mon soutien psy'],
      ['prado-ic', 'Adhésions Prado – insuffisance cardiaque'],
    ];
    for (const [name, start] of named) {
      const page = titleIndex(start) + 1;
      const prefix = path.join(ARTIFACTS, `v2-${name}`);
      await rm(`${prefix}.png`, { force: true });
      await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '110', '-png', '-singlefile', deckPdf(), prefix]);
      const png = await readFile(`${prefix}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1467);
    }
  });
});
