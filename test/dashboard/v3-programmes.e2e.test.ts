// Contract version 3 in the built dashboard, in Debian's headless Chromium: the other programmes by
// breakdown, modality and period (quarters, months, years), a breakdown given for the region only, a
// dimension no catalogue knows, and the new sections (agreement events, MSP profile) in the internal
// and the partner builds. The input is the version-2 IDF fixture plus the rows of
// dashboard/tools/programmes-fixture.ts, run through the pipeline and built here.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../dashboard/tools/build-dashboard';
import { launchChromium } from '../../dashboard/tools/chromium';
import { cervicalScreening, DMP_QUARTERS, dmpDocuments, IDF_DEPARTEMENTS, MARKUP_LABEL, writeProgrammesInput } from '../../dashboard/tools/programmes-fixture';
import { serveStatic } from '../../dashboard/tools/static-server';
import { runPipeline, silentLogger } from '../../pipeline';
import { copyRun, FIXTURE_V2, RUN_DATE } from '../support/fixture-runs';
import { ARTIFACTS, type DashboardSite, plain, watchPages } from './helpers/dashboard-site';

const SECRET = 11;
let scratch: string;
let internal: DashboardSite;
let partner: DashboardSite;
let runOut: string;
const open = watchPages();

async function site(dist: string, out: string, browser: DashboardSite['browser']): Promise<DashboardSite> {
  const server = await serveStatic(dist, '/cpr/');
  return { server, browser, out, dist, dir: scratch, close: () => server.close() };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'cpr-v3-programmes-'));
  const input = path.join(scratch, 'input');
  runOut = path.join(scratch, 'out');
  await writeProgrammesInput(path.join(FIXTURE_V2, 'input'), input);
  const summary = await runPipeline({ input, out: runOut, log: silentLogger, now: RUN_DATE });
  expect(summary.rejected, 'the v3 input rejects nothing').toBe(0);
  // A partner build is a release of its own: its register goes in a copy of the run.
  const partnerRun = path.join(scratch, 'partner-run');
  await copyRun(runOut, partnerRun);
  await buildDashboard(runOut, path.join(scratch, 'dist'));
  await buildDashboard(partnerRun, path.join(scratch, 'dist-partner'), { secret: SECRET });
  const browser = await launchChromium();
  internal = await site(path.join(scratch, 'dist'), runOut, browser);
  partner = await site(path.join(scratch, 'dist-partner'), partnerRun, browser);
});

