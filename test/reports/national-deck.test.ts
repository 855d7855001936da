// `npm run report -- --regions toutes`: every region's folder and France's, and the national deck
// telling France by its regions with the very figures each regional deck gives its own region, on
// generated national data; for partners, the very same « NS », on three small regions generated
// alone (the release's masks on the whole of France take minutes: issue « Every region in one
// command », speed, still open).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASKED_TEXT, type PublishedTables, REGIONS } from '../../core';
import { generateExports } from '../../data/generate';
import { readPublishedTables, runPipeline, silentLogger } from '../../pipeline';
import { CONTENT } from '../../reports/deck/design';
import { TITLE } from '../../reports/deck/title-fit';
import { generateRegionReports, type RegionsResult } from '../../reports/regions/generate-regions';
import { attack, breaches } from '../secrecy/attacker';
import { type Holding, heldTables, readCsvs, readWorkbook } from '../secrecy/holdings';
import { fixtureRun, RUN_DATE } from '../support/fixture-runs';
import { readSlides, slideTitle } from './helpers/office-xml';
import { textWidthPoints } from './helpers/text-width';

let scratch: string;
let internal: RegionsResult;
let partner: RegionsResult;
let partnerTruth: PublishedTables;
const now = () => RUN_DATE;

/** A deck's tables by slide title (without « (suite) » nor the area's name), then by row label. */
type DeckRows = Map<string, Map<string, readonly string[]>>;

async function deckRows(file: string, areaName: string): Promise<DeckRows> {
  const byTitle: DeckRows = new Map();
  for (const slide of await readSlides(file)) {
    if (slide.tables.length === 0) continue;
    const title = slide.texts[1]!.replace(/ \(suite\)$/, '')
      .replace(` (${areaName})`, '')
      .replace(/ par (département|région)/, ' par partie');
    for (const table of slide.tables) {
      const header = table[0]!.slice(1).join(' | ');
      const rows = byTitle.get(`${title} – ${header}`) ?? new Map<string, readonly string[]>();
      for (const row of table.slice(1)) rows.set(row[0]!, row.slice(1));
      byTitle.set(`${title} – ${header}`, rows);
    }
  }
  return byTitle;
}

/** Every row of a region in its own deck found again, cell for cell, in the national deck. */
async function compareWithNational(result: RegionsResult): Promise<{ compared: number; masked: number }> {
  const france = result.reports.find((report) => report.scope.region === 'FR')!;
  const national = await deckRows(france.deck, france.scope.regionName);
  let compared = 0;
  let masked = 0;
  for (const report of result.reports.filter((item) => item.scope.region !== 'FR')) {
    const own = await deckRows(report.deck, report.scope.regionName);
    let found = 0;
    for (const [title, rows] of own) {
      const regional = rows.get(report.scope.regionName);
      const nationalRow = national.get(title)?.get(report.scope.regionName);
      if (!regional || !nationalRow) continue;
      expect({ table: title, region: report.scope.regionName, cells: nationalRow }).toEqual({
        table: title,
        region: report.scope.regionName,
        cells: regional,
      });
      found++;
      masked += regional.filter((cell) => cell === MASKED_TEXT).length;
    }
    // The MSP, CPTS, centres and programme tables at least: a comparison that finds nothing proves nothing.
    expect(found, report.scope.regionName).toBeGreaterThanOrEqual(8);
    compared += found;
  }
  return { compared, masked };
}

const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;

