// The deck's annex of control errors: present with every `erreur` line of the region when the run
// has some, absent otherwise; a partner deck (--secret) names no structure and no amount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSlides } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { plainSpaces, reportFrom } from './helpers/report-run';

const ANNEX_TITLE = /^Annexe – \d+ erreurs? de cohérence dans les données/;

describe('annex of control errors', () => {
  let clean: PipelineRun;
  let planted: PipelineRun;

  beforeAll(async () => {
    clean = await runFixturePipeline();
    // Two remuneration rows for years before the MSP's contract: two erreur lines.
    planted = await runFixturePipeline('idf-2023-control-errors');
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
      ['Structure hors contrat', 'MSP750037', '75', '2021'],
      ['Structure hors contrat', 'MSP950181', '95', '2022'],
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
      ['Structure hors contrat', '2'],
    ]);
    expect(slides.some((slide) => slide.xml.includes('MSP750037'))).toBe(false);
  });
});
