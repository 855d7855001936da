// CPTS coverage: by region when the data spans France, by department, as bars, and as a map.
import { FRANCE_CODE, partWords } from '../../../core';
import { referenceDate } from '../../provenance';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { areaLabel, chartValue, figure, isTotal } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT } from '../design';
import { gaps, regionRows } from '../select';
import { chartOptions } from '../slides/chart-options';
import { footnoteLines, type SlideContext } from '../slides/context';
import { addFramedSlide } from '../slides/frame';
import { addMapSlide } from '../slides/map-slide';
import type { TableSlides } from '../table-slides';

function cptsByDepartment(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cpts_couverture;
  const rows = regionRows(table, scope);
  if (rows.length === 0) return [];
  // Contract version 2 adds the coverage counting the CPTS projects (the deck's « en prenant en
  // compte les projets »): shown when the run has it.
  const withProjects = rows.some((row) => typeof row.taux_couverture_avec_projets === 'number');
  const columns = [
    'nb_en_projet',
    'nb_validees',
    'nb_signataires',
    'population_couverte',
    'population',
    'taux_couverture',
    ...(withProjects ? ['taux_couverture_avec_projets'] : []),
  ];
  return [
    {
      table: 'cpts_couverture',
      section: 'CPTS',
      title: `CPTS – couverture de la population par ${partWords(scope).singular} au ${referenceDate(scope, 'cpts_couverture')}`,
      header: [
        partWords(scope).heading,
        'En projet',
        'Validées',
        'Signataires ACI',
        'Population couverte',
        'Population',
        'Taux de couverture',
        ...(withProjects ? ['Taux avec les projets'] : []),
      ],
      widths: [3, 1.2, 1.2, 1.4, 1.7, 1.7, 1.5, ...(withProjects ? [1.5] : [])],
      rows: rows.map((row) => ({ cells: [areaLabel(scope, row), ...columns.map((column) => figure(table, row, column))], total: isTotal(scope, row) })),
    },
  ];
}

function cptsByRegion(tables: ReportTables, scope: ReportScope): DeckTable[] {
  // France told by its regions already shows them all: no second table of the same rows.
  if (scope.region === FRANCE_CODE) return [];
  const table = tables.cpts_couverture;
  const rows = table.rows.filter((row) => row.niveau === 'region' || row.niveau === 'france');
  if (rows.filter((row) => row.niveau === 'region').length < 2) return [];
  const columns = ['nb_signataires', 'population_couverte', 'population', 'taux_couverture'];
  return [
    {
      table: 'cpts_couverture',
      part: 'regions',
      section: 'CPTS',
      title: `CPTS – couverture de la population par région au ${referenceDate(scope, 'cpts_couverture')}`,
      header: ['Région', 'CPTS signataires', 'Population couverte', 'Population', 'Taux de couverture'],
      widths: [3.6, 1.6, 2, 2, 1.7],
      rows: rows.map((row) => ({
        cells: [areaLabel(scope, row), ...columns.map((column) => figure(table, row, column))],
        total: row.niveau === 'france',
        emphasis: row.niveau === 'region' && row.code === scope.region,
      })),
    },
  ];
}

function addCptsChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.cpts_couverture;
  const rows = regionRows(table, scope);
  if (rows.length === 0) return false;
  const slide = addFramedSlide(pptx, {
    section: 'CPTS',
    title: `CPTS – population couverte par ${partWords(scope).singular} au ${referenceDate(scope, 'cpts_couverture')}`,
    footnote: footnoteLines(context, 'cpts_couverture'),
  });
  // A horizontal bar chart draws its first category at the bottom: reverse, to read top-down.
  const ordered = [...rows].reverse();
  const labels = ordered.map((row) => areaLabel(scope, row));
  const values = gaps(ordered.map((row) => chartValue(table, row, 'taux_couverture')));
  slide.addChart(pptx.ChartType.bar, [{ name: 'Taux de couverture', labels, values }], {
    ...chartOptions('Population couverte par une CPTS signataire de l’ACI (%)', '0.0" %"'),
    x: CONTENT.x,
    y: CONTENT.y,
    w: CONTENT.w,
    h: CONTENT.bottom - CONTENT.y,
    barDir: 'bar',
    barGapWidthPct: 50,
    chartColors: [COLORS.navy],
    showLegend: false,
    valAxisMinVal: 0,
    valAxisMaxVal: 100,
    dataLabelPosition: 'outEnd',
  });
  return true;
}

export default {
  tables: (tables, scope) => [...cptsByRegion(tables, scope), ...cptsByDepartment(tables, scope)],
  after: (context) => {
    addCptsChartSlide(context);
    if (context.map) addMapSlide(context, context.map);
  },
} satisfies TableSlides;
