// The opening slide: the commission, the region, the year, the date the data were processed.

import { FRANCE_CODE, secrecyCover } from '../../../core';
import { diffusionLabel } from '../../diffusion';
import { absentLine, runDate, runSummaryLine, sourceLine } from '../../provenance';
import { COLORS, FONT, FOOTNOTE, MARGIN, PAGE } from '../design';
import type { SlideContext } from './context';

export function addTitleSlide(context: SlideContext, secret: number | undefined): void {
  const { pptx, run, scope } = context;
  const slide = pptx.addSlide();
  slide.background = { color: COLORS.white };
  const width = PAGE.width - 2 * MARGIN;
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.28, h: PAGE.height, fill: { color: COLORS.navy }, line: { color: COLORS.navy } });
  const text = (value: string, y: number, h: number, fontSize: number, color: string, bold = false) =>
    slide.addText(value, { x: MARGIN + 0.4, y, w: width - 0.4, h, fontFace: FONT, fontSize, bold, color, margin: 0, lang: 'fr-FR' });
  if (secret) text(diffusionLabel(secret).toUpperCase(), 0.8, 0.4, 14, COLORS.navy, true);
  text(
    scope.region === FRANCE_CODE ? 'COMMISSIONS PARITAIRES RÉGIONALES – LA FRANCE PAR RÉGION' : 'COMMISSION PARITAIRE RÉGIONALE',
    1.5,
    0.4,
    14,
    COLORS.accent,
    true,
  );
  text('Exercice coordonné : MSP, CPTS, centres de santé, prévention', 2.0, 0.6, 22, COLORS.navy, true);
  text(scope.regionName, 2.9, 0.9, 44, COLORS.navy, true);
  text(`Données ${scope.year}`, 3.9, 0.5, 22, COLORS.text);
  text(`Traitement des données du ${runDate(run.generatedAt)}`, 4.5, 0.4, 14, COLORS.muted);
  // A missing export is said where everyone reads it, not only in the footnote.
  const absent = absentLine(run);
  if (absent) text(absent, 5.0, 0.4, 12, COLORS.accent, true);
  slide.addShape(pptx.ShapeType.line, { x: MARGIN + 0.4, y: FOOTNOTE.y - 0.05, w: width - 0.4, h: 0, line: { color: COLORS.rule, width: 0.75 } });
  const secrecy = secrecyCover(secret);
  const lines = [sourceLine(undefined, run, scope), `Traitement : ${runSummaryLine(run)}`, secrecy];
  slide.addText(
    lines.map((line, index) => ({ text: line, options: { breakLine: index < lines.length - 1 } })),
    {
      x: MARGIN + 0.4,
      y: FOOTNOTE.y,
      w: width - 0.4,
      h: FOOTNOTE.h,
      fontFace: FONT,
      fontSize: 8,
      color: COLORS.muted,
      valign: 'top',
      margin: 0,
      lang: 'fr-FR',
    },
  );
}
