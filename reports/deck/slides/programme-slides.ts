// The slides of the territorial programmes (Prado, Mon soutien psy, Mon bilan prévention, DMP…),
// each opening with its headline, in the order of the June 2024 deck (deck/programmes.ts):
// - a breakdown (by profession, actor, mode) gets its table of modalities and its bars
//   (programme-breakdown.ts); a programme followed by month whose breakdown is of the year gets
//   the « premiers éléments de déploiement » page (programme-deployment.ts);
// - the indicator's own figures by department get the map of their latest period with the table
//   of their last periods beside it, and a table of every period when there are more;
// - figures the source gives for the region only get their periods as a table and a bar chart.
// Only the indicator's own rows (no modality) are drawn where it is shown itself; a programme the
// data do not hold gets no slide.
import { partWords, type Row } from '../../../core';
import type { DepartmentMap } from '../../map';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT, FONT } from '../design';
import { type ProgrammePlace, periodKind, periodLabel, periodShortLabel, periodsReference, programmeOrder, programmePlace, shownWith } from '../programmes';
import { distinctAreas, gaps } from '../select';
import { chartOptions } from './chart-options';
import type { DeckContext, SlideContext } from './context';
import { addMapLegend } from './map-legend';
import { addBreakdownSlide } from './programme-breakdown';
import { addProgrammeFrame, chartFormat, latestPeriods, type ProgrammeData, programmeData, programmeHeadline, valueUnit } from './programme-data';
import { addDeploymentSlide, isDeployment } from './programme-deployment';
import { addTable, addTableSlides } from './table-slides';

/** Periods shown side by side in the department table beside the map. */
const TABLE_PERIODS = 3;
/** Periods of a series: a year of months at most. */
const SERIES_PERIODS = 12;

/** Indicators present in the report, in the order of the data (the pipeline sorts them). */
export function programmeCodes(context: SlideContext): string[] {
  return [...new Set(context.tables.indicateurs_territoriaux.rows.map((row) => String(row.indicateur)))];
}

export function addProgrammeSlides(context: DeckContext, place: ProgrammePlace): number {
  const codes = programmeCodes(context);
  const present = new Set(codes);
  let count = 0;
  for (const code of programmeOrder(codes)) {
    if (programmePlace(code) !== place || shownWith(code, present) !== null) continue;
    count += addProgramme(context, code);
  }
  return count;
}

function addProgramme(context: DeckContext, code: string): number {
  const data = programmeData(context, code);
  if (data.rows.length === 0) return 0;
  const sentences = programmeHeadline(context, code);
  const departmentSentences = programmeHeadline(context, `${code}:departements`);
  let count = 0;
  // The first slide of a programme carries its headline; the next ones their own sentences.
  const headline = (own: readonly string[] = []) => (count === 0 ? [...sentences, ...own.filter((s) => !sentences.includes(s))] : [...own]);
  let departmentsShown = false;
  // The deployment page shows the region's first breakdown; any other gets its own slide.
  const deployed = isDeployment(data) ? String(data.modalities.find(data.isArea)!.dimension) : null;
  if (deployed !== null) {
    if (addDeploymentSlide(context, data, headline(departmentSentences))) count++;
    departmentsShown = true;
  }
  const dimensions = [...new Set(data.modalities.map((row) => String(row.dimension)))].filter((dimension) => dimension !== deployed);
  for (const dimension of dimensions) {
    const shown = addBreakdownSlide(context, data, dimension, headline());
    if (shown) count++;
    if (shown === 'departements') departmentsShown = true;
  }
  const departments = data.totals.filter(data.isPart);
  if (departments.length > 0 && !departmentsShown) {
    // After a slide of the region's breakdown, this one says it is the departments'.
    const title = count > 0 ? `${data.title} – par ${partWords(context.scope).singular}` : data.title;
    addDepartmentSlide(context, data, context.programmeMaps?.get(code), headline(departmentSentences), title);
    count++;
    if (addSeriesSlide(context, data)) count++;
  } else if (count === 0 && data.totals.some(data.isArea)) {
    addRegionSlide(context, data, headline());
    count++;
  }
  return count;
}

