// One breakdown of a programme (contract version 3: DMP documents by actor and quarter, cervical
// screening by mode): its table beside its bars, native and editable.
// - The region has the modalities: the table is modalities × periods (the last four) with the
//   indicator's own figure as « Ensemble », the bars one series per modality over the periods
//   (one bar per modality when there is one period).
// - Only the departments have them: the table is departments × modalities at the latest period,
//   the indicator's own figure first, the bars one series per modality by department.
import type { Row } from '../../../core';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { CONTENT, SERIES_COLORS } from '../design';
import { periodLabel, periodShortLabel } from '../programmes';
import { distinctAreas, gaps } from '../select';
import { chartOptions } from './chart-options';
import type { SlideContext } from './context';
import { addProgrammeFrame, chartFormat, dimensionLabel, latestPeriods, modalitiesOf, type ProgrammeData, valueUnit } from './programme-data';
import { addTable } from './table-slides';

/** Periods of a breakdown shown side by side. */
const BREAKDOWN_PERIODS = 4;
const GAP = 0.4;

/** What the slide showed: the region's modalities, or the departments' (and then their own figures too). */
export type BreakdownShown = 'region' | 'departements' | null;

export function addBreakdownSlide(context: SlideContext, data: ProgrammeData, dimension: string, headline: readonly string[]): BreakdownShown {
  const rows = data.modalities.filter((row) => row.dimension === dimension);
  if (rows.length === 0) return null;
  const region = rows.filter(data.isArea);
  if (region.length > 0) {
    regionBreakdown(context, data, dimension, region, headline);
    return 'region';
  }
  departmentBreakdown(context, data, dimension, rows, headline);
  return 'departements';
}

function regionBreakdown(context: SlideContext, data: ProgrammeData, dimension: string, rows: readonly Row[], headline: readonly string[]): void {
  const { pptx, scope } = context;
  const table = context.tables.indicateurs_territoriaux;
  const periods = latestPeriods(rows, BREAKDOWN_PERIODS);
  const modalities = modalitiesOf(rows, dimension);
  const modalityRow = (modalite: string, periode: string) => rows.find((row) => row.modalite === modalite && row.periode === periode);
  const totals = data.totals.filter(data.isArea);
  const totalRow = (periode: string) => totals.find((row) => row.periode === periode);
  const cell = (row: Row | undefined) => (row ? figure(table, row, 'valeur') : MISSING_TEXT);
  const hasTotal = periods.some((periode) => totalRow(periode) !== undefined);
  const deckTable: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: data.section,
    title: data.title,
    header: [dimensionLabel(dimension), ...periods.map(periodLabel)],
    widths: [2.6, ...periods.map(() => 1.3)],
    rows: [
      ...modalities.map((modality) => ({ cells: [modality.label, ...periods.map((periode) => cell(modalityRow(modality.code, periode)))], total: false })),
      ...(hasTotal ? [{ cells: ['Ensemble', ...periods.map((periode) => cell(totalRow(periode)))], total: true }] : []),
    ],
  };
  const { slide, top } = addProgrammeFrame(context, data, { periods, headline });
  const tableWidth = Math.min(CONTENT.w * 0.45, 2.6 + periods.length * 1.3);
  const rowHeight = Math.min(0.3, (CONTENT.bottom - top - 0.55) / Math.max(1, deckTable.rows.length));
  addTable(slide, deckTable, deckTable.rows, { x: CONTENT.x, y: top, w: tableWidth }, { rowHeight });
  const unit = valueUnit(rows[0]);
  // Over several periods, a group of bars per period, a colour per modality; over one, a bar per modality.
  const series =
    periods.length > 1
      ? modalities.map((modality) => ({
          name: modality.label,
          labels: periods.map(periodShortLabel),
          values: gaps(periods.map((periode) => chartValue(table, modalityRow(modality.code, periode), 'valeur'))),
        }))
      : [
          {
            name: data.label,
            labels: modalities.map((modality) => modality.label),
            values: gaps(modalities.map((modality) => chartValue(table, modalityRow(modality.code, periods[0]!), 'valeur'))),
          },
        ];
  const x = CONTENT.x + tableWidth + GAP;
  slide.addChart(pptx.ChartType.bar, series, {
    ...chartOptions(`${data.label} – ${scope.regionName}`, chartFormat(unit)),
    x,
    y: top,
    w: CONTENT.x + CONTENT.w - x,
    h: CONTENT.bottom - top,
    barDir: 'col',
    barGrouping: 'clustered',
    barGapWidthPct: 70,
    chartColors: periods.length > 1 ? SERIES_COLORS.slice(0, modalities.length) : [SERIES_COLORS[0]!],
    showLegend: periods.length > 1,
    legendPos: 'b',
    valAxisMinVal: 0,
    dataLabelPosition: 'outEnd',
    // Beyond eight bars the labels of neighbours overlap: the table beside gives the figures.
    showValue: series.length * periods.length <= 8,
  });
}

