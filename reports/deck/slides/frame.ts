// The frame shared by every slide: section label, title, rule, footnote and page number.
import type PptxGenJS from 'pptxgenjs';
import { COLORS, FONT, FOOTNOTE, MARGIN, PAGE } from '../design';
import { fitTitle, TITLE } from '../title-fit';

export interface FrameOptions {
  readonly section: string;
  readonly title: string;
  readonly footnote: readonly string[];
}

export function addFramedSlide(pptx: PptxGenJS, { section, title, footnote }: FrameOptions): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.background = { color: COLORS.white };
  const width = PAGE.width - 2 * MARGIN;
  slide.addText(section.toUpperCase(), {
    x: MARGIN,
    y: 0.25,
    w: width,
    h: 0.3,
    fontFace: FONT,
    fontSize: 10,
    bold: true,
    color: COLORS.accent,
    charSpacing: 1,
    margin: 0,
    lang: 'fr-FR',
  });
  const fitted = fitTitle(title);
  slide.addText(fitted.text, {
    x: MARGIN,
    y: TITLE.y,
    w: width,
    h: TITLE.h,
    fontFace: FONT,
    fontSize: fitted.fontSize,
    bold: true,
    color: COLORS.navy,
    margin: 0,
    valign: 'middle',
    lang: 'fr-FR',
  });
  slide.addShape(pptx.ShapeType.line, { x: MARGIN, y: 1.1, w: width, h: 0, line: { color: COLORS.navy, width: 1.5 } });
  slide.addShape(pptx.ShapeType.line, { x: MARGIN, y: FOOTNOTE.y - 0.05, w: width, h: 0, line: { color: COLORS.rule, width: 0.75 } });
  slide.addText(
    footnote.map((line, index) => ({ text: line, options: { breakLine: index < footnote.length - 1 } })),
    {
      x: MARGIN,
      y: FOOTNOTE.y,
      w: width - 0.6,
      h: FOOTNOTE.h,
      fontFace: FONT,
      fontSize: 8,
      color: COLORS.muted,
      valign: 'top',
      margin: 0,
      lang: 'fr-FR',
      paraSpaceAfter: 1,
    },
  );
  slide.slideNumber = { x: PAGE.width - MARGIN - 0.5, y: FOOTNOTE.y, w: 0.5, h: 0.25, fontFace: FONT, fontSize: 8, color: COLORS.muted, align: 'right' };
  return slide;
}
