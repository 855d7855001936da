// The sections of contract version 2 (CDS block, groups, indicators, other programmes) in the built
// dashboard, in Debian's headless Chromium, on the pipeline's output for the version-2 IDF fixture.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type DashboardSite, plain, startDashboardSite, type WatchedPage, watchPages } from './helpers/dashboard-site';

let site: DashboardSite;
const openOn = watchPages();
const open = (query = '', viewport?: { width: number; height: number }): Promise<WatchedPage> => openOn(site, query, viewport);

/** The region's total line of the table by department, as read on screen. */
async function regionCells(page: WatchedPage['page']): Promise<string[]> {
  const cells = await page.locator('table[data-table="par-departement"] tfoot tr[data-code="11"] td').allTextContents();
  return cells.map(plain);
}

async function columnOf(page: WatchedPage['page'], label: string): Promise<number> {
  // Each header's label as printed (the sort button holds it too); the first is the territory's.
  const headers = (await page.locator('table[data-table="par-departement"] thead th .print-only').allTextContents()).map(plain);
  const index = headers.indexOf(label);
  if (index < 1) throw new Error(`no column « ${label} » in ${headers.join(' | ')}`);
  return index - 1;
}

beforeAll(async () => {
  site = await startDashboardSite({ fixture: 'idf-2023-v2' });
});

afterAll(async () => {
  await site?.close();
});