function departmentBreakdown(context: SlideContext, data: ProgrammeData, dimension: string, rows: readonly Row[], headline: readonly string[]): void {
  const { pptx, scope } = context;
  const table = context.tables.indicateurs_territoriaux;
  const periode = latestPeriods(rows, 1)[0]!;
  const modalities = modalitiesOf(rows, dimension);
  const totals = data.totals.filter((row) => row.periode === periode);
  const atPeriod = rows.filter((row) => row.periode === periode);
  const areas = distinctAreas([...totals, ...atPeriod]);
  const same = (area: Row) => (row: Row) => row.niveau === area.niveau && row.code === area.code;
  const cell = (row: Row | undefined) => (row ? figure(table, row, 'valeur') : MISSING_TEXT);
  const hasTotal = totals.length > 0;
  const deckTable: DeckTable = {
    table: 'indicateurs_territoriaux',
    section: data.section,
    title: data.title,
    header: ['Territoire', ...(hasTotal ? ['Ensemble'] : []), ...modalities.map((modality) => modality.label)],
    widths: [2.4, ...(hasTotal ? [1.2] : []), ...modalities.map(() => 1.2)],
    rows: areas.map((area) => ({
      cells: [
        areaLabel(scope, area),
        ...(hasTotal ? [cell(totals.find(same(area)))] : []),
        ...modalities.map((modality) => cell(atPeriod.find((row) => same(area)(row) && row.modalite === modality.code))),
      ],
      total: isTotal(scope, area),
    })),
  };
  const { slide, top } = addProgrammeFrame(context, data, { periods: [periode], headline });
  const tableWidth = Math.min(CONTENT.w * 0.5, 2.4 + (deckTable.header.length - 1) * 1.2);
  const rowHeight = Math.min(0.3, (CONTENT.bottom - top - 0.55) / Math.max(1, deckTable.rows.length));
  addTable(slide, deckTable, deckTable.rows, { x: CONTENT.x, y: top, w: tableWidth }, { rowHeight });
  // A horizontal bar chart draws its first category at the bottom: reversed, to read top-down as the table.
  const ordered = [...areas].reverse();
  const labels = ordered.map((row) => areaLabel(scope, row));
  const series = modalities.map((modality) => ({
    name: modality.label,
    labels,
    values: gaps(
      ordered.map((area) =>
        chartValue(
          table,
          atPeriod.find((row) => same(area)(row) && row.modalite === modality.code),
          'valeur',
        ),
      ),
    ),
  }));
  const x = CONTENT.x + tableWidth + GAP;
  slide.addChart(pptx.ChartType.bar, series, {
    ...chartOptions(`${data.label}, ${periodLabel(periode)} (${scope.regionName})`, chartFormat(valueUnit(rows[0]))),
    x,
    y: top,
    w: CONTENT.x + CONTENT.w - x,
    h: CONTENT.bottom - top,
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: 50,
    chartColors: SERIES_COLORS.slice(0, modalities.length),
    showLegend: true,
    legendPos: 'b',
    valAxisMinVal: 0,
    dataLabelPosition: 'outEnd',
    dataLabelFontSize: 8,
  });
}
