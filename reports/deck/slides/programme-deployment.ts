// The first results of a programme followed by month whose breakdown is known for the year (the
// June 2024 deck's « Mon bilan prévention – 1ers éléments de déploiement en IDF »): the region's
// months on the left, the breakdown's table in the middle with the professionals behind it
// (`<code>_executants`, same modality codes) beside the programme's own figures, and the
// departments' figures as bars on the right when the source gives them.
import { partWords, type Row } from '../../../core';
import { areaLabel, chartValue, figure, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT } from '../design';
import { EXECUTANTS_SUFFIX, periodKind, periodLabel } from '../programmes';
import { distinctAreas, gaps } from '../select';
import { chartOptions } from './chart-options';
import type { SlideContext } from './context';
import { addProgrammeFrame, chartFormat, dimensionLabel, latestPeriods, modalitiesOf, type ProgrammeData, programmeData, valueUnit } from './programme-data';
import { addTable } from './table-slides';

const SERIES_PERIODS = 12;
const MONTHS_WIDTH = 3;
const DEPARTMENTS_WIDTH = 3.6;
const GAP = 0.35;

/** Figures by month (or quarter) for the region, and a breakdown of the region given for a whole year only. */
export function isDeployment(data: ProgrammeData): boolean {
  const modalities = data.modalities.filter(data.isArea);
  return (
    modalities.length > 0 &&
    modalities.every((row) => periodKind(String(row.periode)) === 'annee') &&
    data.totals.some((row) => data.isArea(row) && periodKind(String(row.periode)) !== 'annee')
  );
}

/** `Bénéficiaires` from « Bénéficiaires d’un bilan prévention (mois de soins) »: a short column header. */
const headerOf = (label: string) => label.split(/\s/)[0] ?? label;

export function addDeploymentSlide(context: SlideContext, data: ProgrammeData, headline: readonly string[]): boolean {
  const { pptx, scope } = context;
  const table = context.tables.indicateurs_territoriaux;
  const regionTotals = data.totals.filter(data.isArea);
  const months = latestPeriods(
    regionTotals.filter((row) => periodKind(String(row.periode)) !== 'annee'),
    SERIES_PERIODS,
  );
  const modalities = data.modalities.filter(data.isArea);
  // The region's first breakdown (programme-slides.ts gives the others their own slides).
  const dimension = String(modalities[0]!.dimension);
  const ofDimension = modalities.filter((row) => row.dimension === dimension);
  const year = latestPeriods(ofDimension, 1)[0]!;
  const companion = programmeData(context, `${data.code}${EXECUTANTS_SUFFIX}`);
  const cell = (row: Row | undefined) => (row ? figure(table, row, 'valeur') : MISSING_TEXT);
  const companionAt = (modalite: string | null) =>
    companion.rows.find(
      (row) => companion.isArea(row) && row.periode === year && (modalite === null ? !row.dimension : row.dimension === dimension && row.modalite === modalite),
    );
  const hasCompanion = companion.rows.some((row) => companion.isArea(row) && row.periode === year && row.dimension === dimension);
  const departments = data.totals.filter((row) => data.isPart(row) && row.periode === year);

  const { slide, top } = addProgrammeFrame(context, data, { periods: months, headline });
  const height = CONTENT.bottom - top;
  const rowHeightFor = (rows: number) => Math.min(0.3, (height - 0.55) / Math.max(1, rows));

  const monthsTable: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: data.section,
    title: data.title,
    header: [periodKind(months[0]!) === 'mois' ? 'Mois' : 'Période', `${headerOf(data.label)} (${scope.regionName})`],
    widths: [1.4, 1.6],
    rows: months.map((periode) => ({ cells: [periodLabel(periode), cell(regionTotals.find((row) => row.periode === periode))], total: false })),
  };
  addTable(slide, monthsTable, monthsTable.rows, { x: CONTENT.x, y: top, w: MONTHS_WIDTH }, { rowHeight: rowHeightFor(monthsTable.rows.length) });

  const total = regionTotals.find((row) => row.periode === year);
  const breakdown: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: data.section,
    title: data.title,
    header: [`${dimensionLabel(dimension)} (${periodLabel(year)})`, ...(hasCompanion ? ['Exécutants'] : []), headerOf(data.label)],
    widths: [2.8, ...(hasCompanion ? [1.2] : []), 1.3],
    rows: [
      ...modalitiesOf(ofDimension, dimension).map((modality) => ({
        cells: [
          modality.label,
          ...(hasCompanion ? [cell(companionAt(modality.code))] : []),
          cell(ofDimension.find((row) => row.modalite === modality.code && row.periode === year)),
        ],
        total: false,
      })),
      ...(total || companionAt(null) ? [{ cells: ['Ensemble', ...(hasCompanion ? [cell(companionAt(null))] : []), cell(total)], total: true }] : []),
    ],
  };
  const middle = CONTENT.x + MONTHS_WIDTH + GAP;
  const middleWidth = CONTENT.x + CONTENT.w - middle - (departments.length > 0 ? DEPARTMENTS_WIDTH + GAP : 0);
  addTable(slide, breakdown, breakdown.rows, { x: middle, y: top, w: middleWidth }, { rowHeight: rowHeightFor(breakdown.rows.length) });

  if (departments.length > 0) {
    // A horizontal bar chart draws its first category at the bottom: reversed, to read top-down.
    const areas = distinctAreas(departments).reverse();
    slide.addChart(
      pptx.ChartType.bar,
      [{ name: data.label, labels: areas.map((area) => areaLabel(scope, area)), values: gaps(areas.map((area) => chartValue(table, area, 'valeur'))) }],
      {
        ...chartOptions(`${headerOf(data.label)} par ${partWords(scope).singular} (${periodLabel(year)})`, chartFormat(valueUnit(departments[0]))),
        x: CONTENT.x + CONTENT.w - DEPARTMENTS_WIDTH,
        y: top,
        w: DEPARTMENTS_WIDTH,
        h: height,
        barDir: 'bar',
        barGapWidthPct: 40,
        chartColors: [COLORS.navy],
        showLegend: false,
        valAxisMinVal: 0,
        dataLabelPosition: 'outEnd',
        titleFontSize: 11,
        catAxisLabelFontSize: 9,
      },
    );
  }
  return true;
}
