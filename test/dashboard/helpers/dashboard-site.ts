// One built dashboard for a test file: a fixture through the pipeline and `vite build`, both made once
// per `vitest run` and shared read-only (test/support/fixture-runs.ts), served by a static server
// under /cpr/ to Debian's Chromium.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { launchChromium } from '../../../dashboard/tools/chromium';
import { type StaticServer, serveStatic } from '../../../dashboard/tools/static-server';
import { dashboardBuild, type FixtureName, fixtureRun } from '../../support/fixture-runs';

export const ARTIFACTS = path.resolve('test-artifacts');

export interface DashboardSite {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The pipeline output the site was built on (shared: read only). */
  readonly out: string;
  /** The built site (shared: read only). */
  readonly dist: string;
  /** A folder of the test file's own, e.g. for downloads. */
  readonly dir: string;
  readonly close: () => Promise<void>;
}

export interface SiteOptions {
  /** The pipeline run the site shows; default: the IDF fixture (version 1). */
  readonly fixture?: FixtureName;
  /** Partner build (`npm run build -- --secret n`). */
  readonly secret?: number;
}

export async function startDashboardSite(options: SiteOptions = {}): Promise<DashboardSite> {
  const fixture = options.fixture ?? 'idf-2023';
  const { summary } = await fixtureRun(fixture);
  if (fixture.startsWith('idf-') && summary.rejected !== 0) {
    throw new Error(`the fixture ${fixture} should reject nothing, ${summary.rejected} rows were rejected`);
  }
  const { dist, out } = await dashboardBuild(fixture, options.secret);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cpr-dashboard-e2e-'));
  const server = await serveStatic(dist, '/cpr/');
  const browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    out,
    dist,
    dir,
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** Requests to anything but the local server (data: and blob: URLs aside). */
  readonly outside: string[];
}

export async function openPage(site: DashboardSite, query = '', viewport = { width: 1280, height: 1000 }): Promise<WatchedPage> {
  const context = await site.browser.newContext({ acceptDownloads: true, viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  const origin = new URL(site.server.url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await page.goto(`${site.server.url}${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return { context, page, errors, outside };
}

/**
 * Opens pages for one test file and, after each test, closes them and checks that none logged a
 * console error or sent a request off the machine. Call it at the top level of the file.
 */
export function watchPages(): (site: DashboardSite, query?: string, viewport?: { width: number; height: number }) => Promise<WatchedPage> {
  let opened: WatchedPage[] = [];
  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const { context, errors, outside } of pages) {
      await context.close();
      expect(errors, 'console errors').toEqual([]);
      expect(outside, 'requests leaving the machine').toEqual([]);
    }
  });
  return async (site, query = '', viewport) => {
    const watched = await openPage(site, query, viewport);
    opened.push(watched);
    return watched;
  };
}

/** Waits for the map to finish zooming on a region (the viewBox animation). */
export async function waitForZoom(page: Page, region: string): Promise<void> {
  await page.waitForSelector(`svg.map-svg[data-zoomed="${region}"]`);
}

/** Text as a person reads it: French narrow and plain no-break spaces shown as spaces. */
export function plain(text: string | null): string {
  return (text ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();
}
