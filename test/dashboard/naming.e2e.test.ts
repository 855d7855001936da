// Issue 18, case 8, read back in Chromium on real builds: every figure names what it is. A key-figure
// card names its indicator, filter and period (« 1 008 Professionnels » was the general practitioners
// only, beside a headline of every profession); a panel row its programme and period (« Autres
// programmes – Valeur 1 011 770,52 € »); « France entière » is offered only on data of every region;
// a column dates its stock by the cut-off actually used (« Actives au 31/12 » held a count at 30/04);
// no code where a person reads; a drill-down adds up to the table.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, TABLE_NAMES, TABLES } from '../../core';
import { ARTIFACTS, type DashboardSite, plain, startDashboardSite, watchPages } from './helpers/dashboard-site';

let sample: DashboardSite;
let cutoff: DashboardSite;
let v2: DashboardSite;
const open = watchPages();

beforeAll(async () => {
  // data/sample (2021–2024), and the version-2 fixture with and without --arrete 2024-04-30.
  sample = await startDashboardSite({ fixture: 'sample' });
  cutoff = await startDashboardSite({ fixture: 'idf-2023-v2-arrete-2024-04-30' });
  v2 = await startDashboardSite({ fixture: 'idf-2023-v2' });
});

afterAll(async () => {
  await sample?.close();
  await cutoff?.close();
  await v2?.close();
});

interface Card {
  readonly label: string;
  readonly value: string;
  readonly note: string;
}

async function cards(page: Page): Promise<Card[]> {
  return page.locator('.key-figures .key-tile').evaluateAll((tiles) =>
    tiles.map((tile) => ({
      label: tile.querySelector('dt')?.textContent ?? '',
      value: tile.querySelector('.key-value')?.textContent ?? '',
      note: tile.querySelector('.key-note')?.textContent ?? '',
    })),
  );
}

/** The chosen option of each selector of the section (indicator and filters), by its label. */
async function chosen(page: Page): Promise<Record<string, string>> {
  return page.locator('.view .controls .field:not([hidden])').evaluateAll((fields) =>
    Object.fromEntries(
      fields.map((field) => {
        const select = field.querySelector('select')!;
        return [field.querySelector('label')?.textContent ?? '', select.selectedOptions[0]?.textContent ?? ''];
      }),
    ),
  );
}

const PERIOD = /, (en \d{4}|au \d{2}\/\d{2}\/\d{4}|du 01\/01 au \d{2}\/\d{2}\/\d{4}|en [a-zéû]+ \d{4})$/;

describe('key-figure cards name their indicator, filter and period', () => {
  it('professionals: the general practitioners’ card says so, beside the headline of every profession', async () => {
    const { page } = await open(v2, '?region=11&rubrique=professionnels');
    expect((await page.locator('.key-figures .key-headline').allTextContents()).map(plain)).toContain(
      '2 691 professionnels sont impliqués dans les MSP en 2023.',
    );
    const [region] = await cards(page);
    expect({ ...region, value: plain(region!.value) }).toEqual({
      label: 'Île-de-France, en 2023',
      value: '942',
      note: 'Professionnels – Médecins généralistes',
    });
  });

  it('CDS FTE and CDS remuneration: the group of centres (and profession) is named on every card', async () => {
    const { page } = await open(v2, '?region=11&rubrique=cds_effectifs');
    expect((await cards(page))[0]!.note).toBe('ETP – Polyvalents et médicaux – Médecins généralistes');
    const remuneration = await open(v2, '?region=11&rubrique=cds_remunerations&departement=93');
    const all = await cards(remuneration.page);
    expect(all.map((card) => plain(card.note))).toEqual([
      'Montant total – Polyvalents et médicaux',
      'Montant total – Polyvalents et médicaux : 30 522 913,20 € en 2022',
      'Montant total – Polyvalents et médicaux – 1er sur 8 départements',
    ]);
  });

  it('every section: each card says where and when, and names the indicator and every filter chosen', async () => {
    for (const section of TABLE_NAMES) {
      const { page } = await open(cutoff, `?region=11&rubrique=${section}&departement=93`);
      const choice = await chosen(page);
      const filters = Object.entries(choice)
        .filter(([label]) => !['Indicateur', 'Année', 'Période'].includes(label))
        .map(([, value]) => value);
      const indicator = (choice.Indicateur ?? '').replace(/ au \d{2}\/\d{2}\/\d{4}$| du 01\/01 au .*$/, '');
      for (const card of await cards(page)) {
        if (card.label.startsWith('Évolution depuis')) expect(card.label, section).toMatch(/^Évolution depuis (le \d{2}\/\d{2}\/\d{4}|\d{4})$/);
        else expect(card.label, section).toMatch(PERIOD);
        expect(card.note.startsWith(indicator), `${section}: ${card.note}`).toBe(true);
        for (const filter of filters) expect(card.note, section).toContain(filter);
      }
    }
  });
});