function addDepartmentSlide(context: SlideContext, data: ProgrammeData, map: DepartmentMap | undefined, headline: readonly string[], title: string): void {
  const { scope } = context;
  const table = context.tables.indicateurs_territoriaux;
  const shown = latestPeriods(data.totals.filter(data.isPart), TABLE_PERIODS);
  const latest = shown.at(-1)!;
  const { slide, top } = addProgrammeFrame(context, data, { periods: shown, headline, title, ...(map ? { map } : {}) });
  const at = (area: Row, periode: string) => data.totals.find((row) => row.periode === periode && row.niveau === area.niveau && row.code === area.code);
  const areas = distinctAreas(data.totals.filter((row) => shown.includes(String(row.periode))));
  const deckTable: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: data.section,
    title: data.title,
    header: ['Territoire', ...shown.map(periodLabel)],
    widths: [2.6, ...shown.map(() => 1.3)],
    rows: areas.map((area) => ({
      cells: [
        areaLabel(scope, area),
        ...shown.map((periode) => {
          const row = at(area, periode);
          return row ? figure(table, row, 'valeur') : MISSING_TEXT;
        }),
      ],
      total: isTotal(scope, area),
    })),
  };
  const height = CONTENT.bottom - top;
  const mapWidth = map ? Math.min(height * map.aspect, CONTENT.w * 0.55) : 0;
  const left = CONTENT.x + (map ? mapWidth + 0.3 : 0);
  const width = CONTENT.x + CONTENT.w - left;
  if (map) {
    slide.addImage({
      data: `image/png;base64,${Buffer.from(map.png).toString('base64')}`,
      x: CONTENT.x,
      y: top,
      w: mapWidth,
      h: mapWidth / map.aspect,
      altText: `Carte des départements de ${scope.regionName} : ${data.label}, ${periodLabel(latest)}`,
    });
  }
  // Rows as tall as fit beside the map, with room under them for the legend.
  const legendRows = map ? Math.ceil(map.legend.length / 2) : 0;
  const room = height - (map ? 0.6 + legendRows * 0.34 : 0) - 0.55;
  const rowHeight = Math.min(0.3, room / Math.max(1, deckTable.rows.length));
  const tableHeight = addTable(slide, deckTable, deckTable.rows, { x: left, y: top, w: width }, { rowHeight });
  if (map) {
    slide.addText(`Carte : ${periodLabel(latest)}`, {
      x: left,
      y: top + tableHeight + 0.15,
      w: width,
      h: 0.3,
      fontFace: FONT,
      fontSize: 11,
      bold: true,
      color: COLORS.navy,
      margin: 0,
      lang: 'fr-FR',
    });
    addMapLegend(context, slide, map, { x: left, y: top + tableHeight + 0.5, w: width });
  }
}

/** Every period of the department figures when there are more than the map's table shows (Beyfortus, September to March). */
function addSeriesSlide(context: DeckContext, data: ProgrammeData): boolean {
  const table = context.tables.indicateurs_territoriaux;
  const periods = latestPeriods(data.totals.filter(data.isPart), SERIES_PERIODS);
  if (periods.length <= TABLE_PERIODS || periodKind(periods.at(-1)!) === 'annee') return false;
  const areas = distinctAreas(data.totals.filter((row) => periods.includes(String(row.periode))));
  const at = (area: Row, periode: string) => data.totals.find((row) => row.periode === periode && row.niveau === area.niveau && row.code === area.code);
  addTableSlides(context, {
    table: 'indicateurs_territoriaux',
    section: data.section,
    // The months themselves are in the header and the source line: the title only counts them.
    title: `${data.title} – ${periods.length} ${periodKind(periods[0]!) === 'mois' ? 'mois' : 'trimestres'}`,
    header: ['Territoire', ...periods.map(periodShortLabel)],
    widths: [2.4, ...periods.map(() => 1)],
    rows: areas.map((area) => ({
      cells: [
        areaLabel(context.scope, area),
        ...periods.map((periode) => {
          const row = at(area, periode);
          return row ? figure(table, row, 'valeur') : MISSING_TEXT;
        }),
      ],
      total: isTotal(context.scope, area),
    })),
    reference: periodsReference(periods),
  });
  return true;
}

function addRegionSlide(context: SlideContext, data: ProgrammeData, headline: readonly string[]): void {
  const { pptx, scope } = context;
  const table = context.tables.indicateurs_territoriaux;
  const region = data.totals.filter(data.isArea);
  const shown = latestPeriods(region, SERIES_PERIODS);
  const { slide, top } = addProgrammeFrame(context, data, { periods: shown, headline });
  const half = (CONTENT.w - 0.4) / 2;
  const deckTable: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: data.section,
    title: data.title,
    header: ['Période', scope.regionName],
    widths: [2, 1.6],
    rows: shown.map((periode) => {
      const row = region.find((candidate) => candidate.periode === periode)!;
      return { cells: [periodLabel(periode), figure(table, row, 'valeur')], total: false };
    }),
  };
  const rowHeight = Math.min(0.3, (CONTENT.bottom - top - 0.55) / Math.max(1, deckTable.rows.length));
  addTable(slide, deckTable, deckTable.rows, { x: CONTENT.x, y: top, w: half }, { rowHeight });
  const values = shown.map((periode) =>
    chartValue(
      table,
      region.find((row) => row.periode === periode),
      'valeur',
    ),
  );
  slide.addChart(pptx.ChartType.bar, [{ name: data.label, labels: shown.map(periodShortLabel), values: gaps(values) }], {
    ...chartOptions(scope.regionName, chartFormat(valueUnit(region[0]))),
    x: CONTENT.x + half + 0.4,
    y: top,
    w: half,
    h: CONTENT.bottom - top,
    barDir: 'col',
    barGapWidthPct: 60,
    chartColors: [COLORS.navy],
    showLegend: false,
    valAxisMinVal: 0,
    dataLabelPosition: 'outEnd',
  });
}
