// A slide's title stays between the section label and the rule, whatever its length: measured as
// LibreOffice lays it out (DejaVu Sans Bold), on the slide pptxgenjs writes.
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../reports/deck/design';
import { addFramedSlide } from '../../reports/deck/slides/frame';
import { TITLE } from '../../reports/deck/title-fit';
import { slideTitle } from './helpers/office-xml';
import { textWidthPoints } from './helpers/text-width';

// The line, less the side bearings resvg's ink box leaves out.
const LINE = CONTENT.w * 72 - 2;

/** The title as written on the slide: its text and size in points. */
async function writtenTitle(title: string): Promise<{ text: string; size: number }> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  addFramedSlide(pptx, { section: 'Autres programmes', title, footnote: ['Source : test.'] });
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  return slideTitle(await zip.file('ppt/slides/slide1.xml')!.async('string'), TITLE.y)!;
}

/** Lines the text takes when wrapped at words on the title's width. */
function lines(text: string, size: number): number {
  let count = 1;
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthPoints(longer, size, true) > LINE) {
      count++;
      line = word;
    } else line = longer;
  }
  return count;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}é`).join(' ');

describe('a slide title', () => {
  it('keeps 22 pt when short, and shrinks to keep one line down to 14 pt', async () => {
    expect(await writtenTitle('MSP – adhésions à l’ACI par année')).toEqual({ text: 'MSP – adhésions à l’ACI par année', size: 22 });
    for (const title of [
      'MSP – professionnels par profession en 2024 (Provence-Alpes-Côte d’Azur)',
      'CDS polyvalents et médicaux – atteinte des indicateurs en 2023, derniers connus (suite)',
      'Dépistage organisé – cancer du col de l’utérus : taux de participation par département',
    ]) {
      const written = await writtenTitle(title);
      expect(written.text).toBe(title);
      expect(written.size).toBeLessThan(22);
      expect(written.size).toBeGreaterThan(TITLE.minFontSize);
      expect({ title, lines: lines(written.text, written.size) }).toEqual({ title, lines: 1 });
    }
    // Capitals are wider: the same words in capitals get a smaller size, and keep to one line too.
    const lower = await writtenTitle('Séances Mon soutien psy remboursées par département et par mois');
    const upper = await writtenTitle('SÉANCES MON SOUTIEN PSY REMBOURSÉES PAR DÉPARTEMENT ET PAR MOIS');
    expect(upper.size).toBeLessThan(lower.size);
    expect([lines(lower.text, lower.size), lines(upper.text, upper.size)]).toEqual([1, 1]);
  });

  it('takes two lines at 14 pt past one, and cuts an endless source label at a word, keeping what follows it', async () => {
    const long = `Indicateur de la source ${words(20)}`;
    const written = await writtenTitle(long);
    expect(written).toEqual({ text: long, size: TITLE.minFontSize });
    expect(lines(written.text, written.size)).toBe(2);

    const label = `Indicateur de la source ${words(80)}`;
    for (const suffix of ['', ' – 12 mois', ' – par département (suite)']) {
      const cut = await writtenTitle(`${label}${suffix}`);
      expect(cut.size).toBe(TITLE.minFontSize);
      expect(cut.text.endsWith(`…${suffix}`)).toBe(true);
      expect(label.startsWith(`${cut.text.slice(0, -1 - suffix.length)} `)).toBe(true);
      expect(lines(cut.text, cut.size)).toBe(2);
    }
    // One endless word: cut within it, nothing dangling before the ellipsis.
    const word = await writtenTitle(`– ${'A-'.repeat(200)}`);
    expect(word.text).toMatch(/^– (A-)+A…$/);
    expect(lines(word.text, word.size)).toBeLessThanOrEqual(2);
  });
});