describe('the department panel names each row', () => {
  it('other programmes: each programme with its own period (« Autres programmes – Valeur » said neither)', async () => {
    const { page } = await open(sample, '?region=11&rubrique=remunerations&departement=93');
    const table = page.locator('aside.panel table[data-table="indicateurs_territoriaux"]');
    const row = table.locator('tbody tr', { hasText: 'Mon soutien psy remboursées' });
    expect(plain(await row.locator('th').textContent())).toBe('Séances Mon soutien psy remboursées (montant), en 2023');
    expect(plain(await row.locator('td .figure').textContent())).toBe('1 011 770,52 €');
    for (const name of await table.locator('tbody th').allTextContents()) expect(plain(name)).toMatch(/, (en ([a-zéû]+ )?\d{4}|au T[1-4] \d{4})$/);
    await page.locator('aside.panel').screenshot({ path: path.join(ARTIFACTS, 'naming-panel-93.png') });
  });

  it('every table’s caption names its filters and its year or date', async () => {
    const { page } = await open(cutoff, '?region=11&rubrique=remunerations&departement=93');
    const captions = (await page.locator('aside.panel table caption').allTextContents()).map(plain);
    for (const caption of captions.filter((text) => text !== 'Autres programmes')) expect(caption).toMatch(/, (\d{4}|au \d{2}\/\d{2}\/\d{4})$/);
    expect(captions).toContain('Rémunération – groupes, MSP, 1. Prérequis atteints : rémunération versée en intégralité, 2023');
    expect(captions).toContain('CDS – rémunération, Polyvalents et médicaux, 2023');
    expect(captions).toContain('CPTS – couverture, au 30/04/2024');
    const rows = (await page.locator('aside.panel table[data-table="adhesions"] tbody th').allTextContents()).map(plain);
    expect(rows).toEqual(['Adhésions du 01/01 au 30/04/2024', 'Résiliations du 01/01 au 30/04/2024', 'Actives au 30/04/2024']);
  });
});