/** Corse, Guadeloupe and Martinique: few structures, so many figures under the threshold. */
const SMALL_REGIONS = ['01', '02', '94'];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'national-deck-test-'));
  internal = await generateRegionReports({ from: (await fixtureRun('national')).out, out: path.join(scratch, 'interne'), regions: 'toutes' }, { now });
  generateExports({ scale: 'national', regions: SMALL_REGIONS, out: path.join(scratch, 'exports') });
  // A partner batch is a release of the run: a run of its own, its register beside it.
  const run = path.join(scratch, 'run');
  await runPipeline({ input: path.join(scratch, 'exports'), out: run, log: silentLogger, now: RUN_DATE });
  partner = await generateRegionReports({ from: run, out: path.join(scratch, 'partenaire'), regions: 'toutes', secret: 11 }, { now });
  partnerTruth = await readPublishedTables(run);
}, 900_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('--regions toutes on national data', () => {
  it('writes the regions’ folders and France’s, internal and for partners, and lists France in the index', async () => {
    for (const [result, folder, codes] of [
      [internal, 'interne', REGIONS.map((region) => region.code)],
      [partner, 'partenaire', SMALL_REGIONS],
    ] as const) {
      expect(result.failed).toEqual([]);
      const entries = await readdir(path.join(scratch, folder));
      expect(entries.sort()).toEqual([...codes, 'france', 'index.csv', 'index.html'].sort());
    }
    expect(path.basename(internal.reports.at(-1)!.deck)).toBe('commission-france-2024.pptx');
    expect(path.basename(partner.reports.at(-1)!.deck)).toBe('commission-france-2024-diffusion-secret11.pptx');
    const index = csvRows(await readFile(internal.index.csv, 'utf8'));
    expect(index.filter((row) => row[0] === 'FR').map((row) => row[1])).toContain('France entière');
  });

  it('tells France by its regions: regions as rows, France as the total, the same slides and headlines', async () => {
    const slides = await readSlides(internal.reports.at(-1)!.deck);
    const text = slides.map((slide) => slide.texts.join(' ')).join('\n');
    expect(text).toContain('COMMISSIONS PARITAIRES RÉGIONALES – LA FRANCE PAR RÉGION');
    expect(text).toContain('Faits marquants 2024 – France entière');
    expect(text).not.toMatch(/Département|par département :/);
    const adhesions = slides.find((slide) => slide.texts[1]?.startsWith('MSP – état des lieux'))!;
    expect(adhesions.tables[0]![0]![0]).toBe('Région');
    const rows = slides.filter((slide) => slide.texts[1]?.startsWith('MSP – état des lieux')).flatMap((slide) => slide.tables[0]!.slice(1));
    expect(rows.map((row) => row[0])).toEqual([...REGIONS.map((region) => region.nom), 'France']);
    // France's row is the sum of the regions' for a count.
    const actives = rows.map((row) => Number(row[4]!.replace(/\s/g, '')));
    expect(actives.at(-1)).toBe(actives.slice(0, -1).reduce((a, b) => a + b, 0));
  });

  it('keeps every slide title of every deck on its line above the rule, the longest regions’ names included', async () => {
    let shrunk = 0;
    for (const report of internal.reports) {
      const slides = await readSlides(report.deck);
      const titles = slides.map((slide) => ({ slide: slide.number, title: slideTitle(slide.xml, TITLE.y) }));
      // Every slide but the cover has its title bar.
      expect(titles.filter((item) => item.title === undefined).map((item) => item.slide)).toEqual([1]);
      for (const { slide, title } of titles) {
        if (!title) continue;
        if (title.size < TITLE.fontSize) shrunk++;
        const width = textWidthPoints(title.text, title.size, true);
        // Less the side bearings resvg's ink box leaves out.
        expect({ deck: path.basename(report.deck), slide, title: title.text, fits: width <= CONTENT.w * 72 - 2 }).toEqual({
          deck: path.basename(report.deck),
          slide,
          title: title.text,
          fits: true,
        });
      }
    }
    // Provence-Alpes-Côte d'Azur's and Bourgogne-Franche-Comté's titles, France's longest ones.
    expect(shrunk).toBeGreaterThan(20);
  });

  it('gives each region’s row in the national deck the figures of the region’s own deck', async () => {
    const { compared } = await compareWithNational(internal);
    expect(compared).toBeGreaterThanOrEqual(18 * 8);
  });

  it('masks in the national partner deck exactly what each region’s partner deck masks', async () => {
    const { compared, masked } = await compareWithNational(partner);
    expect(compared).toBeGreaterThanOrEqual(3 * 8);
    // The threshold masks small regions' figures: the comparison covers « NS » cells, not only numbers.
    expect(masked).toBeGreaterThan(0);
  });

  it('leaves the attacker holding every file of the batch (CSVs and workbooks, France’s too) no masked figure', async () => {
    // France's rows add the regions up: with a region's files alone they were not there to use.
    const all = new Map() as Holding;
    for (const report of partner.reports) {
      await readCsvs(all, partnerTruth, path.dirname(report.deck));
      await readWorkbook(all, partnerTruth, report.workbook);
    }
    const france = [...(all.get('indicateurs')?.values() ?? [])].filter((entry) => entry.row.niveau === 'france');
    expect(france.length).toBeGreaterThan(0);
    expect(france.some((entry) => entry.masked.size > 0)).toBe(true);
    expect(breaches(await attack(heldTables(all), partnerTruth), 11)).toEqual([]);
  }, 300_000);
});