describe('dashboard sections of contract version 2 (IDF v2 fixture, headless Chromium)', () => {
  it('lists the new sections in the deck’s order', async () => {
    const { page } = await open('?region=11');
    const labels = (await page.locator('.sections a').allTextContents()).map(plain);
    const news = ['CDS – effectifs (ETP)', 'CDS – patientèle', 'CDS – rémunération', 'Rémunération – groupes', 'Atteinte des indicateurs', 'Autres programmes'];
    expect(labels.filter((label) => news.includes(label))).toEqual(news);
    expect(labels.indexOf('CDS – effectifs (ETP)')).toBeGreaterThan(labels.indexOf('Centres de santé'));
    expect(labels.indexOf('Autres programmes')).toBe(labels.length - 1);
  });

  it('CDS effectifs: the region’s FTE by profession for polyvalent and medical centres', async () => {
    const { page } = await open('?region=11');
    await page.getByRole('link', { name: 'CDS – effectifs (ETP)' }).click();
    await page.waitForURL(/rubrique=cds_effectifs/);
    const groups = await page.getByLabel('Catégorie de centres', { exact: true }).locator('option').allTextContents();
    expect(groups).toEqual(['Polyvalents et médicaux', 'Dentaires', 'Infirmiers', 'Ensemble']);
    const table = page.locator('table[data-table="par-categorie"]');
    await expect(table.locator('caption').textContent()).resolves.toBe(
      'CDS – effectifs salariés en équivalents temps plein – Île-de-France, 2023, Polyvalents et médicaux',
    );
    const all = table.locator('tbody tr', { hasText: 'Ensemble des professionnels' });
    expect((await all.locator('td').allTextContents()).map(plain)).toEqual(['428', '10 533', '5 363,1']);
    const gp = table.locator('tbody tr', { hasText: 'Médecins généralistes' });
    expect((await gp.locator('td').allTextContents()).map(plain)).toEqual(['428', '2 424', '1 059,0']);
  });

  it('CDS patientèle: the widened patientèle of polyvalent and medical centres, none for dental centres', async () => {
    const { page } = await open('?region=11&rubrique=cds_patientele');
    const cells = await regionCells(page);
    expect(cells[await columnOf(page, 'Centres')]).toBe('428');
    expect(cells[await columnOf(page, 'Patientèle MT')]).toBe('540 692');
    expect(cells[await columnOf(page, 'Patientèle MT élargie')]).toBe('649 511');
    await page.getByLabel('Catégorie de centres', { exact: true }).selectOption({ label: 'Dentaires' });
    await page.waitForURL(/categorie=dentaire/);
    const dental = await regionCells(page);
    expect(dental[await columnOf(page, 'Centres')]).toBe('418');
    expect(dental[await columnOf(page, 'File active dentaire')]).toBe('1 365 698');
    // Not applicable to a dental centre: shown empty, not 0.
    expect(dental[await columnOf(page, 'Patientèle MT')]).toBe('–');
  });

  it('CDS rémunération: 24 502 551,41 € for polyvalent and medical centres in 2023', async () => {
    const { page } = await open('?region=11');
    await page.getByRole('link', { name: 'CDS – rémunération' }).click();
    await page.waitForURL(/rubrique=cds_remunerations/);
    const cells = await regionCells(page);
    expect(cells[await columnOf(page, 'Centres rémunérés')]).toBe('386');
    expect(cells[await columnOf(page, 'Montant total')]).toBe('24 502 551,41 €');
    expect(cells[await columnOf(page, 'Trop-perçu')]).toBe('90 454,63 €');
    expect(plain(await page.locator('table[data-table="par-departement"] tbody tr[data-code="75"] td').nth(1).textContent())).toBe('5 992 013,68 €');
  });

  it('Rémunération – groupes: the CDS of group 4 with their share', async () => {
    const { page } = await open('?region=11&rubrique=remunerations_groupes');
    await page.getByLabel('Type de structure', { exact: true }).selectOption('CDS');
    await page.waitForURL(/type_structure=CDS/);
    const groups = (await page.getByLabel('N° de groupe', { exact: true }).locator('option').allTextContents()).map(plain);
    expect(groups).toHaveLength(5);
    expect(groups[0]).toBe('1. Prérequis atteints : rémunération versée en intégralité');
    await page.getByLabel('N° de groupe', { exact: true }).selectOption('4');
    await page.waitForURL(/groupe=4/);
    const cells = await regionCells(page);
    expect(cells).toEqual(['28', '3,3 %']);
    await expect(page.locator('table[data-table="par-departement"] caption').textContent()).resolves.toContain(
      '4. Prérequis non atteints : avance à rembourser',
    );
  });

  it('Atteinte des indicateurs: « Accessibilité » reached by 310 of 428 polyvalent and medical centres', async () => {
    const { page } = await open('?region=11&rubrique=indicateurs', { width: 1280, height: 800 });
    await page.getByLabel('Type de structure', { exact: true }).selectOption('CDS');
    await page.waitForURL(/type_structure=CDS/);
    // Only the CDS groups and the CDS indicators are offered once CDS is chosen.
    // (the fixture has indicator rows for polyvalent and medical centres only).
    const groups = await page.getByLabel('Catégorie de centres', { exact: true }).locator('option').allTextContents();
    expect(groups).toEqual(['Polyvalents et médicaux', 'Ensemble']);
    await page.getByLabel('Catégorie de centres', { exact: true }).selectOption({ label: 'Polyvalents et médicaux' });
    await page.waitForURL(/categorie=polyvalent_medical/);
    const indicators = page.getByLabel('Indicateur de rémunération', { exact: true });
    const options = await indicators.locator('option').allTextContents();
    expect(options[0]).toBe('Accessibilité');
    expect(options).toContain('Fonction de coordination');
    expect(options).not.toContain('Réponse aux crises sanitaires graves');
    await indicators.selectOption({ label: 'Accessibilité' });
    const cells = await regionCells(page);
    expect(cells[await columnOf(page, 'Structures')]).toBe('428');
    expect(cells[await columnOf(page, 'Structures l’atteignant')]).toBe('310');
    expect(cells[await columnOf(page, 'Part des structures l’atteignant')]).toBe('72,4 %');
    expect(new URL(page.url()).searchParams.get('code_indicateur')).toBe('cds_accessibilite');
    // The map shows the share reaching it by department.
    expect(new URL(page.url()).searchParams.get('indicateur')).toBe('pct_atteint');

    // Every CDS indicator of the region in the reference list's order, sortable by its share.
    const list = page.locator('table[data-table="par-indicateur"]');
    await expect(list.locator('caption').textContent()).resolves.toBe(
      'Rémunération – atteinte des indicateurs – Île-de-France, 2023, CDS, Polyvalents et médicaux',
    );
    expect(await list.locator('tbody tr').count()).toBe(30);
    const first = list.locator('tbody tr').first();
    expect(plain(await first.locator('th').textContent())).toBe('Accessibilité');
    expect((await first.locator('td').allTextContents()).map(plain)).toEqual(['Accès aux soins', '310', '72,4 %', '7,8 %']);
    const share = list.locator('thead th', { hasText: 'Part des structures l’atteignant' });
    await share.getByRole('button').click();
    await share.getByRole('button').click();
    await expect(share.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(plain(await list.locator('tbody tr').first().locator('th').textContent())).toBe('Niveau 1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-v2-indicateurs.png') });
    await list.screenshot({ path: path.join(ARTIFACTS, 'dashboard-v2-indicateurs-table.png') });
  });

  it('lists the centres behind the CDS figures of Seine-Saint-Denis: each column adds up to the department’s figure', async () => {
    const sections = {
      cds_remunerations: ['Centres rémunérés', 'Montant total', 'Trop-perçu', 'Prérequis non atteints', 'Avance à rembourser'],
      cds_effectifs: ['Centres', 'Effectif', 'ETP'],
      cds_patientele: ['Centres', 'Patientèle MT', 'File active médecine générale'],
    };
    for (const [section, labels] of Object.entries(sections)) {
      const { page } = await open(`?region=11&rubrique=${section}&structures=93`);
      const list = page.locator('section.structures');
      await list.waitFor();
      const head = (await list.locator('thead th .print-only').allTextContents()).map(plain);
      const sums = (await list.locator('tfoot tr[data-total="sum"] td').allTextContents()).map(plain);
      const firstValue = head.length - sums.length;
      const row = (await page.locator('table[data-table="par-departement"] tbody tr[data-code="93"] td').allTextContents()).map(plain);
      for (const label of labels) {
        expect(sums[head.indexOf(label) - firstValue], `${section} ${label}`).toBe(row[await columnOf(page, label)]);
      }
      expect(await list.locator('tbody tr').count()).toBeGreaterThan(0);
      const means = (await list.locator('tfoot tr[data-total="mean"] td').allTextContents()).map(plain);
      const mean = {
        cds_remunerations: ['Montant total', 'Moyenne'],
        cds_patientele: ['File active médecine générale', 'File active médecine générale moyenne'],
      }[section];
      if (mean) expect(means[head.indexOf(mean[0]!) - firstValue], `${section} ${mean[1]}`).toBe(row[await columnOf(page, mean[1]!)]);
    }
  });

  it('Autres programmes: Mon soutien psy 359 for Île-de-France, Prado by period', async () => {
    const { page } = await open('?region=11&rubrique=indicateurs_territoriaux', { width: 1280, height: 800 });
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Psychologues conventionnés Mon soutien psy (fin de mois)' });
    await page.waitForURL(/code_indicateur=psychologues_mon_soutien_psy/);
    expect(await regionCells(page)).toEqual(['359']);
    expect(plain(await page.locator('table[data-table="par-departement"] tbody tr[data-code="75"] td').textContent())).toBe('147');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-v2-autres-programmes.png') });

    await page.getByLabel('Programme', { exact: true }).selectOption('prado_ic');
    const period = page.getByLabel('Période', { exact: true });
    expect(await period.locator('option').allTextContents()).toEqual(['avril 2023', 'avril 2024']);
    await expect.poll(() => period.inputValue()).toBe('2024-04');
    expect(await regionCells(page)).toEqual(['1 329']);
    await period.selectOption({ label: 'avril 2023' });
    await expect.poll(() => regionCells(page)).toEqual(['1 183']);
  });

  it('downloads the CDS rémunération table as a French-Excel CSV: BOM, semicolons, decimal commas', async () => {
    const { page } = await open('?region=11&rubrique=cds_remunerations');
    const block = page.locator('section.table-block[data-block="par-departement"]');
    const [download] = await Promise.all([page.waitForEvent('download'), block.getByRole('button', { name: 'Télécharger CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('cds-remunerations-11-2023-polyvalent-medical.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Code;Territoire;Centres rémunérés;Montant total;Avance;Solde;Trop-perçu;Moyenne;Prérequis non atteints;Avance à rembourser');
    expect(lines[1]).toBe('75;Paris;109;5992013,68;3540255;2451758,68;12401,2;54972,6;13;294840');
    expect(lines.find((line) => line.startsWith('11;'))).toBe('11;Île-de-France;386;24502551,41;14348408;10154143,41;90454,63;63478,11;42;632461');
  });
});
