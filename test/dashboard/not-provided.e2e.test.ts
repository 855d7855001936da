// A section whose export the run did not have says « données non fournies » in the page, on the
// map and in place of its tables, never zeros: the version-1 fixture has no indicator exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DashboardSite, plain, startDashboardSite, watchPages } from './helpers/dashboard-site';

let v1: DashboardSite;
const open = watchPages();

beforeAll(async () => {
  v1 = await startDashboardSite({ fixture: 'idf-2023' });
});
afterAll(async () => {
  await v1?.close();
});

describe('a section without its export (fixture version 1)', () => {
  it('says which export is missing, on the map and instead of the tables', async () => {
    const { page } = await open(v1, '?rubrique=indicateurs');
    const sentence = 'Données non fournies : l’export « indicateurs de rémunération » manque à ce traitement ; cette rubrique n’a aucun chiffre.';
    await expect(page.locator('[data-not-provided="indicateurs"]').textContent()).resolves.toBe(sentence);
    expect(plain(await page.locator('.map-message').textContent())).toBe(sentence);
    expect(await page.locator('table[data-table]').count()).toBe(0);
  });

  it('leaves the sections of the exports it had as they were', async () => {
    const { page } = await open(v1, '?rubrique=remunerations');
    expect(await page.locator('[data-not-provided]').count()).toBe(0);
    expect(await page.locator('table[data-table="par-departement"] tbody tr').count()).toBe(8);
  });
});
