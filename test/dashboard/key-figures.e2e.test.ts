// The key figures band of the dashboard, read in Chromium as a person would: the deck's headline
// sentences and 2–4 figures at the top of each section, on the version-2 fixture (2023, with the
// 2022 MSP remunerations), at desktop and phone widths.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../dashboard/tools/chromium';
import { type StaticServer, serveStatic } from '../../dashboard/tools/static-server';
import { dashboardBuild } from '../support/fixture-runs';
import { ARTIFACTS, plain } from './helpers/dashboard-site';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // The version-2 fixture through the pipeline with --arrete 2024-04-30, and its dashboard (shared builds).
  server = await serveStatic((await dashboardBuild('idf-2023-v2-arrete-2024-04-30')).dist, '/cpr/');
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

const band = async (page: Page) => ({
  sentences: (await page.locator('.key-figures .key-headline').allTextContents()).map(plain),
  tiles: (await page.locator('.key-figures .key-tile').allTextContents()).map(plain),
});

describe('the key figures of each section', () => {
  it('remuneration: the total rose by 26,3 % from 10 529 910,00 €, both means with their change, and where Paris stands', async () => {
    const page = await open('?region=11&rubrique=remunerations&indicateur=montant_total&annee=2023&type_structure=MSP&departement=75');
    const { sentences, tiles } = await band(page);
    expect(sentences).toContain(
      'Les rémunérations versées aux MSP au titre de l’ACI pour 2023 représentent au total 13 295 968,61 €, en hausse de 26,3 % par rapport à 2022 (10 529 910,00 €).',
    );
    expect(sentences).toContain('La rémunération 2023 moyenne par MSP est de 82 073,88 € contre 72 122,67 € en 2022, en hausse de 13,8 %.');
    expect(tiles[0]).toContain('13 295 968,61 €');
    expect(tiles[1]).toContain('+26,3 %');
    expect(tiles[2]).toMatch(/^Paris, en 20232 652 841,24 €Montant total – 1er sur 8 départements$/);
    expect(tiles).toHaveLength(3);
    // Above the map: the first thing read in the section.
    const top = await page.locator('.key-figures').boundingBox();
    const map = await page.locator('figure.map').boundingBox();
    expect(top!.y).toBeLessThan(map!.y);
    await page.locator('.key-figures').screenshot({ path: path.join(ARTIFACTS, 'key-figures-remunerations-1280.png') });
    await page.context().close();
  });

  it('contracts: dated at the cut-off, with 2024 counted to 30/04/2024', async () => {
    const page = await open('?region=11&rubrique=adhesions&indicateur=nb_actives_fin_annee');
    const { sentences, tiles } = await band(page);
    expect(sentences).toContain('174 MSP ont un contrat ACI actif au 30/04/2024, contre 170 au 31/12/2023 (+4 MSP, +2,4 %).');
    expect(sentences).toContain('4 adhésions supplémentaires sont déjà intervenues en 2024 (au 30/04/2024).');
    expect(tiles[0]).toBe('Île-de-France, au 30/04/2024174Actives');
    await page.context().close();
  });

  it('screening: the chosen programme’s rate with its change in points, at 390 px wide too', async () => {
    const page = await open('?region=11&rubrique=depistage&indicateur=taux&programme=sein&annee=2023', 390);
    const { sentences, tiles } = await band(page);
    expect(sentences[0]).toBe(
      'Dépistage organisé du cancer du sein : 57,5 % de participation en 2023 en Île-de-France (+0,5 pt par rapport à 2022, +1,9 pt depuis 2021).',
    );
    expect(tiles[1]).toContain('+0,5 pt');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.locator('.key-figures').screenshot({ path: path.join(ARTIFACTS, 'key-figures-depistage-390.png') });
    await page.context().close();
  });

  it('a section with no figure for the region shows no band', async () => {
    const page = await open('?region=76&rubrique=remunerations');
    expect(await page.locator('.key-figures').count()).toBe(0);
    await page.context().close();
  });
});
