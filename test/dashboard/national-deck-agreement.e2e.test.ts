// The dashboard and the decks tell the same story: on generated national data, every headline of
// the dashboard's France view is one of the national deck's (`--region FR`), and every headline of a
// region's page one of that region's deck, word for word and figure for figure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../reports/generate-report';
import { readSlides } from '../reports/helpers/office-xml';
import { RUN_DATE } from '../support/fixture-runs';
import { type DashboardSite, plain, startDashboardSite, watchPages } from './helpers/dashboard-site';

const SECTIONS = [
  'adhesions',
  'patientele',
  'remunerations',
  'professionnels',
  'msp_profil',
  'cpts_couverture',
  'cds',
  'cds_effectifs',
  'cds_patientele',
  'cds_remunerations',
  'remunerations_groupes',
  'depistage',
  'evenements',
];

let site: DashboardSite;
let scratch: string;
const open = watchPages();

async function deckText(region: string): Promise<string> {
  const report = await generateReport({ from: site.out, out: path.join(scratch, region), region }, { now: () => RUN_DATE });
  return (await readSlides(report.deck)).map((slide) => slide.texts.join('\n')).join('\n');
}

async function headlines(region: string, section: string): Promise<string[]> {
  const { page } = await open(site, `?region=${region}&rubrique=${section}`);
  await page.locator('.key-headline').first().waitFor();
  return (await page.locator('.key-headline').allTextContents()).map(plain);
}

beforeAll(async () => {
  site = await startDashboardSite({ fixture: 'national' });
  scratch = await mkdtemp(path.join(tmpdir(), 'national-agreement-'));
});

afterAll(async () => {
  await site?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('the dashboard and the decks on national data', () => {
  for (const [region, name] of [
    ['FR', 'the France view and the national deck'],
    ['11', 'the Île-de-France page and its deck'],
  ] as const) {
    it(`${name}: every headline of the page is in the deck`, async () => {
      const deck = plain(await deckText(region));
      let told = 0;
      for (const section of SECTIONS) {
        const sentences = await headlines(region, section);
        expect(sentences.length, section).toBeGreaterThan(0);
        for (const sentence of sentences) expect(deck, `${section} : ${sentence}`).toContain(sentence);
        told += sentences.length;
      }
      expect(told).toBeGreaterThanOrEqual(30);
    });
  }
});
