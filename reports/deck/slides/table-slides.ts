// A deck table as native, editable PowerPoint tables: one slide, or several with the header
// repeated and "(suite)" in the title when the rows do not fit.
import type PptxGenJS from 'pptxgenjs';
import type { DeckRow, DeckTable } from '../deck-table';
import { COLORS, CONTENT, FONT, HEADER_HEIGHT, ROW_HEIGHT, TABLE_FONT_SIZE } from '../design';
import { paginateRows } from '../paginate';
import { footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';

const NOTE_HEIGHT = 0.35;
const HEADLINE_LINE = 0.25;
/** Characters of a 12-point Arial line across the content width. */
const HEADLINE_CHARS = 150;

/** Height of the headline box: its sentences, wrapped, and a gap before the table. */
export function headlineHeight(sentences: readonly string[] | undefined): number {
  if (!sentences || sentences.length === 0) return 0;
  const lines = sentences.reduce((sum, sentence) => sum + Math.ceil(sentence.length / HEADLINE_CHARS), 0);
  return lines * HEADLINE_LINE + 0.15;
}

const COMPACT_ROW_HEIGHT = 0.26;
/** Rows may be this much shorter than their nominal height to keep a table on one slide under its headline. */
const MIN_ROW_HEIGHT = 0.22;
/** Top and bottom cell margins (0,03 in each), and points of font per inch of line (72 pt, line 1,2). */
const CELL_MARGIN_HEIGHT = 0.06;
const POINTS_PER_LINE_INCH = 72 / 1.2;
const MIN_FONT_SIZE = 7;

const nominalRowHeight = (table: Pick<DeckTable, 'compact'>) => (table.compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT);

const bodyHeight = (withNote: boolean, headline: number) => CONTENT.bottom - CONTENT.y - headline - HEADER_HEIGHT - (withNote ? NOTE_HEIGHT : 0);

/** How many body rows fit under the header between the title (and headline) and the footnote. */
export function rowsPerSlide(withNote: boolean, headline = 0, height = ROW_HEIGHT): number {
  return Math.max(1, Math.floor(bodyHeight(withNote, headline) / height));
}

/** The default rows per slide: all of them when slightly shorter rows fit, else the nominal height's count. */
function defaultPerPage(table: DeckTable): number {
  const withNote = table.note !== undefined;
  const headline = headlineHeight(table.headline);
  const nominal = nominalRowHeight(table);
  return table.rows.length * Math.min(MIN_ROW_HEIGHT, nominal) <= bodyHeight(withNote, headline)
    ? table.rows.length
    : rowsPerSlide(withNote, headline, nominal);
}

export function addTableSlides(context: SlideContext, table: DeckTable, perPage = defaultPerPage(table)): PptxGenJS.Slide[] {
  const pages = paginateRows(table.rows, perPage);
  const headline = headlineHeight(table.headline);
  const rowHeight = Math.min(nominalRowHeight(table), bodyHeight(table.note !== undefined, headline) / Math.max(1, ...pages.map((page) => page.length)));
  return pages.map((rows, index) => {
    const title = pages.length > 1 && index > 0 ? `${table.title} (suite)` : table.title;
    const slide = addFramedSlide(context.pptx, { section: table.section, title, footnote: footnoteLines(context, table.table, table.reference) });
    if (table.headline && headline > 0 && index === 0) addHeadline(slide, table.headline, headline);
    const top = CONTENT.y + headline;
    const tableHeight = addTable(slide, table, rows, { x: CONTENT.x, y: top, w: CONTENT.w }, { rowHeight, ...(table.align ? { align: table.align } : {}) });
    if (table.note && index === pages.length - 1) {
      slide.addText(table.note, {
        x: CONTENT.x,
        y: top + tableHeight + 0.1,
        w: CONTENT.w,
        h: NOTE_HEIGHT,
        fontFace: FONT,
        fontSize: 12,
        bold: true,
        color: COLORS.navy,
        margin: 0,
        lang: 'fr-FR',
      });
    }
    return slide;
  });
}

/** The headline as one editable text box, a paragraph per sentence, the first in the title's navy. */
export function addHeadline(slide: PptxGenJS.Slide, sentences: readonly string[], height: number): void {
  slide.addText(
    sentences.map((sentence, index) => ({
      text: sentence,
      options: { breakLine: index < sentences.length - 1, bold: index === 0, color: index === 0 ? COLORS.navy : COLORS.text },
    })),
    {
      x: CONTENT.x,
      y: CONTENT.y - 0.05,
      w: CONTENT.w,
      h: height - 0.1,
      fontFace: FONT,
      fontSize: 12,
      valign: 'top',
      margin: 0,
      lang: 'fr-FR',
      paraSpaceAfter: 2,
    },
  );
}

/** Where a table is drawn on its slide (inches); by default the whole content area. */
export interface TableBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

/** How a table departs from the deck's defaults (the controls' annex: taller rows, smaller text). */
export interface TableSizes {
  readonly rowHeight?: number;
  readonly fontSize?: number;
  readonly align?: readonly ('left' | 'right')[];
}

/** Draws the table's header and `rows`; returns the height taken. */
export function addTable(
  slide: PptxGenJS.Slide,
  table: Pick<DeckTable, 'header' | 'widths' | 'compact'>,
  rows: readonly DeckRow[],
  box: TableBox = CONTENT,
  sizes: TableSizes = {},
): number {
  const dense = table.header.length > 7;
  const height = sizes.rowHeight ?? nominalRowHeight(table);
  // A row squeezed to fit (France's 18 regions where a region has 8 departments) takes a smaller
  // font, or the office program grows the rows and the table runs over the footnote.
  const fitting = Math.floor((height - CELL_MARGIN_HEIGHT) * POINTS_PER_LINE_INCH * 2) / 2;
  const fontSize = sizes.fontSize ?? Math.min(dense ? TABLE_FONT_SIZE.dense : TABLE_FONT_SIZE.normal, Math.max(MIN_FONT_SIZE, fitting));
  const sum = table.widths.reduce((a, b) => a + b, 0);
  const colW = table.widths.map((width) => (width / sum) * box.w);
  const border = { type: 'solid' as const, pt: 0.5, color: COLORS.rule };
  const header: PptxGenJS.TableRow = table.header.map((label, c) => ({
    text: label,
    options: {
      bold: true,
      color: COLORS.white,
      fill: { color: COLORS.navy },
      align: c === 0 ? 'left' : 'center',
      valign: 'middle',
      border,
      lang: 'fr-FR',
    },
  }));
  const body: PptxGenJS.TableRow[] = rows.map((row, r) =>
    row.cells.map((text, c) => ({
      text,
      options: {
        bold: row.total || row.emphasis === true,
        color: COLORS.text,
        fill: { color: row.total ? COLORS.total : r % 2 === 1 ? COLORS.zebra : COLORS.white },
        align: sizes.align?.[c] ?? (c === 0 ? 'left' : 'right'),
        valign: 'middle',
        border,
        lang: 'fr-FR',
      },
    })),
  );
  slide.addTable([header, ...body], {
    x: box.x,
    y: box.y,
    w: box.w,
    colW,
    rowH: [HEADER_HEIGHT, ...rows.map(() => height)],
    fontFace: FONT,
    fontSize,
    margin: [0.03, 0.06, 0.03, 0.06],
    lang: 'fr-FR',
  } as PptxGenJS.TableProps);
  return HEADER_HEIGHT + rows.length * height;
}