afterAll(async () => {
  await internal?.close();
  await partner?.close();
  await internal?.browser.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const params = (page: Page) => new URL(page.url()).searchParams;
const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map(plain);
const options = (page: Page, label: string) => texts(page, `select#${label} option`);
const selected = (page: Page, id: string) => page.locator(`select#${id}`).inputValue();

/** The map's words for a department (its aria-label: name, figure named, value). */
const mapLabel = async (page: Page, code: string) => plain(await page.locator(`path.dep[data-code="${code}"]`).getAttribute('aria-label'));

/** A table's lines as [row header, ...cells] (a data table's row name without its button; a panel's cell with its rank). */
async function lines(page: Page, table: string, part = 'tbody'): Promise<string[][]> {
  return page
    .locator(`table[data-table="${table}"] ${part} tr`)
    .evaluateAll((rows) =>
      rows.map((row) => {
        const th = row.querySelector('th');
        const name = th?.querySelector('.row-name')?.textContent ?? th?.textContent ?? '';
        return [name, ...[...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')];
      }),
    )
    .then((rows) => rows.map((row) => row.map(plain)));
}

const FORMAT = new Intl.NumberFormat('fr-FR');
const count = (value: number) => plain(FORMAT.format(value));

describe('other programmes by breakdown, modality and period (contract version 3)', () => {
  it('DMP documents from pharmacies in T4 2023: the map by department, the tables, the cards, the panel and the URL', async () => {
    const { page } = await open(internal, '?region=11&rubrique=indicateurs_territoriaux');
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Documents alimentant le DMP' });
    await page.waitForURL(/code_indicateur=dmp_documents/);
    // Opens on the total at the latest quarter; the figure is named by the programme, not « Valeur ».
    expect(await options(page, 'dimension')).toEqual(['Total', 'Par acteur']);
    expect(await selected(page, 'dimension')).toBe('');
    expect(await options(page, 'periode')).toEqual(['T3 2023', 'T4 2023', 'T1 2024']);
    expect(await selected(page, 'periode')).toBe('2024-T1');
    expect(await page.locator('#indicateur').isVisible()).toBe(false);
    expect(plain(await page.locator('.legend-title').textContent())).toBe('Documents alimentant le DMP – Total, T1 2024');

    await page.getByLabel('Ventilation', { exact: true }).selectOption({ label: 'Par acteur' });
    await page.waitForURL(/dimension=acteur/);
    expect(await options(page, 'modalite')).toEqual(['Médecins de ville', 'Pharmacies', 'Laboratoires']);
    await page.getByLabel('Modalité', { exact: true }).selectOption({ label: 'Pharmacies' });
    await page.waitForURL(/modalite=pharmacie/);
    await page.getByLabel('Période', { exact: true }).selectOption({ label: 'T4 2023' });
    await page.waitForURL(/periode=2023-T4/);
    expect(Object.fromEntries([...params(page)].filter(([key]) => ['code_indicateur', 'dimension', 'modalite', 'periode'].includes(key)))).toEqual({
      code_indicateur: 'dmp_documents',
      dimension: 'acteur',
      modalite: 'pharmacie',
      periode: '2023-T4',
    });

    // Every department's pharmacies in T4 2023 (the fixture's formula), on the map and in the table.
    const quarter = DMP_QUARTERS.indexOf('2023-T4');
    const expected = IDF_DEPARTEMENTS.map((code, d) => [code, count(dmpDocuments(d, quarter).pharmacie)] as const);
    for (const [code, value] of expected) {
      expect(await mapLabel(page, code)).toMatch(new RegExp(`\\(${code}\\) – Documents alimentant le DMP – Pharmacies, T4 2023 : ${value}$`));
    }
    expect((await lines(page, 'par-departement')).map(([name, value]) => [name!.slice(0, 2), value])).toEqual(expected);
    const regionTotal = IDF_DEPARTEMENTS.reduce((sum, _code, d) => sum + dmpDocuments(d, quarter).pharmacie, 0);
    expect(await lines(page, 'par-departement', 'tfoot')).toEqual([['Île-de-France', count(regionTotal)]]);
    expect(plain(await page.locator('.legend-title').textContent())).toBe('Documents alimentant le DMP – Pharmacies, T4 2023');
    expect(plain(await page.locator('table[data-table="par-departement"] caption').textContent())).toBe(
      'Autres programmes – indicateurs territoriaux – Île-de-France, Documents alimentant le DMP, Par acteur, Pharmacies, T4 2023',
    );
    // The region's breakdown beside it: every actor, then the total.
    const actors = ['medecin_ville', 'pharmacie', 'laboratoire'] as const;
    const byActor = (actor: (typeof actors)[number]) => IDF_DEPARTEMENTS.reduce((sum, _code, d) => sum + dmpDocuments(d, quarter)[actor], 0);
    expect(await lines(page, 'par-modalite')).toEqual([
      ['Médecins de ville', count(byActor('medecin_ville'))],
      ['Pharmacies', count(byActor('pharmacie'))],
      ['Laboratoires', count(byActor('laboratoire'))],
    ]);
    expect(await lines(page, 'par-modalite', 'tfoot')).toEqual([['Total', count(actors.reduce((sum, actor) => sum + byActor(actor), 0))]]);

    // The cards name the programme, the modality and the quarter.
    const card = page.locator('.key-figures .key-tile').first();
    expect(plain(await card.locator('dt').textContent())).toBe('Île-de-France, au T4 2023');
    expect(plain(await card.locator('.key-value').textContent())).toBe(count(regionTotal));
    expect(plain(await card.locator('.key-note').textContent())).toBe('Documents alimentant le DMP – Pharmacies');

    // A copied link restores the view; the back button walks back to the previous quarter.
    const link = page.url();
    const again = await open(internal, new URL(link).search);
    expect(await selected(again.page, 'modalite')).toBe('pharmacie');
    expect(await selected(again.page, 'periode')).toBe('2023-T4');
    expect(await lines(again.page, 'par-departement', 'tfoot')).toEqual([['Île-de-France', count(regionTotal)]]);
    await page.goBack();
    await expect.poll(() => selected(page, 'periode')).toBe('2024-T1');
    await page.goForward();
    await expect.poll(() => selected(page, 'periode')).toBe('2023-T4');

    // The panel of Seine-et-Marne names the programme, the modality and the period of each figure.
    await page.locator('path.dep[data-code="77"]').click();
    await page.waitForURL(/departement=77/);
    const panel = await lines(page, 'indicateurs_territoriaux');
    const seineEtMarne = dmpDocuments(1, quarter);
    expect(panel).toContainEqual([
      'Documents alimentant le DMP – Total, au T4 2023',
      `${count(seineEtMarne.medecin_ville + seineEtMarne.pharmacie + seineEtMarne.laboratoire)}7e sur 8 départements`,
      count(actors.reduce((sum, actor) => sum + byActor(actor), 0)),
    ]);
    expect(panel).toContainEqual([
      'Documents alimentant le DMP – Pharmacies, au T4 2023',
      `${count(seineEtMarne.pharmacie)}7e sur 8 départements`,
      count(regionTotal),
    ]);
    for (const [name] of panel) expect(name).toMatch(/, (en|au) ([a-zéûT0-9]+ )?\d{4}$/);

    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-programmes-1280.png'), fullPage: true });
    const narrow = await open(internal, new URL(page.url()).search, { width: 390, height: 844 });
    // Nothing wider than the screen at 390 px (a programme's long name included).
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A phone's screens, one after the other: the filters and cards, the map and the panel, the tables.
    await narrow.page.locator('.key-figures').evaluate((band) => band.scrollIntoView());
    await narrow.page.screenshot({ path: path.join(ARTIFACTS, 'v3-programmes-390.png') });
    await narrow.page.locator('.legend').evaluate((legend) => legend.scrollIntoView());
    await narrow.page.screenshot({ path: path.join(ARTIFACTS, 'v3-programmes-390-map.png') });
    await narrow.page.locator('aside.panel').evaluate((panel) => panel.scrollIntoView());
    await narrow.page.screenshot({ path: path.join(ARTIFACTS, 'v3-programmes-390-panel.png') });
    await narrow.page.locator('section.table-block[data-block="par-modalite"]').evaluate((table) => table.scrollIntoView());
    await narrow.page.screenshot({ path: path.join(ARTIFACTS, 'v3-programmes-390-tables.png') });
  });

  it('a percentage broken down by mode: the organised screening rate of each department', async () => {
    const { page } = await open(internal, '?region=11&rubrique=indicateurs_territoriaux&code_indicateur=depistage_col_uterus&dimension=mode&modalite=organise');
    expect(await options(page, 'dimension')).toEqual(['Total', 'Par mode']);
    expect(await options(page, 'modalite')).toEqual(['Dépistage organisé', 'Dépistage individuel']);
    expect(await options(page, 'periode')).toEqual(['2023']);
    const percent = (value: number) => `${plain(value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }))} %`;
    expect((await lines(page, 'par-departement')).map(([, value]) => value)).toEqual(
      IDF_DEPARTEMENTS.map((_code, d) => percent(cervicalScreening(d).organise)),
    );
    expect(await lines(page, 'par-departement', 'tfoot')).toEqual([['Île-de-France', '12,4 %']]);
    expect(await mapLabel(page, '95')).toBe(
      `Val-d'Oise (95) – Taux de dépistage du cancer du col de l’utérus – Dépistage organisé, 2023 : ${percent(cervicalScreening(7).organise)}`,
    );
  });

  it('a breakdown given for the region only: its modalities in a table, and a sentence for the empty map', async () => {
    const { page } = await open(internal, '?region=11&rubrique=indicateurs_territoriaux&code_indicateur=mon_bilan_prevention');
    // The total by month (and for the year), the breakdown for the year only.
    expect(await options(page, 'periode')).toEqual(['2024', 'janvier 2024', 'février 2024', 'mars 2024', 'avril 2024']);
    expect(await selected(page, 'periode')).toBe('2024-04');
    await page.getByLabel('Ventilation', { exact: true }).selectOption({ label: 'Par profession' });
    await page.waitForURL(/dimension=profession/);
    expect(await options(page, 'periode')).toEqual(['2024']);
    expect(params(page).get('modalite')).toBe('medecin_generaliste');
    expect(plain(await page.locator('.map-message').textContent())).toBe(
      'Pas de chiffre départemental pour la ventilation « Par profession » : la source ne la donne qu’au niveau régional (Île-de-France). Ses modalités sont dans le tableau ci-dessous.',
    );
    for (const code of IDF_DEPARTEMENTS) expect(await mapLabel(page, code)).toMatch(/ : pas de donnée$/);
    expect(await lines(page, 'par-modalite')).toEqual([
      ['Médecins généralistes (RDV)', '208'],
      ['Sages-femmes (RDV)', '24'],
      ['Infirmiers (RDI)', '95'],
      ['Pharmaciens (RDP)', '17'],
    ]);
    expect(await lines(page, 'par-modalite', 'tfoot')).toEqual([['Total', '345']]);
    expect(plain(await page.locator('table[data-table="par-modalite"] caption').textContent())).toBe(
      'Bénéficiaires d’un bilan prévention (mois de soins), par profession – Île-de-France, 2024',
    );
    // No table of departments holding the region's line alone.
    expect(await page.locator('table[data-table="par-departement"]').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-programmes-region-only-1280.png'), fullPage: true });
  });

  it('a dimension no catalogue knows, a modality without a label, a label holding markup: words, and text only', async () => {
    const { page } = await open(internal, '?region=11&rubrique=indicateurs_territoriaux&code_indicateur=teleconsultations&dimension=type_acte');
    expect(await options(page, 'dimension')).toEqual(['Total', 'type acte']);
    expect(await options(page, 'modalite')).toEqual([MARKUP_LABEL, 'acte telephone']);
    expect(await options(page, 'periode')).toEqual(['mai 2024']);
    expect(await lines(page, 'par-modalite')).toEqual([
      [MARKUP_LABEL, '90'],
      ['acte telephone', '30'],
    ]);
    // The label's markup is text: no element made of it anywhere on the page.
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(plain(await page.locator('.legend-title').textContent())).toBe(`Téléconsultations – ${MARKUP_LABEL}, mai 2024`);
  });
});

describe('the sections of agreement events and MSP profiles', () => {
  it('events: labelled in French, the event named on the map, the cards, the tables and the panel', async () => {
    const { page } = await open(internal, '?region=11&rubrique=evenements');
    await page.getByLabel('Type de structure', { exact: true }).selectOption('CDS');
    await page.waitForURL(/type_structure=CDS/);
    await page.getByLabel('Catégorie de centres', { exact: true }).selectOption({ label: 'Dentaires' });
    await page.waitForURL(/categorie=dentaire/);
    expect(await options(page, 'evenement')).toEqual(['Contrôles lancés', 'Déconventionnements']);
    await page.getByLabel('Événement', { exact: true }).selectOption({ label: 'Déconventionnements' });
    await page.waitForURL(/evenement=deconventionnement/);
    expect(await lines(page, 'par-departement')).toEqual([['75 – Paris', '2', '1']]);
    expect(await lines(page, 'par-departement', 'tfoot')).toEqual([['Île-de-France', '2', '1']]);
    expect(await texts(page, 'table[data-table="par-departement"] thead th .print-only')).toEqual([
      'Territoire',
      'Structures du 01/01 au 26/12/2024',
      'Groupes de centres',
    ]);
    expect(plain(await page.locator('.legend-title').textContent())).toMatch(/– Déconventionnements$/);
    for (const note of await texts(page, '.key-figures .key-note')) expect(note).toContain('Déconventionnements');
    expect(await texts(page, '.key-figures .key-headline')).toContain(
      '2 centres de santé dentaires appartenant à un même groupe ont été déconventionnés depuis le début de l’année 2024 (au 26/12/2024).',
    );
    // No event code where a person reads.
    expect(await page.locator('main').innerText()).not.toMatch(/deconventionnement|controle_lance|procedure_conventionnelle/);

    await page.locator('path.dep[data-code="75"]').click();
    await page.waitForURL(/departement=75/);
    const panel = page.locator('aside.panel table[data-table="evenements"]');
    expect(plain(await panel.locator('caption').textContent())).toBe('Contrôles des structures, CDS, Dentaires, Déconventionnements, 2024');
    expect(await lines(page, 'evenements')).toEqual([
      ['Structures du 01/01 au 26/12/2024', '2', '2'],
      ['Groupes de centres', '1', '1'],
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-evenements-1280.png'), fullPage: true });
  });

  it('MSP profile: the region’s MSP, multi-site share, CSS and AME means and median remuneration', async () => {
    const { page } = await open(internal, '?region=11&rubrique=msp_profil&departement=75');
    expect(await texts(page, 'table[data-table="par-departement"] thead th .print-only')).toEqual([
      'Territoire',
      'MSP',
      'MSP multi-sites',
      'Part des MSP multi-sites',
      'Part moyenne de patients CSS',
      'Part moyenne de patients AME',
      'Rémunération médiane',
    ]);
    expect(await lines(page, 'par-departement', 'tfoot')).toEqual([['Île-de-France', '167', '140', '83,8 %', '9,9 %', '1,0 %', '78 451,28 €']]);
    expect((await lines(page, 'par-departement'))[0]).toEqual(['75 – Paris', '36', '30', '83,3 %', '10,6 %', '1,0 %', '74 353,06 €']);
    const panel = await lines(page, 'msp_profil');
    expect(panel.map(([name]) => name)).toEqual([
      'MSP',
      'MSP multi-sites',
      'Part des MSP multi-sites',
      'Part moyenne de patients CSS',
      'Part moyenne de patients AME',
      'Rémunération médiane',
    ]);
    expect(plain(await page.locator('aside.panel table[data-table="msp_profil"] caption').textContent())).toBe('MSP – profil, 2023');
    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-msp-profil-1280.png'), fullPage: true });
  });
});

/** Every text file of a built site, concatenated. */
async function builtText(dist: string): Promise<string> {
  const files = await readdir(dist, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    files.filter((file) => file.isFile() && /\.(js|html|json|css)$/.test(file.name)).map((file) => readFile(path.join(file.parentPath, file.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('partner build (secret 11)', () => {
  it('MSP profile: the CSS and AME means and the median are « NS » everywhere, and in no built file', async () => {
    const { page } = await open(partner, '?region=11&rubrique=msp_profil&departement=75');
    const header = await texts(page, 'table[data-table="par-departement"] thead th .print-only');
    const css = header.indexOf('Part moyenne de patients CSS');
    for (const line of [...(await lines(page, 'par-departement')), ...(await lines(page, 'par-departement', 'tfoot'))]) {
      expect(line.slice(css, css + 3), line[0]).toEqual(['NS', 'NS', 'NS']);
    }
    const panel = await lines(page, 'msp_profil');
    expect(panel.find(([name]) => name === 'Part moyenne de patients CSS')?.slice(1)).toEqual(['NS', 'NS']);
    // Its map: hatched, and said to be masked, not missing.
    await page.getByLabel('Indicateur', { exact: true }).selectOption({ label: 'Part moyenne de patients CSS' });
    await page.waitForURL(/indicateur=part_css_moyenne/);
    expect(plain(await page.locator('.map-message').textContent())).toBe(
      'Chiffres départementaux masqués (secret statistique) : « NS » dans le tableau ci-dessous.',
    );
    expect(await page.locator('.key-figures .key-tile').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-msp-profil-partner-1280.png'), fullPage: true });

    // The published means, as the page's data would carry them: in the internal build, in no partner file.
    const table = (await readFile(path.join(runOut, 'tables', 'msp_profil.csv'), 'utf8')).trim().split('\n');
    const column = table[0]!.split(',').indexOf('part_css_moyenne');
    const means = table.slice(1).map((line) => String(Math.round(Number(line.split(',')[column]) * 1e4) / 1e4));
    expect(means.length).toBeGreaterThan(0);
    const internalText = await builtText(internal.dist);
    expect(means.filter((mean) => internalText.includes(mean))).toEqual(means);
    const partnerText = await builtText(partner.dist);
    expect(means.filter((mean) => partnerText.includes(mean))).toEqual([]);
  });

  it('events: counts below the threshold shown « NS », the event still named', async () => {
    const { page } = await open(partner, '?region=11&rubrique=evenements&type_structure=CDS&categorie=dentaire&evenement=deconventionnement', {
      width: 390,
      height: 844,
    });
    expect(await lines(page, 'par-departement')).toEqual([['75 – Paris', 'NS', 'NS']]);
    expect(await lines(page, 'par-departement', 'tfoot')).toEqual([['Île-de-France', 'NS', 'NS']]);
    expect(plain(await page.locator('.legend-title').textContent())).toMatch(/– Déconventionnements$/);
    await page.locator('.controls').evaluate((controls) => controls.scrollIntoView());
    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-evenements-partner-390.png') });
    await page.locator('table[data-table="par-departement"]').evaluate((table) => table.scrollIntoView());
    await page.screenshot({ path: path.join(ARTIFACTS, 'v3-evenements-partner-390-table.png') });
  });
});
