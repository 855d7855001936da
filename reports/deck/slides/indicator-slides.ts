// Attainment of the remuneration indicators, one slide (or more when long) per group of
// structures: MSP, then each CDS group. A native table sorted by axis (the axis cell spans its
// indicators, as in the commission deck) with, beside each row, a bar of the share of structures
// reaching the indicator: native rectangles, so they stay editable and line up with the rows.
import type PptxGenJS from 'pptxgenjs';
import type { Row } from '../../../core';
import { CDS_GROUPS, type CdsGroup, formatInteger, formatPercent, isAreaRow, MASKED_TEXT, type StructureType } from '../../../core';
import { chartValue, figure, MISSING_TEXT } from '../cells';
import type { DeckRow } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { paginateRows } from '../paginate';
import { footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';

/** The groups with an indicator slide. CDS `ensemble` is left out: it mixes indicators of
 *  different agreements' categories, whose shares read only within their group (workbook has it). */
const GROUPS: readonly { type: StructureType; categorie: string; name: string; section: string }[] = [
  { type: 'MSP', categorie: 'ensemble', name: 'MSP', section: 'MSP' },
  ...(['polyvalent_medical', 'dentaire', 'infirmier'] as CdsGroup[]).map((categorie) => ({
    type: 'CDS' as const,
    categorie,
    name: `CDS ${CDS_GROUPS[categorie].toLowerCase()}`,
    section: 'Centres de santé',
  })),
];

const ROW_HEIGHT = 0.21;
const HEADER_HEIGHT = 0.5;
const SUBTITLE_HEIGHT = 0.35;
const FONT_SIZE = 8.5;
/** Inches: axis, indicator, weight, structures reaching it, share; then the bars. */
const COLUMNS = [1.55, 5.3, 1.05, 1.1, 0.8] as const;
const BAR_GAP = 0.2;

/** A published row carried through the pagination of deck rows. */
type PagedRow = DeckRow & { readonly row: Row };

export function indicatorRowsPerSlide(): number {
  return Math.floor((CONTENT.bottom - CONTENT.y - SUBTITLE_HEIGHT - HEADER_HEIGHT) / ROW_HEIGHT);
}

/** The deck's year when its indicators are known, else the latest year before it that has them. */
export function indicatorYear(rows: readonly Row[], year: number): number | undefined {
  const years = rows.map((row) => row.annee).filter((value): value is number => typeof value === 'number' && value <= year);
  return years.length === 0 ? undefined : Math.max(...years);
}

export function addIndicatorSlides(context: SlideContext, type: StructureType, perPage = indicatorRowsPerSlide()): number {
  let count = 0;
  for (const group of GROUPS.filter((candidate) => candidate.type === type)) count += addGroupSlides(context, group, perPage);
  return count;
}

function addGroupSlides(context: SlideContext, group: (typeof GROUPS)[number], perPage: number): number {
  const { tables, scope } = context;
  const table = tables.indicateurs;
  const ofGroup = table.rows.filter((row) => isAreaRow(scope.region, row) && row.type_structure === group.type && row.categorie === group.categorie);
  const year = indicatorYear(ofGroup, scope.year);
  const rows = ofGroup.filter((row) => row.annee === year);
  const structures = chartValue(table, rows[0], 'nb_structures');
  if (rows.length === 0 || !structures) return 0;
  // Pages of whole rows; each page's axis cells span its own rows.
  const pages = paginateRows(
    rows.map((row): PagedRow => ({ cells: [], total: false, row })),
    perPage,
  ) as PagedRow[][];
  pages.forEach((page, index) => {
    // Indicators are known a year late (the usual lag): the deck says which year it shows and why.
    const lag = year !== scope.year;
    const title = `${group.name} – atteinte des indicateurs en ${year}${lag ? ', derniers connus' : ''}${index > 0 ? ' (suite)' : ''}`;
    const reference = `date de référence 31/12/${year}${lag ? ` (indicateurs ${scope.year} pas encore connus)` : ''}.`;
    const slide = addFramedSlide(context.pptx, { section: group.section, title, footnote: footnoteLines(context, 'indicateurs', reference) });
    slide.addText(
      `Sur les ${formatInteger(structures)} ${group.name} dont la rémunération a été calculée (${scope.regionName}) ; ` +
        'poids : part de l’indicateur dans la rémunération versée.',
      {
        x: CONTENT.x,
        y: CONTENT.y,
        w: CONTENT.w,
        h: SUBTITLE_HEIGHT - 0.05,
        fontFace: FONT,
        fontSize: 11,
        color: COLORS.text,
        margin: 0,
        valign: 'top',
        lang: 'fr-FR',
      },
    );
    drawPage(
      slide,
      context,
      page.map((item) => item.row),
    );
  });
  return pages.length;
}

function drawPage(slide: PptxGenJS.Slide, context: SlideContext, rows: readonly Row[]): void {
  const table = context.tables.indicateurs;
  const border = { type: 'solid' as const, pt: 0.5, color: COLORS.rule };
  const y = CONTENT.y + SUBTITLE_HEIGHT;
  const header: PptxGenJS.TableRow = ['Axe', 'Indicateur', 'Poids dans la rémunération', 'Structures l’atteignant', 'Part'].map((text, c) => ({
    text,
    options: { bold: true, color: COLORS.white, fill: { color: COLORS.navy }, align: c < 2 ? 'left' : 'center', valign: 'middle', border },
  }));
  const body: PptxGenJS.TableRow[] = rows.map((row, r) => {
    const fill = { color: r % 2 === 1 ? COLORS.zebra : COLORS.white };
    const cell = (text: string, align: 'left' | 'right'): PptxGenJS.TableCell => ({
      text,
      options: { color: COLORS.text, fill, align, valign: 'middle', border },
    });
    const first = r === 0 || rows[r - 1]!.axe !== row.axe;
    let span = 1;
    while (first && r + span < rows.length && rows[r + span]!.axe === row.axe) span++;
    const axis: PptxGenJS.TableCell[] = first
      ? [
          {
            text: String(row.axe ?? ''),
            options: { bold: true, color: COLORS.navy, fill: { color: COLORS.white }, align: 'left', valign: 'middle', border, rowspan: span },
          },
        ]
      : [];
    return [
      ...axis,
      cell(String(row.libelle ?? row.indicateur), 'left'),
      cell(weight(context, row), 'right'),
      cell(figure(table, row, 'nb_atteint'), 'right'),
      cell(figure(table, row, 'pct_atteint'), 'right'),
    ];
  });
  slide.addTable([header, ...body], {
    x: CONTENT.x,
    y,
    colW: [...COLUMNS],
    rowH: [HEADER_HEIGHT, ...rows.map(() => ROW_HEIGHT)],
    fontFace: FONT,
    fontSize: FONT_SIZE,
    margin: [0.02, 0.06, 0.02, 0.06],
    lang: 'fr-FR',
  } as PptxGenJS.TableProps);

  const left = CONTENT.x + COLUMNS.reduce((a, b) => a + b, 0) + BAR_GAP;
  const width = CONTENT.x + CONTENT.w - left;
  slide.addText('Part des structures atteignant l’indicateur', {
    x: left,
    y,
    w: width,
    h: HEADER_HEIGHT,
    fontFace: FONT,
    fontSize: FONT_SIZE,
    bold: true,
    color: COLORS.navy,
    margin: 0,
    valign: 'middle',
    lang: 'fr-FR',
  });
  rows.forEach((row, r) => {
    const top = y + HEADER_HEIGHT + r * ROW_HEIGHT + 0.05;
    const height = ROW_HEIGHT - 0.1;
    slide.addShape(context.pptx.ShapeType.rect, { x: left, y: top, w: width, h: height, fill: { color: 'EEF1F5' }, line: { color: 'EEF1F5', width: 0 } });
    const share = chartValue(table, row, 'pct_atteint');
    if (share !== null && share > 0) {
      slide.addShape(context.pptx.ShapeType.rect, {
        x: left,
        y: top,
        w: (width * Math.min(share, 100)) / 100,
        h: height,
        fill: { color: COLORS.accent },
        line: { color: COLORS.accent, width: 0 },
      });
    }
  });
}

// Weights of a few hundredths of a percent are common (DMP, MSSanté): two decimals, as the deck.
function weight(context: SlideContext, row: Row): string {
  const table = context.tables.indicateurs;
  const value = chartValue(table, row, 'poids_pct');
  if (value !== null) return formatPercent(value, 2);
  return figure(table, row, 'poids_pct') === MASKED_TEXT ? MASKED_TEXT : MISSING_TEXT;
}
