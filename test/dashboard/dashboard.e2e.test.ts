// The built dashboard, served from a local static server under a sub-path, in Debian's headless
// Chromium, on the outputs of the pipeline for the Île-de-France fixture.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTEMENTS, departementsOf, EXCEL_FORMATS } from '../../core';
import { ARTIFACTS, type DashboardSite, plain, startDashboardSite, type WatchedPage, waitForZoom, watchPages } from './helpers/dashboard-site';
import { officeText } from './helpers/office-text';

let site: DashboardSite;
const openOn = watchPages();
const open = (query = ''): Promise<WatchedPage> => openOn(site, query);

beforeAll(async () => {
  site = await startDashboardSite();
});

afterAll(async () => {
  await site?.close();
});

describe('dashboard (built site, IDF fixture, headless Chromium)', () => {
  it('opens on Île-de-France with one shape per department and the overseas departments in insets', async () => {
    const { page } = await open();
    await waitForZoom(page, '11');
    expect(new URL(page.url()).pathname).toBe('/cpr/');
    expect(plain(await page.locator('#meta').textContent())).toBe('Données publiées le 03/06/2024, dernière année de données : 2023.');
    const codes = await page.locator('svg.map-svg path.dep').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')));
    expect(codes).toHaveLength(101);
    expect([...codes].sort()).toEqual(DEPARTEMENTS.map((d) => d.code).sort());
    const insets = await page.locator('svg.map-svg rect.inset-frame').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-code')));
    expect(insets.sort()).toEqual(['971', '972', '973', '974', '976']);

    // Each overseas department is drawn inside its own frame, away from metropolitan France.
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => {
        const { x, y, width, height } = (document.querySelector(selector) as SVGGraphicsElement).getBBox();
        return { x, y, width, height };
      };
      const metro = ['29', '67', '2B', '59', '66'].map((code) => box(`path.dep[data-code="${code}"]`));
      return {
        metro: {
          x0: Math.min(...metro.map((b) => b.x)),
          x1: Math.max(...metro.map((b) => b.x + b.width)),
          y0: Math.min(...metro.map((b) => b.y)),
          y1: Math.max(...metro.map((b) => b.y + b.height)),
        },
        overseas: ['971', '972', '973', '974', '976'].map((code) => ({
          path: box(`path.dep[data-code="${code}"]`),
          frame: box(`rect.inset-frame[data-code="${code}"]`),
        })),
      };
    });
    for (const { path: shape, frame } of boxes.overseas) {
      expect(shape.width).toBeGreaterThan(1);
      expect(shape.x).toBeGreaterThanOrEqual(frame.x);
      expect(shape.x + shape.width).toBeLessThanOrEqual(frame.x + frame.width);
      const inMetro = shape.x > boxes.metro.x0 && shape.x + shape.width < boxes.metro.x1 && shape.y > boxes.metro.y0 && shape.y + shape.height < boxes.metro.y1;
      expect(inMetro).toBe(false);
    }

    // The region's eight departments are coloured and focusable; the others are not.
    const inRegion = await page.locator('path.dep.in-region').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')));
    expect(inRegion.sort()).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    await expect.poll(() => page.locator('path.dep[data-code="93"]').evaluate((p) => getComputedStyle(p).fill)).not.toBe('rgb(228, 225, 218)');
    await expect(page.locator('.credit').textContent()).resolves.toContain('Natural Earth');
    expect(await page.locator('.map-message').isHidden()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-idf.png'), fullPage: true });

    // Zoomed out (every department in view) for the record of the insets.
    await page.evaluate(() => document.querySelector('svg.map-svg')!.setAttribute('viewBox', '0 0 640 600'));
    await page.locator('figure.map').screenshot({ path: path.join(ARTIFACTS, 'dashboard-france.png') });
  });

  it('shows 13 295 968,61 € as the region total of the remuneration table', async () => {
    const { page } = await open();
    await page.getByRole('link', { name: 'MSP – rémunération ACI' }).click();
    await page.waitForURL(/rubrique=remunerations/);
    const table = page.locator('table[data-table="par-departement"]');
    await expect(table.locator('caption').textContent()).resolves.toBe('MSP – rémunération ACI – Île-de-France, 2023');
    const total = table.locator('tfoot tr[data-code="11"]');
    expect(plain(await total.locator('th .row-name').textContent())).toBe('Île-de-France');
    const cells = await total.locator('td').allTextContents();
    expect(cells[0]).toBe('162');
    expect(cells[1]).toBe('13\u202f295\u202f968,61\u00a0€');
    expect(plain(cells[2]!)).toBe('6 034 501,56 €');
    expect(cells.at(-1)).toBe('5');
    const paris = await table.locator('tbody tr[data-code="75"] td').allTextContents();
    expect(plain(paris[1]!)).toBe('2 652 841,24 €');
    // Header cells are real column and row headers.
    expect(await table.locator('thead th[scope="col"]').count()).toBe(10);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(8);
    // The map's legend speaks French too: round bounds (core/map-classes, shared with the deck).
    const legend = (await page.locator('.legend li').allTextContents()).map(plain);
    expect(legend).toEqual([
      'de 1 000 000 € à moins de 1 500 000 €',
      'de 1 500 000 € à moins de 2 000 000 €',
      'de 2 000 000 € à moins de 2 500 000 €',
      '2 500 000 € et plus',
      'Pas de donnée',
      'Hors région',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-remunerations.png'), fullPage: true });
  });

  it('sorts a table by a column, keeping the region total last', async () => {
    const { page } = await open('?region=11&rubrique=remunerations&indicateur=montant_total');
    const table = page.locator('table[data-table="par-departement"]');
    const header = table.locator('thead th', { hasText: 'Montant total' });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(await table.locator('tbody tr').first().getAttribute('data-code')).toBe('92');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual([
      '75',
      '91',
      '77',
      '93',
      '95',
      '78',
      '94',
      '92',
    ]);
    expect(await table.locator('tfoot tr').getAttribute('data-code')).toBe('11');
    // The sort button kept keyboard focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Montant total');
  });

  it('moves to Occitanie when chosen, zooms on its departments and says it has no data', async () => {
    const { page } = await open('?rubrique=cpts_couverture');
    await waitForZoom(page, '11');
    const before = await page.locator('svg.map-svg').getAttribute('viewBox');
    await page.getByLabel('Région', { exact: true }).selectOption({ label: 'Occitanie' });
    await waitForZoom(page, '76');
    expect(await page.locator('svg.map-svg').getAttribute('viewBox')).not.toBe(before);
    expect(page.url()).toContain('region=76');
    expect(plain(await page.locator('.map-message').textContent())).toBe(
      'Aucune donnée pour Occitanie dans cette publication (régions couvertes : Île-de-France).',
    );
    const inRegion = await page.locator('path.dep.in-region').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')));
    expect(inRegion.sort()).toEqual(
      departementsOf('76')
        .map((d) => d.code)
        .sort(),
    );
    // Occitanie's departments are hatched "no data", not coloured.
    expect(await page.locator('path.dep[data-code="31"]').evaluate((p) => (p as SVGPathElement).style.fill)).toContain('no-data');
    expect(plain(await page.locator('.tables .empty').textContent())).toBe('Aucune donnée pour Occitanie dans cette rubrique.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-occitanie.png'), fullPage: true });

    // Every other region of the 18 says so too, and La Réunion zooms on its inset.
    const regions = await page
      .getByLabel('Région', { exact: true })
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    // The 18 regions; no « France entière » on one region's data (it would be Île-de-France).
    expect(regions).toHaveLength(18);
    expect(regions).not.toContain('FR');
    await page.getByLabel('Région', { exact: true }).selectOption('04');
    await waitForZoom(page, '04');
    expect(plain(await page.locator('.map-message').textContent())).toContain('Aucune donnée pour La Réunion');
    const [x, y, w, h] = (await page.locator('svg.map-svg').getAttribute('viewBox'))!.split(' ').map(Number);
    const reunion = await page.locator('path.dep[data-code="974"]').evaluate((p) => {
      const { x, y, width, height } = (p as SVGGraphicsElement).getBBox();
      return { x, y, width, height };
    });
    expect(reunion.x).toBeGreaterThanOrEqual(x!);
    expect(reunion.y).toBeGreaterThanOrEqual(y!);
    expect(reunion.x + reunion.width).toBeLessThanOrEqual(x! + w!);
    expect(reunion.y + reunion.height).toBeLessThanOrEqual(y! + h!);

    // The back button returns to Occitanie, then Île-de-France.
    await page.goBack();
    await waitForZoom(page, '76');
    await expect(page.getByLabel('Région', { exact: true }).inputValue()).resolves.toBe('76');
    await page.goBack();
    await waitForZoom(page, '11');
    await expect(page.getByLabel('Région', { exact: true }).inputValue()).resolves.toBe('11');
    expect(await page.locator('.map-message').isHidden()).toBe(true);
  });

  it('opens a department’s panel on click, with its figures next to the region’s', async () => {
    const { page } = await open('?rubrique=remunerations');
    await waitForZoom(page, '11');
    await page.locator('path.dep[data-code="93"]').hover();
    expect(plain(await page.locator('.tooltip').textContent())).toBe('Seine-Saint-Denis (93) – Montant total : 1 543 381,49 €');
    await page.locator('path.dep[data-code="93"]').click();
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Seine-Saint-Denis (93)');
    expect(page.url()).toContain('departement=93');
    const row = panel.locator('table[data-table="remunerations"] tr', { hasText: 'Montant total' });
    // The department's figure with its rank, then the region's (no France column: one region in the data).
    const cells = async (line: typeof row) =>
      (await line.locator('td').evaluateAll((tds) => tds.map((td) => (td.querySelector('.figure') ?? td).textContent ?? ''))).map(plain);
    expect(await cells(row)).toEqual(['1 543 381,49 €', '13 295 968,61 €']);
    expect(plain(await row.locator('.rank').textContent())).toMatch(/^(1er|\d+e)( ex aequo)? sur 8 départements$/);
    const cpts = panel.locator('table[data-table="cpts_couverture"] tr', { has: page.getByRole('rowheader', { name: 'Taux de couverture', exact: true }) });
    expect(await cells(cpts)).toEqual(['75,5 %', '78,9 %']);
    const screening = panel.locator('table[data-table="depistage"] tr', { hasText: 'Cancer colorectal' });
    expect(await cells(screening)).toEqual(['22,1 %', '24,4 %']);
    expect(await page.locator('path.dep[data-code="93"]').getAttribute('class')).toContain('selected');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-panel-93.png'), fullPage: true });

    // Escape closes it; the keyboard opens another one from the map.
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    expect(page.url()).not.toContain('departement=');
    await page.locator('path.dep[data-code="77"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside.panel h2').textContent()).resolves.toBe('Seine-et-Marne (77)');
  });

  it('can be used with the keyboard alone: Tab to a department, Enter opens its panel, Escape closes it', async () => {
    const { page } = await open('?rubrique=cpts_couverture');
    await waitForZoom(page, '11');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element ? `${element.tagName.toLowerCase()}${element.getAttribute('data-code') ? `:${element.getAttribute('data-code')}` : ''}` : '';
      });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller aux tableaux');
    await page.keyboard.press('Tab');
    // The data-quality notice links to the controls of the run (the fixture rejects no line).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('voir les contrôles croisés');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('select');
    let presses = 0;
    while (!(await focused()).startsWith('path:') && presses++ < 80) await page.keyboard.press('Tab');
    expect(await focused()).toBe('path:75');
    expect(plain(await page.locator('.tooltip').textContent())).toBe('Paris (75) – Taux de couverture : 100,0 %');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('path:77');
    await page.keyboard.press('Enter');
    await expect(page.locator('aside.panel h2').textContent()).resolves.toBe('Seine-et-Marne (77)');
    expect(await focused()).toBe('h2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aside.panel').count()).toBe(0);
    expect(await focused()).toBe('path:77');
    // Section links and sort buttons answer the keyboard too.
    await page.locator('.sections a[data-section="cds"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/rubrique=cds/);
    await page.locator('table[data-table="par-departement"] thead button', { hasText: 'Total' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.locator('table[data-table="par-departement"] tbody tr').first().getAttribute('data-code')).toBe('75');
  });

  it('keeps every text at a contrast ratio of at least 4.5:1 with its background', async () => {
    const { page } = await open('?rubrique=remunerations&departement=93');
    const failures = await page.evaluate(() => {
      const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const linear = (c: number) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const background = (element: Element | null): number[] => {
        for (let e = element; e; e = e.parentElement) {
          const c = channels(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || element.closest('svg, [hidden]')) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const fg = luminance(channels(style.color));
        const bg = luminance(background(element));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (ratio < 4.5) out.push(`${node.textContent.trim().slice(0, 40)}: ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(failures).toEqual([]);
  });

  it('downloads the table as a French-Excel CSV: BOM, semicolons, decimal commas', async () => {
    const { page } = await open('?rubrique=remunerations');
    const block = page.locator('section.table-block[data-block="par-departement"]');
    const [download] = await Promise.all([page.waitForEvent('download'), block.getByRole('button', { name: 'Télécharger CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('remunerations-11-2023-msp.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Code;Territoire;Structures rémunérées;Montant total;Avance;Solde;Moyenne;Moyenne année complète;Minimum;Maximum;Prérequis non atteints',
    );
    // Figures rounded to what they mean (euros to the cent, no float tail) and without thousands
    // separator, so Excel reads them as numbers.
    expect(lines[1]).toMatch(/^75;Paris;36;2652841,24;1174960;1477881,24;73690,03;73962,31;10871,54;157935,52;1$/);
    expect(lines[9]).toMatch(/^11;Île-de-France;162;13295968,61;6034501,56;7261467,05;82073,88;82541,12;10871,54;246438,35;5$/);
    expect(lines.slice(1, 9).map((line) => line.split(';')[0])).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(lines[10]).toBe('');
  });

  it('downloads the table as an XLSX workbook with numbers stored as numbers', async () => {
    const { page } = await open('?rubrique=remunerations');
    const block = page.locator('section.table-block[data-block="par-departement"]');
    const [download] = await Promise.all([page.waitForEvent('download'), block.getByRole('button', { name: 'Télécharger XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('remunerations-11-2023-msp.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    const total = sheet.getRow(11);
    expect(total.getCell(2).value).toBe('Île-de-France');
    expect(total.getCell(4).value).toBe(13295968.61);
    // exceljs reads the format back without the escape of the space.
    expect(total.getCell(4).numFmt).toBe(EXCEL_FORMATS.euro!.replace('\\ ', ' '));
    expect(sheet.getRow(2).getCell(4).value).toBe('Montant total');

    // LibreOffice opens it and shows the figures in French.
    const file = path.join(site.dir, 'remunerations.xlsx');
    await download.saveAs(file);
    const text = plain(await officeText(file, path.join(ARTIFACTS, 'dashboard-xlsx-libreoffice'))).replace(/ +/g, ' ');
    expect(text).toContain('Île-de-France 162 13 295 968,61 €');
  });

  it('restores the whole view from a copied URL, and the back button walks back through changes', async () => {
    const first = await open('?region=11&rubrique=depistage');
    const { page } = first;
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Cancer colorectal' });
    await page.getByLabel('Année', { exact: true }).selectOption('2022');
    await waitForZoom(page, '11');
    await page.locator('path.dep[data-code="75"]').click();
    await page.locator('aside.panel').waitFor();
    const url = page.url();
    expect(new URL(url).searchParams.get('programme')).toBe('colorectal');
    const caption = await page.locator('table[data-table="par-departement"] caption').textContent();
    expect(caption).toBe('Prévention – participation au dépistage organisé – Île-de-France, Cancer colorectal, 2022');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-depistage.png'), fullPage: true });

    const { page: copy } = await open(new URL(url).search);
    expect(copy.url()).toBe(url);
    await expect(copy.getByLabel('Programme', { exact: true }).inputValue()).resolves.toBe('colorectal');
    await expect(copy.getByLabel('Année', { exact: true }).inputValue()).resolves.toBe('2022');
    await expect(copy.locator('table[data-table="par-departement"] caption').textContent()).resolves.toBe(caption);
    await expect(copy.locator('aside.panel h2').textContent()).resolves.toBe('Paris (75)');
    // A restored panel does not steal the focus from the top of the page.
    expect(await copy.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await copy.locator('.sections a[aria-current="page"]').textContent()).toBe('Dépistage organisé');
    // The years table shows the evolution in points.
    const paris = await copy.locator('table[data-table="par-annee"] tbody tr[data-code="75"] td').allTextContents();
    expect(paris.map(plain)).toEqual(['19,0 %', '20,6 %', '21,0 %', '+0,4 pt']);

    await page.goBack();
    await expect.poll(() => page.locator('aside.panel').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.getByLabel('Année', { exact: true }).inputValue()).toBe('2023');
    await expect(page.getByLabel('Programme', { exact: true }).inputValue()).resolves.toBe('colorectal');
  });
});