describe('« France entière » only when the data cover every region', () => {
  it('one region’s data: not offered, and a link asking for it shows that region', async () => {
    const { page } = await open(sample, '?region=FR&rubrique=remunerations&departement=93');
    const options = await page.locator('#region option').evaluateAll((list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.some(([value, label]) => value === 'FR' || label === 'France entière')).toBe(false);
    expect(new URL(page.url()).searchParams.get('region')).toBe('11');
    expect(plain(await page.locator('#section-title').textContent())).toBe('MSP – rémunération ACI – Île-de-France');
    // Its total row and the panel name the region, never France.
    expect(await page.locator('table[data-table="par-departement"] tfoot tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual([
      '11',
    ]);
    const heads = (await page.locator('aside.panel table[data-table="remunerations"] thead th').allTextContents()).map(plain);
    expect(heads).toEqual(['Indicateur', 'Département', 'Île-de-France']);
    expect(await page.locator('#app').textContent()).not.toContain('France entière');
  });
});

describe('a stock is dated by the cut-off actually used', () => {
  it('--arrete 2024-04-30: « Actives au 30/04/2024 » for 2024, « au 31/12/2023 » for 2023', async () => {
    const { page } = await open(cutoff, '?region=11&rubrique=adhesions&indicateur=nb_actives_fin_annee&annee=2024');
    const heads = (await page.locator('table[data-table="par-departement"] thead th .print-only').allTextContents()).map(plain);
    expect(heads).toEqual(['Territoire', 'Adhésions du 01/01 au 30/04/2024', 'Résiliations du 01/01 au 30/04/2024', 'Actives au 30/04/2024']);
    expect(plain(await page.locator('#indicateur option:checked').textContent())).toBe('Actives au 30/04/2024');
    const years = (await page.locator('table[data-table="par-annee"] thead th .print-only').allTextContents()).map(plain);
    expect(years.slice(-2)).toEqual(['2024 (au 30/04/2024)', 'Évolution du 31/12/2023 au 30/04/2024 (%)']);
    expect(plain(await page.locator('table[data-table="par-annee"] tfoot tr[data-code="11"] td').nth(-2).textContent())).toBe('174');
    const before = await open(cutoff, '?region=11&rubrique=adhesions&indicateur=nb_actives_fin_annee&annee=2023');
    const past = (await before.page.locator('table[data-table="par-departement"] thead th .print-only').allTextContents()).map(plain);
    expect(past.at(-1)).toBe('Actives au 31/12/2023');
  });

  it('without --arrete: the latest date of the exports, as run.json says, not « 31/12 »', async () => {
    const { arrete } = JSON.parse(await readFile(path.join(v2.out, 'run.json'), 'utf8')) as { arrete: string };
    expect(arrete.endsWith('-12-31')).toBe(false);
    const { page } = await open(v2, '?region=11&rubrique=adhesions&annee=2024');
    const heads = (await page.locator('table[data-table="par-departement"] thead th .print-only').allTextContents()).map(plain);
    expect(heads.at(-1)).toBe(`Actives au ${formatDate(arrete)}`);
  });
});

describe('no code where a person reads', () => {
  it('no data code (snake_case, « FR ») in any section, panel, structure list, caption or printed line', async () => {
    for (const section of TABLE_NAMES) {
      const list = TABLES[section].rows.of === 'structures';
      const { page } = await open(sample, `?region=11&rubrique=${section}&departement=93${list ? '&structures=93' : ''}`);
      if (list) await page.waitForSelector('.structures-slot[data-ready="true"] section.structures');
      const text = `${await page.title()}\n${await page.locator('#app').textContent()}`;
      expect(text.match(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g), section).toBeNull();
      expect(text.match(/\bFR\b/g), section).toBeNull();
    }
  });
});

describe('a drill-down adds up to the table', () => {
  it('Seine-Saint-Denis: « Prérequis non atteints » totals 3, as the table says', async () => {
    const { page } = await open(sample, '?region=11&rubrique=remunerations&annee=2024&structures=93');
    const list = page.locator('section.structures');
    await list.waitFor();
    const head = (await list.locator('thead th .print-only').allTextContents()).map(plain);
    const sums = (await list.locator('tfoot tr[data-total="sum"] td').allTextContents()).map(plain);
    const first = head.length - sums.length;
    const row = (await page.locator('table[data-table="par-departement"] tbody tr[data-code="93"] td').allTextContents()).map(plain);
    const table = (await page.locator('table[data-table="par-departement"] thead th .print-only').allTextContents()).map(plain);
    expect(row[table.indexOf('Prérequis non atteints') - 1]).toBe('3');
    for (const label of head.slice(first)) expect(sums[head.indexOf(label) - first], label).toBe(row[table.indexOf(label) - 1]);
  });

  it('a region’s centres for a profession some department lacks: all the group’s centres, as the table counts them', async () => {
    const { page } = await open(v2, '?region=11&rubrique=cds_effectifs&categorie=dentaire&profession=medecin_generaliste&structures=R11');
    const list = page.locator('section.structures');
    await list.waitFor();
    const region = (await page.locator('table[data-table="par-departement"] tfoot tr[data-code="11"] td').allTextContents()).map(plain);
    const head = (await list.locator('thead th .print-only').allTextContents()).map(plain);
    const sums = (await list.locator('tfoot tr[data-total="sum"] td').allTextContents()).map(plain);
    const first = head.length - sums.length;
    expect(region[0]).toBe('418');
    expect(sums.slice(0, 3)).toEqual(region.slice(0, 3));
    expect(await list.locator('tbody tr').count()).toBe(418);
    expect(head.slice(first)).toEqual(['Centres', 'Effectif', 'ETP']);
  });
});
