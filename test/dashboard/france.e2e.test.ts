// The France view on national-scale data (the generator's `national` scale through the pipeline),
// and the committed sample (data/sample), whose rejected lines show in the data-quality notice.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTEMENTS, REGIONS } from '../../core';
import { ARTIFACTS, type DashboardSite, plain, startDashboardSite, waitForZoom, watchPages } from './helpers/dashboard-site';

let national: DashboardSite;
let sample: DashboardSite;
const open = watchPages();

beforeAll(async () => {
  // The generator's national scale and data/sample, each through the pipeline.
  national = await startDashboardSite({ fixture: 'national' });
  sample = await startDashboardSite({ fixture: 'sample' });
});

afterAll(async () => {
  await national?.close();
  await sample?.close();
});

describe('France view (national data)', () => {
  it('opens on France as a whole when the data cover every region, with the 101 departments and the region rows', async () => {
    const { page } = await open(national, '?rubrique=remunerations');
    await waitForZoom(page, 'FR');
    await expect(page.getByLabel('Région', { exact: true }).inputValue()).resolves.toBe('FR');
    expect(page.url()).toContain('region=FR');
    await expect(page.locator('#section-title').textContent()).resolves.toBe('MSP – rémunération ACI – France entière');
    expect(await page.locator('path.dep.in-region').count()).toBe(101);
    const table = page.locator('table[data-table="par-departement"]');
    const codes = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes).toHaveLength(101);
    expect([...codes].sort()).toEqual(DEPARTEMENTS.map((d) => d.code).sort());
    const totals = await table.locator('tfoot tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(totals).toEqual([...REGIONS.map((r) => r.code).sort(), 'FR']);
    // The key figures speak of France by its name, never its code (they said « FR, en 2023 »).
    expect(plain(await page.locator('.key-figures .key-tile dt').first().textContent())).toMatch(/^France entière, en \d{4}$/);
    expect((await page.locator('#app').textContent())?.match(/\bFR\b/g) ?? null).toBeNull();
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-france-view.png') });
  });

  it('shows a department beside its region and France, with its rank among the 101 departments', async () => {
    const { page } = await open(national, '?region=FR&rubrique=remunerations&departement=93');
    const panel = page.locator('aside.panel');
    await panel.waitFor();
    const heads = (await panel.locator('table[data-table="remunerations"] thead th').allTextContents()).map(plain);
    expect(heads).toEqual(['Indicateur', 'Département', 'Île-de-France', 'France']);
    const line = panel.locator('table[data-table="remunerations"] tbody tr', { hasText: 'Montant total' });
    const rank = plain(await line.locator('.rank').textContent());
    expect(rank).toMatch(/^(1er|\d+e)( ex aequo)? sur 101 départements$/);
    // The rank is the department's place in the table sorted by that figure, largest first.
    const table = page.locator('table[data-table="par-departement"]');
    const header = table.locator('thead th', { hasText: 'Montant total' });
    await header.getByRole('button').click();
    await header.getByRole('button').click();
    const order = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(rank.startsWith(order.indexOf('93') === 0 ? '1er' : `${order.indexOf('93') + 1}e`)).toBe(true);
    const france = plain(await line.locator('td').nth(2).textContent());
    expect(plain(await table.locator('tfoot tr[data-code="FR"] td').nth(1).textContent())).toBe(france);
    // The map stays on France: clicking another department keeps the view.
    await page.locator('path.dep[data-code="13"]').click();
    await expect.poll(() => page.locator('aside.panel h2').textContent()).toBe('Bouches-du-Rhône (13)');
    expect(new URL(page.url()).searchParams.get('region')).toBe('FR');
  });

  it('fits 390 px with the France view and a panel open', async () => {
    const { page } = await open(national, '?region=FR&rubrique=cds&departement=59', { width: 390, height: 844 });
    await page.locator('aside.panel').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('sample data (data/sample, 22 rejected lines)', () => {
  it('keeps Seine-et-Marne in the screening years table although its 2024 rate was rejected', async () => {
    const { page } = await open(sample, '?rubrique=depistage&programme=sein');
    const row = page.locator('table[data-table="par-annee"] tbody tr[data-code="77"]');
    expect((await row.locator('td').allTextContents()).map(plain)).toEqual(['57,6 %', '57,4 %', '–', '–']);
    // The wide years table keeps its first column in view.
    expect(await row.locator('th').evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
  });

  it('says how many rows the figures exclude and lists them with file, line and reason', async () => {
    const { page } = await open(sample);
    const notice = page.locator('.quality-notice');
    expect(plain(await notice.textContent())).toBe(
      'Qualité des données : les chiffres excluent 22 lignes rejetées au contrôle des fichiers – voir la liste (fichier, ligne, motif).',
    );
    await notice.getByRole('link').click();
    await page.waitForSelector('table[data-quality="lignes-rejetees"]');
    const rows = await page
      .locator('table[data-quality="lignes-rejetees"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const expected = Papa.parse<Record<string, string>>(await readFile(path.join(sample.out, 'rejects.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(22);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(expected.map((r) => [r.file, r.line, r.reason]));
    expect(rows.some((r) => r[0] === 'depistage.csv')).toBe(true);
    // The cross-dataset controls of the same run, every line of controles.csv, with their counts.
    const controls = Papa.parse<Record<string, string>>(await readFile(path.join(sample.out, 'controles.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(controls.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.control-table tbody tr').count()).toBe(controls.length);
    const alertes = controls.filter((c) => c.gravite === 'alerte').length;
    expect(plain(await page.locator('.control-counts').textContent())).toContain(`${alertes} alerte`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-quality.png'), fullPage: true });
    await page.getByRole('link', { name: /Retour/ }).click();
    await page.waitForSelector('svg.map-svg');
  });
});
