// `npm run report -- --depuis <run>`: the deck's annex « Évolutions depuis la commission du … » on
// the fixture exported twice (test/support/revised-exports.ts), read back from the .pptx; the
// partner deck's annex, which never shows a structure nor a figure that secrecy hides; and the
// internal dashboard's page of the same (`npm run build -- --depuis`), seen in Chromium.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../dashboard/tools/chromium';
import { serveStatic } from '../../dashboard/tools/static-server';
import { generateReport } from '../../reports';
import { copyRun, fixtureRun } from '../support/fixture-runs';
import { REVISION } from '../support/revised-exports';
import { deckDump } from './helpers/golden-dump';
import { PRODUCED_AT, plainSpaces } from './helpers/report-run';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let scratch: string;
let avant: string;
let apres: string;

/** The slides of the annex, each one text. */
function annexSlides(dump: string): string[] {
  return plainSpaces(dump)
    .split(/^=== Diapositive \d+$/m)
    .filter((slide) => slide.includes('Évolutions depuis la commission du'));
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'revisions-annex-'));
  // Private copies: a partner report writes its release's register into both folders' neighbour.
  avant = path.join(scratch, 'avant');
  apres = path.join(scratch, 'apres');
  await copyRun((await fixtureRun('idf-2023-v2-avant')).out, avant);
  await copyRun((await fixtureRun('idf-2023-v2-apres')).out, apres);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the internal deck with --depuis', () => {
  let slides: string[];
  beforeAll(async () => {
    const report = await generateReport({ from: apres, out: path.join(scratch, 'interne'), since: avant }, { now: () => PRODUCED_AT });
    slides = annexSlides(await deckDump(report.deck));
  });

  it('closes with the annex dated by the earlier run, its sentence and its four pages at most', () => {
    expect(slides.length).toBeGreaterThan(0);
    expect(slides.length).toBeLessThanOrEqual(4);
    expect(slides[0]).toContain('Évolutions depuis la commission du 03/06/2024');
    expect(slides[0]).toMatch(
      /\d+ chiffres de ce diaporama ont changé depuis la commission du 03\/06\/2024, dont des années déjà closes alors \(révisions\)\./,
    );
  });

  it('shows each revised figure in French with the structures behind it, the deck’s year first', () => {
    const all = slides.join('\n');
    expect(all).toContain(
      `| MSP – rémunération ACI | Paris | 2023 | Montant total – MSP | 2 599 297,13 € | 2 652 941,24 € | +53 644,11 € | ${REVISION.revised}, ${REVISION.fixed} |`,
    );
    expect(all).toContain(`| MSP – rémunération ACI | Seine-et-Marne | 2023 | Structures rémunérées – MSP | `);
    expect(all).toContain('la liste complète est dans comparaison.csv');
    expect(slides[0]).not.toMatch(/\| 20(1\d|2[0-2]) \|/);
  });
});

describe('the partner deck with --depuis', () => {
  it('names no structure and shows no revision resting on fewer structures than the threshold', async () => {
    const report = await generateReport({ from: apres, out: path.join(scratch, 'partenaire'), since: avant, secret: 11 }, { now: () => PRODUCED_AT });
    const dump = plainSpaces(await deckDump(report.deck));
    const slides = annexSlides(dump);
    expect(slides).toHaveLength(1);
    expect(slides[0]).toContain('Aucun chiffre publiable sous le secret statistique n’a changé depuis la commission du 03/06/2024.');
    for (const id of Object.values(REVISION)) expect(dump).not.toContain(id);
    // The one-MSP difference (its patientèle, 885 059 → 881 509) is not there.
    expect(slides[0]).not.toContain('881 509');
    expect(slides[0]).not.toContain('3 550');
  });
});

describe('the internal dashboard built with --depuis', () => {
  it('lists the same revisions on the data-quality page; a partner build refuses --depuis', async () => {
    const dist = path.join(scratch, 'dist');
    const env = { ...process.env, CPR_OUT: apres, CPR_BUILD_QUIET: '1' };
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    await exec(tsx, ['dashboard/tools/build-cli.ts', '--out-dir', dist, '--depuis', avant], { cwd: ROOT, env });
    const server = await serveStatic(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}?vue=qualite`);
      await page.waitForSelector('[data-ready="true"]');
      await expect(page.locator('h3', { hasText: 'Évolutions depuis la commission du 03/06/2024' }).count()).resolves.toBe(1);
      const rows = page.locator('[data-quality="evolutions"] tbody tr');
      expect(await rows.count()).toBeGreaterThan(100);
      const paris = rows.filter({ hasText: 'Montant total – MSP' }).filter({ hasText: 'Paris' }).filter({ hasText: '2023' });
      expect(plainSpaces((await paris.first().textContent()) ?? '')).toBe(
        `MSP – rémunération ACIParis2023Montant total – MSP2 599 297,13 €2 652 941,24 €+53 644,11 €${REVISION.revised}, ${REVISION.fixed}`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
    const refused = await exec(tsx, ['dashboard/tools/build-cli.ts', '--out-dir', path.join(scratch, 'dist-p'), '--depuis', avant, '--secret', '11'], {
      cwd: ROOT,
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain('--depuis : les révisions nomment des structures');
  });
});
