// The controls' panel of the data-quality page, in Chromium, on the controls of a real pipeline run
// (the IDF fixture's alertes plus two planted erreurs): counts by gravity, filters, the lines.
// The panel is bundled on its own (esbuild) until the data-quality page mounts it.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_CONTROLS_FILE } from '../../core';
import { launchChromium } from '../../dashboard/tools/chromium';
import { type StaticServer, serveStatic } from '../../dashboard/tools/static-server';
import { fixtureRun } from '../support/fixture-runs';
import { ARTIFACTS } from './helpers/dashboard-site';

const ENTRY = `
import { decodeDashboardControls } from './core';
import { renderControlsPanel } from './dashboard/src/quality/controls-panel';
import './dashboard/src/styles.css';
const data = await (await fetch('controles.json')).json();
document.querySelector('main').append(renderControlsPanel(decodeDashboardControls(data)));
`;

describe('controls panel of the data-quality page', () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cpr-controls-panel-'));
    // The IDF fixture plus two erreur lines (remuneration rows before the contract), through the pipeline.
    const { out } = await fixtureRun('idf-2023-control-errors');
    const site = path.join(root, 'site');
    await build({
      stdin: { contents: ENTRY, resolveDir: path.resolve(import.meta.dirname, '../..'), loader: 'ts' },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: path.join(site, 'panel.js'),
      logLevel: 'silent',
      loader: { '.json': 'json' },
    });
    await cp(path.join(out, 'dashboard', DASHBOARD_CONTROLS_FILE), path.join(site, 'controles.json'));
    await writeFile(
      path.join(site, 'index.html'),
      '<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="panel.css"><title>Qualité</title></head><body><main></main><script type="module" src="panel.js"></script></body></html>',
    );
    server = await serveStatic(site, '/q/');
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}index.html`);
    await page.getByRole('table').waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  const rowsShown = () => page.locator('tbody tr').count();

  it('counts the lines by gravity and lists them all', async () => {
    expect(await page.getByRole('list', { name: 'Contrôles par gravité' }).innerText()).toBe('2 erreurs\n47 alertes');
    expect(await rowsShown()).toBe(49);
    expect(await page.getByRole('status').innerText()).toBe('49 lignes sur 49');
    await page.screenshot({ path: path.join(ARTIFACTS, 'controls-panel.png'), fullPage: false });
    expect(errors).toEqual([]);
  });

  it('filters by gravity, control and department', async () => {
    await page.getByLabel('Gravité', { exact: true }).selectOption('erreur');
    expect(await page.locator('tbody tr td:nth-child(4)').allInnerTexts()).toEqual(['MSP750037', 'MSP950181']);
    await page.getByLabel('Département', { exact: true }).selectOption('95');
    expect(await page.locator('tbody tr td:nth-child(6)').allInnerTexts()).toEqual([
      expect.stringContaining('MSP MSP950181 a une ligne de remunerations pour 2022 mais n’adhère que le 17/12/2023'),
    ]);
    await page.getByLabel('Gravité', { exact: true }).selectOption('');
    await page.getByLabel('Contrôle', { exact: true }).selectOption('remuneration_sans_patientele');
    await page.getByLabel('Département', { exact: true }).selectOption('');
    expect(await page.locator('tbody tr td:nth-child(4)').allInnerTexts()).toEqual(['MSP750004', 'MSP780065', 'MSP930123', 'MSP930133']);
    expect(await page.getByRole('status').innerText()).toBe('4 lignes sur 49');
  });
});
