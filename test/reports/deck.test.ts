import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportTables, type ReportResult, readReportSource, resolveScope } from '../../reports';
import { buildDeck, deckBytes, loadTableSlides } from '../../reports/deck';
import { readSlides, type SlideContent, zipEntries } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { reportFrom } from './helpers/report-run';

let run: PipelineRun;
let report: ReportResult;
let slides: SlideContent[];

beforeAll(async () => {
  run = await runFixturePipeline();
  report = await reportFrom(run, 'report');
  slides = await readSlides(report.deck);
});
afterAll(() => run.cleanup());

const slideTitled = (start: string) => {
  const found = slides.filter((slide) => slide.texts.some((text) => text.startsWith(start)));
  expect(found, `slide "${start}"`).not.toHaveLength(0);
  return found;
};
const rowOf = (slide: SlideContent, label: string) => slide.tables[0]!.find((row) => row[0] === label);

describe('the commission deck (fixture Île-de-France 2023)', () => {
  it('is named after the region and the year', () => {
    expect(path.basename(report.deck)).toBe('commission-11-2023.pptx');
  });

  it('opens with the region, the year and the date of the run in French', () => {
    const title = slides[0]!.texts;
    expect(title).toContain('Île-de-France');
    expect(title).toContain('Données 2023');
    expect(title).toContain('Traitement des données du 03/06/2024');
  });

  it('shows the remuneration table with 13 295 968,61 € and 162 paid MSP on the region row', () => {
    const [slide] = slideTitled('MSP – rémunération ACI 2023');
    const header = slide!.tables[0]![0]!;
    const region = rowOf(slide!, 'Île-de-France')!;
    expect(region[header.indexOf('Montant total')]).toBe('13\u202f295\u202f968,61\u00a0€');
    expect(region[header.indexOf('MSP rémunérées')]).toBe('162');
    expect(region[header.indexOf('Avance')]).toBe('6\u202f034\u202f501,56\u00a0€');
    expect(region[header.indexOf('Prérequis non atteints')]).toBe('5');
    expect(rowOf(slide!, 'Seine-Saint-Denis (93)')![header.indexOf('Montant total')]).toBe('1\u202f543\u202f381,49\u00a0€');
  });

  it('lists the departments by INSEE code with the region total last, in every department table', () => {
    const departments = [
      'Paris (75)',
      'Seine-et-Marne (77)',
      'Yvelines (78)',
      'Essonne (91)',
      'Hauts-de-Seine (92)',
      'Seine-Saint-Denis (93)',
      'Val-de-Marne (94)',
      "Val-d'Oise (95)",
      'Île-de-France',
    ];
    for (const title of [
      'MSP – patientèle et file active en 2023',
      'MSP – rémunération ACI 2023',
      'CPTS – couverture de la population par département',
      'Centres de santé actifs par catégorie',
      'MSP – état des lieux au 26/12/2024',
    ]) {
      const [slide] = slideTitled(title);
      expect(
        slide!.tables[0]!.slice(1).map((row) => row[0]),
        title,
      ).toEqual(departments);
    }
  });

  it('puts the true patientèle figures of the departments in their cells', () => {
    const [slide] = slideTitled('MSP – patientèle et file active en 2023');
    const header = slide!.tables[0]![0]!;
    expect(rowOf(slide!, "Val-d'Oise (95)")![header.indexOf('Patientèle MT')]).toBe('117\u202f322');
    expect(rowOf(slide!, 'Île-de-France')![header.indexOf('Patientèle MT')]).toBe('885\u202f059');
    expect(rowOf(slide!, 'Île-de-France')![header.indexOf('MSP')]).toBe('167');
  });

  it('follows the order of the commission: MSP, CPTS, health centres, screening', () => {
    const order = [
      'Faits marquants 2023',
      'MSP – nouvelles adhésions',
      'MSP – état des lieux',
      'MSP – adhésions à l’ACI par année',
      'MSP – patientèle',
      'MSP – rémunération',
      // Version 2's groups table is computed from version-1 remunerations too.
      'MSP – atteinte des prérequis et solde',
      'MSP – professionnels',
      // Contract version 3's MSP profile, computed from version-1 structures and patientèle too.
      'MSP – profil des maisons de santé',
      'CPTS – couverture de la population par département',
      'CPTS – population couverte',
      'CPTS – carte',
      'Centres de santé actifs',
      'Nombre de centres de santé actifs par département',
      'Dépistage organisé – cancer du sein',
      'Dépistage organisé – cancer du col',
      'Dépistage organisé – cancer colorectal',
      'Dépistage organisé – participation',
    ];
    const positions = order.map((start) => slideTitled(start)[0]!.number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Version 1 has no indicator exports: one slide each says so, instead of no slide at all.
    const notProvided = slides.filter((slide) => slide.texts.some((text) => text.endsWith('– données non fournies')));
    expect(notProvided.map((slide) => slide.texts[1])).toEqual([
      'Autres programmes – indicateurs territoriaux – données non fournies',
      'Rémunération – atteinte des indicateurs – données non fournies',
      'Contrôles et déconventionnements des structures – données non fournies',
    ]);
    expect(slides).toHaveLength(1 + order.length + notProvided.length);
  });

  it('writes every table as a native, editable PowerPoint table', () => {
    const tableSlides = slides.filter((slide) => slide.tables.length > 0);
    expect(tableSlides.length).toBe(13);
    for (const slide of tableSlides) expect(slide.xml).toContain('<a:tbl>');
  });

  it('draws native charts for contracts per year, CPTS coverage and screening over the years', async () => {
    const zip = await zipEntries(report.deck);
    const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(4);
    const [adhesions] = slideTitled('MSP – adhésions à l’ACI par année');
    expect(adhesions!.relations.filter((target) => target.includes('chart'))).toHaveLength(2);
    const xml = await Promise.all(charts.map((name) => zip.file(name)!.async('string')));
    const all = xml.join('\n');
    const has = (fragment: string) => expect(all.includes(fragment), fragment).toBe(true);
    has('<c:barChart>');
    has('<c:lineChart>');
    // CPTS chart: the rates as unrounded numbers (the region's 78.858…%), labelled by department.
    expect(all).toMatch(/<c:v>78\.858\d*<\/c:v>/);
    has('<c:v>Seine-Saint-Denis (93)</c:v>');
    // Screening chart: the 2023 breast-cancer region rate; contracts chart: 21 new MSP in 2023.
    has('<c:v>57.5</c:v>');
    has('<c:v>21</c:v>');
    // Shown in French whatever the office suite's locale.
    has('formatCode="[$-40C]0.0&quot; %&quot;"');
  });

  it('shows the department map as a PNG picture with a native legend', async () => {
    const [slide] = slideTitled('CPTS – carte');
    const image = slide!.relations.find((target) => target.endsWith('.png'));
    expect(image).toBeDefined();
    const zip = await zipEntries(report.deck);
    const png = await zip.file(`ppt/${image!.replace('../', '')}`)!.async('uint8array');
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    expect(slide!.texts).toContain('90\u00a0% et plus');
    expect(slide!.texts).toContain('Île-de-France : 78,9\u00a0%');
    expect(report.map).toBe(true);
  });

  it('puts the source, the reference date and the definition under the figures of every slide', () => {
    for (const slide of slides.slice(2)) {
      const text = slide.texts.join('\n');
      expect(text, `slide ${slide.number}`).toMatch(/Définition : \S/);
      expect(text, `slide ${slide.number}`).toContain('Source : Assurance Maladie');
      // A table whose export is missing has no figure, hence no date nor secrecy to state.
      if (text.includes('– données non fournies')) continue;
      // Stocks stand at the cut-off date (by default the latest date of the exports), flows at 31/12.
      if (slide.number > 2) expect(text, `slide ${slide.number}`).toMatch(/date de référence 31\/12\/2023\.|situation au 26\/12\/2024\./);
      expect(text, `slide ${slide.number}`).toContain('Diffusion interne : aucun secret statistique appliqué.');
    }
    const [remuneration] = slideTitled('MSP – rémunération ACI 2023');
    expect(remuneration!.texts).toContain(
      'Définition : Structures rémunérées : prérequis atteints et montant positif ; moyenne, minimum et maximum calculés sur ces structures, moyenne année complète sur celles présentes toute l’année.',
    );
  });

  it('writes screening evolutions in points and rates in French', () => {
    const [slide] = slideTitled('Dépistage organisé – cancer du sein');
    expect(slide!.tables[0]![0]).toEqual(['Département', '2021', '2022', '2023', 'Évolution 2022/2023 en pts', 'Évolution 2021/2023 en pts']);
    expect(rowOf(slide!, 'Île-de-France')).toEqual(['Île-de-France', '55,6\u00a0%', '57,0\u00a0%', '57,5\u00a0%', '+0,5\u00a0pt', '+1,9\u00a0pt']);
  });

  it('splits a long table over slides, repeating the header and keeping the total on the last', async () => {
    const source = await readReportSource(run.out);
    const scope = resolveScope(source.tables, source.run, {});
    const deck = buildDeck({ tables: buildReportTables(source.tables, scope), run: source.run, scope, slides: await loadTableSlides(), rowsPerSlide: 4 });
    const file = path.join(run.root, 'split.pptx');
    await writeFile(file, await deckBytes(deck));
    const split = (await readSlides(file)).filter((slide) => slide.texts.some((text) => text.startsWith('MSP – patientèle et file active')));
    expect(split).toHaveLength(3);
    expect(split.map((slide) => slide.texts.find((text) => text.startsWith('MSP – patientèle')))).toEqual([
      'MSP – patientèle et file active en 2023',
      'MSP – patientèle et file active en 2023 (suite)',
      'MSP – patientèle et file active en 2023 (suite)',
    ]);
    for (const slide of split) expect(slide.tables[0]![0]![2]).toBe('Patientèle MT');
    const firstColumn = split.map((slide) => slide.tables[0]!.slice(1).map((row) => row[0]));
    expect(firstColumn.flat()).toHaveLength(9);
    expect(firstColumn.at(-1)!.at(-1)).toBe('Île-de-France');
    expect(firstColumn.every((rows) => rows.length <= 4)).toBe(true);
  });

  it('compares the regions of France on CPTS coverage when the data span several, the report’s region in bold', async () => {
    const source = await readReportSource(run.out);
    const other = (code: string, covered: number, population: number) => ({
      niveau: 'region',
      code,
      nb_en_projet: 1,
      nb_validees: 5,
      nb_signataires: 4,
      population_couverte: covered,
      population,
      taux_couverture: (100 * covered) / population,
    });
    const idf = source.tables.cpts_couverture.find((row) => row.niveau === 'region')!;
    const tables = {
      ...source.tables,
      cpts_couverture: [
        ...source.tables.cpts_couverture,
        other('76', 4405479, 6124653),
        { ...other('FR', 9828175 + 4405479, 12463067 + 6124653), niveau: 'france', code: 'FR', nb_signataires: 95 },
      ],
    };
    const scope = resolveScope(tables, source.run, {});
    const file = path.join(run.root, 'regions.pptx');
    await writeFile(file, await deckBytes(buildDeck({ tables: buildReportTables(tables, scope), run: source.run, scope, slides: await loadTableSlides() })));
    const slide = (await readSlides(file)).find((s) => s.texts.includes('CPTS – couverture de la population par région au 26/12/2024'))!;
    // The data's France is the sum of the two regions it holds: named by them, never « France ».
    expect(slide.tables[0]!.map((row) => row[0])).toEqual(['Région', 'Île-de-France', 'Occitanie', 'Île-de-France et Occitanie']);
    expect(slide.tables[0]![3]).toEqual(['Île-de-France et Occitanie', '95', '14\u202f233\u202f654', '18\u202f587\u202f720', '76,6\u00a0%']);
    expect(idf.taux_couverture).toBeCloseTo(78.858, 3);
    // Bold runs: the header, Île-de-France (the report's region) and the France total, not Occitanie.
    const rows = [...slide.xml.matchAll(/<a:tr[\s>][\s\S]*?<\/a:tr>/g)].map((match) => match[0]);
    expect(rows.map((row) => /<a:rPr[^>]* b="1"/.test(row))).toEqual([true, true, false, true]);
  });
});
