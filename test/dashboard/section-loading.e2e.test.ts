// Each section's table is a chunk of its own (`donnees-<table>-<hash>.js`), loaded when the section
// opens: on the built sample (data/sample through the pipeline), served gzipped as an intranet server
// would, the network requests of the first view hold its section's chunk and no other, opening
// another section (or a department's panel, which lists every section) requests its chunks, a view
// waiting for its data says « chargement » and shows no figure, and the first view stays within a
// budget of gzipped bytes. In the partner build, every table chunk holds the partner's figures only.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDashboardData, decodeDashboardTable, type EncodedTable, TABLE_NAMES, type TableName } from '../../core';
import { type DashboardSite, plain, startDashboardSite, watchPages } from './helpers/dashboard-site';

/**
 * The first view's bytes on the wire (HTML, scripts, style, its section's table), gzipped. Measured
 * on the sample with the tables split (`CPR_OUT=<sample run> npm run perf:dashboard`): 176,3 KB, of
 * which the first section's table 0,5 KB, the rest the page's code (the evolution chart 73,6 KB,
 * the main script 57 KB, core 27,6 KB…). With every table in the main script as before, its 36 KB
 * of gzipped data came on top: about 211 KB. The budget leaves room for the code to grow a little,
 * not for the tables to come back into the first view.
 */
const FIRST_VIEW_BUDGET = 200 * 1024;

const CHUNK = /\/donnees-([a-z_]+)-[\w-]+\.js$/;

let sample: DashboardSite;
let partner: DashboardSite;
const open = watchPages();

beforeAll(async () => {
  sample = await startDashboardSite({ fixture: 'sample' });
  partner = await startDashboardSite({ fixture: 'sample', secret: 11 });
});

afterAll(async () => {
  await sample?.close();
  await partner?.close();
});

/** The tables whose chunk the page requested, in order, as the browser asked for them. */
function recordTables(page: Page): TableName[] {
  const requested: TableName[] = [];
  page.on('request', (request) => {
    const match = CHUNK.exec(new URL(request.url()).pathname);
    if (match) requested.push(match[1] as TableName);
  });
  return requested;
}

