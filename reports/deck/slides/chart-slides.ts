// Native charts where the commission deck had graphics: contracts per year, CPTS coverage by
// department, screening participation over the years. Data stay editable in PowerPoint.
import { PROGRAMMES, type Programme } from '../../../pipeline/schema';
import { areaName } from '../../../pipeline/geography';
import { chartValue } from '../cells';
import { COLORS, CONTENT, YEAR_COLORS } from '../design';
import { adhesionYears } from '../tables/adhesions';
import { isMsp, regionRows, regionTotal } from '../tables/select';
import { screeningYears } from '../tables/territories';
import { chartOptions } from './chart-options';
import { referenceDate } from '../../provenance';
import { contractsDate, isYearToDate } from '../../story';
import { footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';

const CHART_HEIGHT = CONTENT.bottom - CONTENT.y;

// pptxgenjs writes an empty point for a missing value, which charts draw as a gap (never as 0).
const gaps = (values: readonly (number | null)[]) => values as number[];

export function addAdhesionsChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.adhesions;
  const years = adhesionYears(tables, scope);
  const totals = years.map((year) => chartValue(table, regionTotal(table, scope, (row) => isMsp(row) && row.annee === year), 'nb_adhesions'));
  const actives = years.map((year) => chartValue(table, regionTotal(table, scope, (row) => isMsp(row) && row.annee === year), 'nb_actives_fin_annee'));
  if (totals.every((value) => value === null)) return false;
  const last = years.at(-1)!;
  const toDate = isYearToDate(scope, last) ? ` (${last} : au ${contractsDate(scope, last)})` : '';
  const slide = addFramedSlide(pptx, {
    section: 'MSP',
    title: `MSP – adhésions à l’ACI par année (${scope.regionName})`,
    footnote: footnoteLines(context, 'adhesions'),
  });
  const labels = years.map(String);
  const half = (CONTENT.w - 0.3) / 2;
  slide.addChart(pptx.ChartType.bar, [{ name: 'Nouvelles adhésions', labels, values: gaps(totals) }], {
    ...chartOptions(`Nouvelles adhésions dans l’année${toDate}`, '#,##0'),
    x: CONTENT.x, y: CONTENT.y, w: half, h: CHART_HEIGHT,
    barDir: 'col', barGapWidthPct: 60, chartColors: [COLORS.navy], showLegend: false, dataLabelPosition: 'outEnd',
  });
  slide.addChart(pptx.ChartType.line, [{ name: 'MSP actives au 31/12', labels, values: gaps(actives) }], {
    ...chartOptions(`MSP actives au 31/12${toDate}`, '#,##0'),
    x: CONTENT.x + half + 0.3, y: CONTENT.y, w: half, h: CHART_HEIGHT,
    chartColors: [COLORS.accent], lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 6, showLegend: false, dataLabelPosition: 't',
  });
  return true;
}

export function addCptsChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.cpts_couverture;
  const rows = regionRows(table, scope);
  if (rows.length === 0) return false;
  const slide = addFramedSlide(pptx, {
    section: 'CPTS',
    title: `CPTS – population couverte par département au ${referenceDate(scope, 'cpts_couverture')}`,
    footnote: footnoteLines(context, 'cpts_couverture'),
  });
  // A horizontal bar chart draws its first category at the bottom: reverse, to read top-down.
  const ordered = [...rows].reverse();
  const labels = ordered.map((row) => (row.niveau === 'departement' ? `${areaName('departement', String(row.code))} (${row.code})` : areaName('region', String(row.code))));
  const values = gaps(ordered.map((row) => chartValue(table, row, 'taux_couverture')));
  slide.addChart(pptx.ChartType.bar, [{ name: 'Taux de couverture', labels, values }], {
    ...chartOptions('Population couverte par une CPTS signataire de l’ACI (%)', '0.0" %"'),
    x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: CHART_HEIGHT,
    barDir: 'bar', barGapWidthPct: 50, chartColors: [COLORS.navy], showLegend: false,
    valAxisMinVal: 0, valAxisMaxVal: 100, dataLabelPosition: 'outEnd',
  });
  return true;
}

export function addDepistageChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.depistage;
  const rate = (programme: Programme, year: number) =>
    chartValue(table, regionTotal(table, scope, (row) => row.programme === programme && row.annee === year), 'taux');
  const programmes = (Object.keys(PROGRAMMES) as Programme[]).filter((programme) =>
    screeningYears(tables, scope, programme).some((year) => rate(programme, year) !== null),
  );
  const years = [...new Set(programmes.flatMap((programme) => screeningYears(tables, scope, programme)))].sort((a, b) => a - b);
  if (programmes.length === 0) return false;
  const slide = addFramedSlide(pptx, {
    section: 'Prévention',
    title: `Dépistage organisé – participation en ${scope.regionName} par année`,
    footnote: footnoteLines(context, 'depistage'),
  });
  // One group of bars per programme, one bar per year (older years lighter): each programme's
  // evolution reads left to right, and the labels never collide as they would on crossing lines.
  const labels = programmes.map((programme) => PROGRAMMES[programme]);
  const series = years.map((year) => ({ name: String(year), labels, values: gaps(programmes.map((programme) => rate(programme, year))) }));
  slide.addChart(pptx.ChartType.bar, series, {
    ...chartOptions('Taux de participation régional (%)', '0.0" %"'),
    x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: CHART_HEIGHT,
    barDir: 'col', barGrouping: 'clustered', barGapWidthPct: 80,
    chartColors: YEAR_COLORS.slice(-years.length), showLegend: true, legendPos: 'b',
    valAxisMinVal: 0, dataLabelPosition: 'outEnd',
  });
  return true;
}
