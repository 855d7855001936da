// Issue « No figure that misleads », the deck's part, read back from the .pptx: the sample's default
// deck (2024) shows the latest indicators known (2023) and says so; programme slides give their own
// periods, not the deck's 31/12; a run without an optional export says so on the title slide and on
// one slide per table, never with zeros.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../reports';
import { deckDump } from './helpers/golden-dump';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { plainSpaces, reportFrom } from './helpers/report-run';

const slidesOf = async (report: ReportResult) =>
  plainSpaces(await deckDump(report.deck))
    .split(/^=== Diapositive \d+$/m)
    .slice(1);

let sample: PipelineRun;
let v1: PipelineRun;
let sampleSlides: string[];
let v1Slides: string[];

beforeAll(async () => {
  sample = await runFixturePipeline('sample');
  v1 = await runFixturePipeline('idf-2023');
  sampleSlides = await slidesOf(await reportFrom(sample, 'rapport'));
  v1Slides = await slidesOf(await reportFrom(v1, 'rapport'));
});
afterAll(async () => {
  await sample.cleanup();
  await v1.cleanup();
});

describe('the sample’s default deck (2024)', () => {
  it('shows the 2023 indicators, the latest known, titled with their year and saying why', () => {
    expect(sampleSlides[0]).toContain('Données 2024');
    const indicators = sampleSlides.filter((slide) => slide.includes('atteinte des indicateurs en'));
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators[0]).toContain('MSP – atteinte des indicateurs en 2023, derniers connus');
    expect(indicators[0]).toContain('date de référence 31/12/2023 (indicateurs 2024 pas encore connus).');
  });

  it('gives each programme slide its own periods, never « date de référence 31/12/2024 »', () => {
    const programmes = sampleSlides.filter((slide) => slide.includes('export « indicateurs territoriaux »'));
    expect(programmes.length).toBeGreaterThan(2);
    for (const slide of programmes) {
      // A month (« avril 2024 »), a quarter (« T1 2024 ») or a year, alone or as a range.
      expect(slide).toMatch(/périodes? de référence ([a-zéû]+ |T[1-4] )?\d{4}( à ([a-zéû]+ |T[1-4] )?\d{4})?\./);
      expect(slide).not.toContain('date de référence 31/12/2024');
    }
  });
});

describe('a run without the optional exports (fixture version 1)', () => {
  it('says so on the title slide and gives their tables one « données non fournies » slide each', () => {
    expect(v1Slides[0]).toContain(
      'Exports non fournis : « indicateurs de rémunération », « indicateurs territoriaux », « événements des structures » ; leurs diapositives le disent, sans chiffre.',
    );
    const missing = v1Slides.filter((slide) => slide.includes('– données non fournies'));
    expect(missing).toHaveLength(3);
    expect(missing[0]).toContain('Données non fournies : l’export « indicateurs territoriaux » manque à ce traitement.');
    expect(missing[2]).toContain('Données non fournies : l’export « événements des structures » manque à ce traitement.');
    expect(missing.join('\n')).not.toMatch(/\| 0 \||0,0 %/);
  });
});
