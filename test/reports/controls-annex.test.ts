// The deck's annex of control errors: present with every `erreur` line of the region when the run
// has some, absent otherwise; a partner deck (--secret) names no structure and no amount.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, silentLogger } from '../../pipeline';
import { readSlides } from './helpers/office-xml';
import { FIXTURE_INPUT, type PipelineRun, RUN_DATE, runFixturePipeline } from './helpers/pipeline-run';
import { plainSpaces, reportFrom } from './helpers/report-run';

const ANNEX_TITLE = /^Annexe – \d+ erreurs? de cohérence dans les données/;

describe('annex of control errors', () => {
  let clean: PipelineRun;
  let planted: PipelineRun;

  beforeAll(async () => {
    clean = await runFixturePipeline();
    // Two remuneration rows for years before the MSP's contract: two erreur lines.
    const root = await mkdtemp(path.join(tmpdir(), 'reports-controls-'));
    const input = path.join(root, 'input');
    await cp(FIXTURE_INPUT, input, { recursive: true });
    await appendFile(path.join(input, 'remunerations.csv'), 'MSP750037;2021;1000,00;1000,00;0,00;oui;non\nMSP950181;2022;5000,00;3000,00;2000,00;oui;non\n');
    const out = path.join(root, 'pipeline-out');
    await runPipeline({ input, out, log: silentLogger, now: RUN_DATE });
    planted = { root, out, cleanup: () => rm(root, { recursive: true, force: true }) };
  }, 120_000);

  afterAll(async () => {
    await clean?.cleanup();
    await planted?.cleanup();
  });

  it('is absent when the controls found no erreur (the fixture has alertes only)', async () => {
    const slides = await readSlides((await reportFrom(clean, 'rapport')).deck);
    expect(slides.some((slide) => slide.texts.some((text) => ANNEX_TITLE.test(text)))).toBe(false);
  });

  it('closes the deck with each erreur line: control, structure, department, year, what was found', async () => {
    const slides = await readSlides((await reportFrom(planted, 'rapport')).deck);
    const last = slides.at(-1)!;
    expect(last.texts).toContain('Annexe – 2 erreurs de cohérence dans les données');
    expect(last.tables[0]!.map((row) => row.slice(0, 4))).toEqual([
      ['Contrôle', 'Structure', 'Dépt', 'Année'],
      ['structure hors contrat', 'MSP750037', '75', '2021'],
      ['structure hors contrat', 'MSP950181', '95', '2022'],
    ]);
    expect(plainSpaces(last.tables[0]![1]![4]!)).toBe(
      'MSP MSP750037 a une ligne de remunerations pour 2021 mais n’adhère que le 10/06/2023 : corriger la date dans structures.csv ou l’année de la ligne',
    );
  });

  it('in a partner deck, counts the errors by control and names no structure', async () => {
    const slides = await readSlides((await reportFrom(planted, 'partenaire', { secret: 11 })).deck);
    const last = slides.at(-1)!;
    expect(last.tables[0]).toEqual([
      ['Contrôle', 'Erreurs'],
      ['structure hors contrat', '2'],
    ]);
    expect(slides.some((slide) => slide.xml.includes('MSP750037'))).toBe(false);
  });
});
