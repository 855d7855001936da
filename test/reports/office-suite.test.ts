import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../reports';
import { convertToPdf, pdfText, run } from './helpers/libreoffice';
import { readSlides, type SlideContent } from './helpers/office-xml';
import { type PipelineRun, runFixturePipeline } from './helpers/pipeline-run';
import { reportFrom } from './helpers/report-run';

// Proof that the files open in a real office suite: LibreOffice (installed by .ci/run) converts
// them to PDF, poppler reads the PDF back. The rendered slides are kept in test-artifacts/reports/.

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/reports');

let pipeline: PipelineRun;
let report: ReportResult;
let slides: SlideContent[];
let pdfDir: string;

async function pages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]);
}

beforeAll(async () => {
  pipeline = await runFixturePipeline();
  report = await reportFrom(pipeline, 'report');
  slides = await readSlides(report.deck);
  pdfDir = path.join(pipeline.root, 'pdf');
  await convertToPdf([report.deck, report.workbook], pdfDir);
});
afterAll(() => pipeline.cleanup());

const deckPdf = () => path.join(pdfDir, 'commission-11-2023.pdf');
const workbookPdf = () => path.join(pdfDir, 'tableaux-11-2023.pdf');
const slideNumber = (start: string) => slides.find((slide) => slide.texts.some((text) => text.startsWith(start)))!.number;

describe('LibreOffice opens the reports', () => {
  it('converts the deck to a PDF of one page per slide holding the key figures', async () => {
    expect(await pages(deckPdf())).toBe(slides.length);
    const text = await pdfText(deckPdf());
    for (const figure of ['13 295 968,61 €', '6 034 501,56 €', '885 059', '1 055 708', 'Seine-Saint-Denis (93)', 'Île-de-France', '78,9 %']) {
      expect(text, figure).toContain(figure);
    }
  });

  it('shows 162 paid MSP and the total on the remuneration slide', async () => {
    const text = await pdfText(deckPdf(), slideNumber('MSP – rémunération ACI 2023'));
    expect(text).toMatch(/Île-de-France 162 13 295 968,61 € 6 034 501,56 € 7 261 467,05 €/);
    expect(text).toContain('Source : Assurance Maladie');
  });

  it('renders chart labels in French (decimal comma) whatever its own locale', async () => {
    const text = await pdfText(deckPdf(), slideNumber('CPTS – population couverte'));
    expect(text).toContain('78,9 %');
    expect(text).not.toContain('78.9 %');
  });

  it('converts the workbook to a PDF with every sheet and the figures formatted in French', async () => {
    expect(await pages(workbookPdf())).toBeGreaterThanOrEqual(9);
    const text = await pdfText(workbookPdf());
    for (const figure of ['13 295 968,61 €', '162', '885 059', '78,9 %', 'Île-de-France', 'structures.csv', 'Valeur non diffusée (secret statistique).']) {
      expect(text, figure).toContain(figure);
    }
  });

  it('renders the remuneration slide and the map to PNG in test-artifacts/reports/', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [name, start] of [
      ['remunerations', 'MSP – rémunération ACI 2023'],
      ['carte', 'CPTS – carte'],
    ] as const) {
      const page = slideNumber(start);
      const prefix = path.join(ARTIFACTS, `slide-${name}`);
      await rm(`${prefix}.png`, { force: true });
      await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '110', '-png', '-singlefile', deckPdf(), prefix]);
      const png = await readFile(`${prefix}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // 13.33 in × 110 dpi: the whole widescreen page was drawn.
      expect(png.readUInt32BE(16)).toBe(1467);
      expect((await stat(`${prefix}.png`)).size).toBeGreaterThan(20_000);
    }
  });
});
