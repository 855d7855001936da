// MSP – état des lieux: new ACI contracts per department and year (the deck's grid), then the
// year's contracts, resiliations and active MSP against the year before, and both as charts.
import { contractsDate, evolution, formatEvolution, formatInteger, isYearToDate, partWords, type Row } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT } from '../design';
import { distinctAreas, gaps, isMsp, ofYear, regionRows, regionTotal, signedInteger } from '../select';
import { chartOptions } from '../slides/chart-options';
import type { SlideContext } from '../slides/context';
import { footnoteLines } from '../slides/context';
import { addFramedSlide } from '../slides/frame';
import type { TableSlides } from '../table-slides';

/** `+13 (+7,6 %)`: the difference of MSP under contract and the change it makes. */
function evolutionCell(then: number | null, now: number | null): string {
  if (now === null || then === null) return MISSING_TEXT;
  const change = evolution('count', then, now);
  return change ? `${signedInteger(now - then)} (${formatEvolution(change)})` : signedInteger(now - then);
}

/** More years would not fit a slide's width: the grid keeps the last ones. */
const MAX_GRID_YEARS = 12;

function adhesionYears(tables: ReportTables, scope: ReportScope): number[] {
  const years = new Set(tables.adhesions.rows.filter(isMsp).map((row) => row.annee as number));
  return [...years]
    .filter((year) => year <= scope.contractsYear)
    .sort((a, b) => a - b)
    .slice(-MAX_GRID_YEARS);
}

function adhesionsGrid(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.adhesions;
  const years = adhesionYears(tables, scope);
  if (years.length === 0) return [];
  const rows = regionRows(table, scope, isMsp);
  const find = (area: Row, year: number) => rows.find((row) => row.annee === year && row.niveau === area.niveau && row.code === area.code);
  return [
    {
      table: 'adhesions',
      part: 'grille',
      section: 'MSP',
      title: isYearToDate(scope, years.at(-1)!)
        ? `MSP – nouvelles adhésions à l’ACI, ${years[0]}-${years.at(-1)} (au ${contractsDate(scope, years.at(-1)!)})`
        : `MSP – nouvelles adhésions à l’ACI par année (${years[0]}-${years.at(-1)})`,
      header: [partWords(scope).heading, ...years.map(String), 'Total'],
      widths: [2.6, ...years.map(() => 0.8), 0.9],
      rows: distinctAreas(rows).map((area) => {
        const cells = years.map((year) => find(area, year));
        const counts = cells.map((row) => chartValue(table, row, 'nb_adhesions'));
        const total = counts.every((count) => count !== null) ? counts.reduce<number>((sum, count) => sum + count!, 0) : null;
        return {
          cells: [
            areaLabel(scope, area),
            ...cells.map((row) => (row ? figure(table, row, 'nb_adhesions') : MISSING_TEXT)),
            total === null ? MISSING_TEXT : formatInteger(total),
          ],
          total: isTotal(scope, area),
        };
      }),
    },
  ];
}

function mspStatus(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.adhesions;
  const y = scope.contractsYear;
  const current = regionRows(table, scope, (row) => isMsp(row) && ofYear(y)(row));
  if (current.length === 0) return [];
  const previous = regionRows(table, scope, (row) => isMsp(row) && ofYear(y - 1)(row));
  const before = (row: Row) => previous.find((other) => other.niveau === row.niveau && other.code === row.code);
  const date = contractsDate(scope, y);
  const toDate = isYearToDate(scope, y) ? ` (au ${date.slice(0, 5)})` : '';
  return [
    {
      table: 'adhesions',
      part: 'etat',
      section: 'MSP',
      title: `MSP – état des lieux au ${date}`,
      header: [
        partWords(scope).heading,
        `Adhésions ${y}${toDate}`,
        `Résiliations ${y}${toDate}`,
        `Actives au 31/12/${y - 1}`,
        `Actives au ${date}`,
        'Évolution',
      ],
      widths: [3, 1.4, 1.4, 1.6, 1.6, 1.2],
      rows: current.map((row) => {
        const prior = before(row);
        const now = chartValue(table, row, 'nb_actives_fin_annee');
        const then = chartValue(table, prior, 'nb_actives_fin_annee');
        return {
          cells: [
            areaLabel(scope, row),
            figure(table, row, 'nb_adhesions'),
            figure(table, row, 'nb_resiliations'),
            prior ? figure(table, prior, 'nb_actives_fin_annee') : MISSING_TEXT,
            figure(table, row, 'nb_actives_fin_annee'),
            evolutionCell(then, now),
          ],
          total: isTotal(scope, row),
        };
      }),
    },
  ];
}

function addAdhesionsChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.adhesions;
  const years = adhesionYears(tables, scope);
  const totals = years.map((year) =>
    chartValue(
      table,
      regionTotal(table, scope, (row) => isMsp(row) && row.annee === year),
      'nb_adhesions',
    ),
  );
  const actives = years.map((year) =>
    chartValue(
      table,
      regionTotal(table, scope, (row) => isMsp(row) && row.annee === year),
      'nb_actives_fin_annee',
    ),
  );
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
    x: CONTENT.x,
    y: CONTENT.y,
    w: half,
    h: CONTENT.bottom - CONTENT.y,
    barDir: 'col',
    barGapWidthPct: 60,
    chartColors: [COLORS.navy],
    showLegend: false,
    dataLabelPosition: 'outEnd',
  });
  slide.addChart(pptx.ChartType.line, [{ name: 'MSP actives au 31/12', labels, values: gaps(actives) }], {
    ...chartOptions(`MSP actives au 31/12${toDate}`, '#,##0'),
    x: CONTENT.x + half + 0.3,
    y: CONTENT.y,
    w: half,
    h: CONTENT.bottom - CONTENT.y,
    chartColors: [COLORS.accent],
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 6,
    showLegend: false,
    dataLabelPosition: 't',
  });
  return true;
}

export default {
  tables: (tables, scope) => [...adhesionsGrid(tables, scope), ...mspStatus(tables, scope)],
  after: (context) => addAdhesionsChartSlide(context),
} satisfies TableSlides;
