// One slide per territorial indicator (Prado, Mon soutien psy, Mon bilan prévention…): the map of
// its latest period by department with the table of its last periods beside it; an indicator the
// source gives for the region only gets its periods as a table and a bar chart instead.
import type { Row } from '../../../core';
import type { DepartmentMap } from '../../map';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { type ProgrammePlace, periodLabel, programmePlace } from '../programmes';
import { distinctAreas, regionRows } from '../select';
import { chartOptions } from './chart-options';
import { type DeckContext, footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';
import { addTable } from './table-slides';

const SECTION = 'Autres programmes';
/** Periods shown side by side in the department table. */
const TABLE_PERIODS = 3;
/** Periods of a region-only indicator: a year of months at most. */
const REGION_PERIODS = 12;

/** Indicators present in the report, in the order of the data (the pipeline sorts them). */
export function programmeCodes(context: SlideContext): string[] {
  return [...new Set(context.tables.indicateurs_territoriaux.rows.map((row) => String(row.indicateur)))];
}

/** Periods of an indicator with a row in the report's region, oldest first. */
export function programmePeriods(context: SlideContext, indicateur: string): string[] {
  const rows = regionRows(context.tables.indicateurs_territoriaux, context.scope, (row) => row.indicateur === indicateur);
  return [...new Set(rows.map((row) => String(row.periode)))].sort();
}

/** `période de référence avril 2024.`, `périodes de référence avril 2023 à avril 2024.` */
function periodsReference(periods: readonly string[]): string {
  const first = periods[0]!;
  const last = periods.at(-1)!;
  return first === last ? `période de référence ${periodLabel(last)}.` : `périodes de référence ${periodLabel(first)} à ${periodLabel(last)}.`;
}

export function addProgrammeSlides(context: DeckContext, place: ProgrammePlace): number {
  let count = 0;
  for (const indicateur of programmeCodes(context)) {
    if (programmePlace(indicateur) !== place) continue;
    if (addProgrammeSlide(context, indicateur, context.programmeMaps?.get(indicateur))) count++;
  }
  return count;
}

function addProgrammeSlide(context: SlideContext, indicateur: string, map: DepartmentMap | undefined): boolean {
  const { pptx, scope } = context;
  const table = context.tables.indicateurs_territoriaux;
  const rows = regionRows(table, scope, (row) => row.indicateur === indicateur);
  const periods = programmePeriods(context, indicateur);
  const latest = periods.at(-1);
  if (!latest) return false;
  const label = String([...rows].reverse().find((row) => typeof row.libelle === 'string' && row.libelle !== '')?.libelle ?? indicateur);
  const departments = rows.some((row) => row.niveau === 'departement');
  const slide = addFramedSlide(pptx, {
    section: SECTION,
    title: label,
    // The programme's own periods, never the deck's 31/12: its data are of a month or a year.
    footnote: [
      ...footnoteLines(context, 'indicateurs_territoriaux', periodsReference(periods)),
      ...(map ? ['Fond de carte : Natural Earth (domaine public).'] : []),
    ],
  });
  const at = (area: Row, periode: string) => rows.find((row) => row.periode === periode && row.niveau === area.niveau && row.code === area.code);
  if (departments) {
    const shown = periods.slice(-TABLE_PERIODS);
    const deckTable: DeckTable = {
      table: 'indicateurs_territoriaux',
      section: SECTION,
      title: label,
      header: ['Territoire', ...shown.map(periodLabel)],
      widths: [2.6, ...shown.map(() => 1.3)],
      rows: distinctAreas(rows).map((area) => ({
        cells: [
          areaLabel(area),
          ...shown.map((periode) => {
            const row = at(area, periode);
            return row ? figure(table, row, 'valeur') : MISSING_TEXT;
          }),
        ],
        total: isTotal(area),
      })),
    };
    const height = CONTENT.bottom - CONTENT.y;
    const mapWidth = map ? Math.min(height * map.aspect, CONTENT.w * 0.55) : 0;
    const left = CONTENT.x + (map ? mapWidth + 0.3 : 0);
    const width = CONTENT.x + CONTENT.w - left;
    if (map) {
      slide.addImage({
        data: `image/png;base64,${Buffer.from(map.png).toString('base64')}`,
        x: CONTENT.x,
        y: CONTENT.y,
        w: mapWidth,
        h: mapWidth / map.aspect,
        altText: `Carte des départements de ${scope.regionName} : ${label}, ${periodLabel(latest)}`,
      });
    }
    const tableHeight = addTable(slide, deckTable, deckTable.rows, { x: left, y: CONTENT.y, w: width });
    if (map) {
      slide.addText(`Carte : ${periodLabel(latest)}`, {
        x: left,
        y: CONTENT.y + tableHeight + 0.2,
        w: width,
        h: 0.3,
        fontFace: FONT,
        fontSize: 11,
        bold: true,
        color: COLORS.navy,
        margin: 0,
        lang: 'fr-FR',
      });
      addLegend(context, slide, map, left, CONTENT.y + tableHeight + 0.6, width);
    }
    return true;
  }
  const region = rows.filter((row) => row.niveau !== 'departement');
  const shown = periods.slice(-REGION_PERIODS).filter((periode) => region.some((row) => row.periode === periode));
  const half = (CONTENT.w - 0.4) / 2;
  const deckTable: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: SECTION,
    title: label,
    header: ['Période', scope.regionName],
    widths: [2, 1.6],
    rows: shown.map((periode) => {
      const row = region.find((candidate) => candidate.periode === periode)!;
      return { cells: [periodLabel(periode), figure(table, row, 'valeur')], total: false };
    }),
  };
  addTable(slide, deckTable, deckTable.rows, { x: CONTENT.x, y: CONTENT.y, w: half });
  const values = shown.map((periode) =>
    chartValue(
      table,
      region.find((row) => row.periode === periode),
      'valeur',
    ),
  );
  slide.addChart(pptx.ChartType.bar, [{ name: label, labels: shown.map(periodLabel), values: values as number[] }], {
    ...chartOptions(scope.regionName, '#,##0'),
    x: CONTENT.x + half + 0.4,
    y: CONTENT.y,
    w: half,
    h: CONTENT.bottom - CONTENT.y,
    barDir: 'col',
    barGapWidthPct: 60,
    chartColors: [COLORS.navy],
    showLegend: false,
    valAxisMinVal: 0,
    dataLabelPosition: 'outEnd',
  });
  return true;
}

function addLegend(context: SlideContext, slide: ReturnType<SlideContext['pptx']['addSlide']>, map: DepartmentMap, x: number, y: number, w: number): void {
  // Two columns under the table: five or six classes would run into the footnote in one.
  const perColumn = Math.ceil(map.legend.length / 2);
  const columnWidth = w / 2;
  map.legend.forEach((item, index) => {
    const left = x + Math.floor(index / perColumn) * columnWidth;
    const top = y + (index % perColumn) * 0.34;
    slide.addShape(context.pptx.ShapeType.rect, {
      x: left,
      y: top,
      w: 0.4,
      h: 0.25,
      fill: { color: item.color.replace('#', '') },
      line: { color: COLORS.rule, width: 0.5 },
    });
    slide.addText(item.label, {
      x: left + 0.5,
      y: top,
      w: columnWidth - 0.6,
      h: 0.25,
      fontFace: FONT,
      fontSize: 10,
      color: COLORS.text,
      margin: 0,
      valign: 'middle',
      lang: 'fr-FR',
    });
  });
}