/** A fresh context (empty cache), its requests recorded from the navigation on. */
async function firstView(site: DashboardSite, query = '') {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const tables = recordTables(page);
  site.server.sent.length = 0;
  await page.goto(`${site.server.url}${query}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-ready="true"]');
  return { context, page, tables, errors, sent: [...site.server.sent] };
}

const figures = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));

describe('the first view', () => {
  it('requests the first section’s table and no other, within its budget of gzipped bytes', async () => {
    const { context, page, tables, errors, sent } = await firstView(sample);
    try {
      expect(errors).toEqual([]);
      expect(tables).toEqual([TABLE_NAMES[0]]);
      expect(new URL(page.url()).searchParams.get('rubrique')).toBe(TABLE_NAMES[0]);
      // Every file came from the local server, gzipped where it compresses.
      const scripts = sent.filter((file) => file.path.endsWith('.js'));
      expect(scripts.every((file) => file.gzip && file.status === 200)).toBe(true);
      const bytes = sent.reduce((sum, file) => sum + file.bytes, 0);
      expect(bytes).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
      // The page's own scripts carry no table: the first section's chunk is the only data sent.
      const data = sent.filter((file) => CHUNK.test(file.path));
      expect(data).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it('requests the table of the section its URL names, and that one only', async () => {
    const { context, tables, errors, page } = await firstView(sample, '?rubrique=depistage');
    try {
      expect(errors).toEqual([]);
      expect(tables).toEqual(['depistage']);
      await expect(page.locator('#section-title').textContent()).resolves.toMatch(/^Prévention/);
    } finally {
      await context.close();
    }
  });
});

describe('opening a section', () => {
  it('requests its table then, once, and shows its figures', async () => {
    const { context, page, tables } = await firstView(sample);
    try {
      await page.getByRole('link', { name: 'MSP – rémunération ACI' }).click();
      await page.waitForURL(/rubrique=remunerations/);
      expect(tables).toEqual([TABLE_NAMES[0], 'remunerations']);
      expect(await page.locator('table[data-table="par-departement"] tbody tr').count()).toBeGreaterThan(0);
      // Back to the first section, then forward again: no table is asked for twice.
      await page.goBack();
      await page.waitForURL(new RegExp(`rubrique=${TABLE_NAMES[0]}`));
      await page.goForward();
      await page.waitForURL(/rubrique=remunerations/);
      expect(tables).toEqual([TABLE_NAMES[0], 'remunerations']);
    } finally {
      await context.close();
    }
  });

  it('says « chargement » while its table loads, and keeps the previous view and URL until it has', async () => {
    const { context, page } = await firstView(sample);
    try {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/donnees-cds-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const before = page.url();
      const title = await page.locator('#section-title').textContent();
      await page.locator('.sections a[data-section="cds"]').click();
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /^Chargement des données de la rubrique…$/ })
            .count(),
        )
        .toBe(1);
      expect(page.url()).toBe(before);
      expect(await page.locator('#section-title').textContent()).toBe(title);
      release();
      await page.waitForURL(/rubrique=cds/);
      await expect(page.locator('#section-title').textContent()).resolves.toMatch(/^Centres de santé/);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /^Chargement/ })
          .count(),
      ).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('shows a department’s panel once every section’s table has loaded, with the figures of a page that had them all', async () => {
    const { context, page, tables } = await firstView(sample, '?region=11&rubrique=remunerations');
    try {
      expect(tables).toEqual(['remunerations']);
      await page.locator('path.dep[data-code="93"]').click();
      await page.waitForURL(/departement=93/);
      const panel = page.locator('aside.panel');
      await expect(panel.locator('h2').textContent()).resolves.toBe('Seine-Saint-Denis (93)');
      expect([...tables].sort()).toEqual([...TABLE_NAMES].sort());
      const clicked = await figures(page, 'aside.panel td');
      expect(clicked.length).toBeGreaterThan(0);
      // The same panel restored from its URL: the map first, the panel once loaded, the same figures.
      const restored = await open(sample, '?region=11&rubrique=remunerations&departement=93');
      expect(await figures(restored.page, 'aside.panel td')).toEqual(clicked);
    } finally {
      await context.close();
    }
  });

  it('every section opened alone requests its table only, and shows the key figures and tables of a page that had every table', async () => {
    // A page holding every table: a department's panel opened (it lists every section), then closed.
    const full = await open(sample, '?region=11&rubrique=adhesions&departement=93');
    const everyTable = recordTables(full.page);
    await full.page.getByRole('button', { name: /^Fermer/ }).click();
    await full.page.waitForURL((url) => !url.searchParams.has('departement'));
    const viewText = async (page: Page) => (await figures(page, '.key-figures, .map-message, #tableaux')).map(plain);
    for (const section of TABLE_NAMES) {
      const alone = await firstView(sample, `?region=11&rubrique=${section}`);
      try {
        expect(alone.errors, section).toEqual([]);
        expect(alone.tables, section).toEqual([section]);
        // The same view (its URL as the page wrote it) in the page that has every table, as the back
        // button brings a view back.
        const search = new URL(alone.page.url()).search;
        await full.page.evaluate((query) => {
          window.history.pushState(null, '', query);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, search);
        await expect.poll(() => full.page.locator('#section-title').textContent()).toBe(await alone.page.locator('#section-title').textContent());
        expect(await viewText(alone.page), section).toEqual(await viewText(full.page));
      } finally {
        await alone.context.close();
      }
    }
    expect(everyTable, 'no table asked for again').toEqual([]);
  });
});

/** Each table chunk of a built site, imported as the browser would: its rows and masked cells. */
async function chunksOf(dist: string): Promise<Map<TableName, { data: EncodedTable; masked: [number, string][] }>> {
  const chunks = new Map<TableName, { data: EncodedTable; masked: [number, string][] }>();
  for (const file of await readdir(path.join(dist, 'assets'))) {
    const match = CHUNK.exec(`/${file}`);
    if (match) chunks.set(match[1] as TableName, await import(pathToFileURL(path.join(dist, 'assets', file)).href));
  }
  return chunks;
}

describe('the partner build (secret 11)', () => {
  it('has a chunk per table holding the internal figures but its masked cells, which are null, and nothing else of the tables', async () => {
    const internal = decodeDashboardData(JSON.parse(await readFile(path.join(sample.out, 'dashboard', 'data.json'), 'utf8')));
    const chunks = await chunksOf(partner.dist);
    expect([...chunks.keys()].sort()).toEqual([...TABLE_NAMES].sort());
    let maskedCount = 0;
    for (const name of TABLE_NAMES) {
      const { data, masked } = chunks.get(name)!;
      const rows = decodeDashboardTable(name, data);
      expect(rows, name).toHaveLength(internal[name].length);
      const maskedCells = new Set(masked.map(([row, column]) => `${row}|${column}`));
      maskedCount += maskedCells.size;
      rows.forEach((row, index) => {
        for (const [column, value] of Object.entries(row)) {
          if (maskedCells.has(`${index}|${column}`)) expect(value, `${name} row ${index} ${column}`).toBeNull();
          else expect(value, `${name} row ${index} ${column}`).toBe(internal[name][index]![column]);
        }
      });
    }
    // The threshold masks something in the sample (else this test would prove nothing).
    expect(maskedCount).toBeGreaterThan(0);
  });

  it('shows « NS » on a partner page as it did, its masks loaded with each table', async () => {
    const { page } = await open(partner, '?region=11&rubrique=remunerations');
    const cells = await figures(page, 'table[data-table="par-departement"] td');
    expect(cells.some((cell) => plain(cell) === 'NS')).toBe(true);
  });
});
