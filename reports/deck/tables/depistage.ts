// Organised screening: one table per programme over three years, then the region's rates as bars.
import { areaAdjective, evolution, formatEvolution, PROGRAMMES, type Programme, partWords } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, chartValue, figure, isTotal, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { CONTENT, YEAR_COLORS } from '../design';
import { distinctAreas, gaps, regionRows, regionTotal } from '../select';
import { chartOptions } from '../slides/chart-options';
import { footnoteLines, type SlideContext } from '../slides/context';
import { addFramedSlide } from '../slides/frame';
import type { TableSlides } from '../table-slides';

/** The last three years up to the report's year with figures for a programme. */
function screeningYears(tables: ReportTables, scope: ReportScope, programme: string): number[] {
  const years = new Set(tables.depistage.rows.filter((row) => row.programme === programme).map((row) => row.annee as number));
  return [...years]
    .filter((year) => year <= scope.year)
    .sort((a, b) => a - b)
    .slice(-3);
}

function depistageTables(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.depistage;
  return (Object.keys(PROGRAMMES) as Programme[]).flatMap((programme): DeckTable[] => {
    const years = screeningYears(tables, scope, programme);
    if (years.length === 0) return [];
    const rows = regionRows(table, scope, (row) => row.programme === programme);
    const areas = distinctAreas(rows);
    const last = years.at(-1)!;
    const first = years[0]!;
    // The previous year's change, and the window's (« Évolution 2021/2023 en pts ») when it is longer.
    const spans: [number, number][] = [
      ...(years.includes(last - 1) ? [[last - 1, last] as [number, number]] : []),
      ...(first < last - 1 ? [[first, last] as [number, number]] : []),
    ];
    const at = (area: (typeof rows)[number], year: number) => rows.find((row) => row.annee === year && row.niveau === area.niveau && row.code === area.code);
    return [
      {
        table: 'depistage',
        part: programme,
        section: 'Prévention',
        title: `Dépistage organisé – ${PROGRAMMES[programme].toLowerCase()} : taux de participation`,
        header: [partWords(scope).heading, ...years.map(String), ...spans.map(([from, to]) => `Évolution ${from}/${to} en pts`)],
        widths: [3.2, ...years.map(() => 1.3), ...spans.map(() => 1.7)],
        rows: areas.map((area) => {
          const change = ([from, to]: [number, number]) => {
            const shift = evolution('percent', chartValue(table, at(area, from), 'taux'), chartValue(table, at(area, to), 'taux'));
            return shift ? formatEvolution(shift) : MISSING_TEXT;
          };
          return {
            cells: [
              areaLabel(scope, area),
              ...years.map((year) => {
                const row = at(area, year);
                return row ? figure(table, row, 'taux') : MISSING_TEXT;
              }),
              ...spans.map(change),
            ],
            total: isTotal(scope, area),
          };
        }),
      },
    ];
  });
}

function addDepistageChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.depistage;
  const rate = (programme: Programme, year: number) =>
    chartValue(
      table,
      regionTotal(table, scope, (row) => row.programme === programme && row.annee === year),
      'taux',
    );
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
    ...chartOptions(`Taux de participation ${areaAdjective(scope)} (%)`, '0.0" %"'),
    x: CONTENT.x,
    y: CONTENT.y,
    w: CONTENT.w,
    h: CONTENT.bottom - CONTENT.y,
    barDir: 'col',
    barGrouping: 'clustered',
    barGapWidthPct: 80,
    chartColors: YEAR_COLORS.slice(-years.length),
    showLegend: true,
    legendPos: 'b',
    valAxisMinVal: 0,
    dataLabelPosition: 'outEnd',
  });
  return true;
}

export default {
  tables: depistageTables,
  after: (context) => addDepistageChartSlide(context),
} satisfies TableSlides;
