// CDS salaried staff and full-time equivalents by profession and group of centres, then the FTE as
// bars (the deck's chart): every centre of the region, largest profession on top.
import { CDS_GROUPS, type CdsGroup, PROFESSIONS } from '../../../core';
import type { ReportTables } from '../../report-table';
import type { ReportScope } from '../../scope';
import { GROUPS, groupRows, SECTION_CDS, staffProfessions } from '../cds-groups';
import { chartValue, figure, MISSING_TEXT } from '../cells';
import type { DeckTable } from '../deck-table';
import { COLORS, CONTENT } from '../design';
import { chartOptions } from '../slides/chart-options';
import { footnoteLines, type SlideContext } from '../slides/context';
import { addFramedSlide } from '../slides/frame';
import type { TableSlides } from '../table-slides';

function cdsEffectifsTable(tables: ReportTables, scope: ReportScope): DeckTable[] {
  const table = tables.cds_effectifs;
  const rows = groupRows(table, scope);
  if (rows.length === 0) return [];
  const groups = GROUPS.filter((group) => rows.some((row) => row.categorie === group));
  const cell = (group: CdsGroup, profession: string, column: string) => {
    const row = rows.find((candidate) => candidate.categorie === group && candidate.profession === profession);
    return row ? figure(table, row, column) : MISSING_TEXT;
  };
  const centres = groups
    .filter((group) => group !== 'ensemble')
    .map((group) => {
      const row = rows.find((candidate) => candidate.categorie === group);
      return `${row ? figure(table, row, 'nb_centres') : MISSING_TEXT} ${CDS_GROUPS[group].toLowerCase()}`;
    });
  const all = rows.find((row) => row.categorie === 'ensemble');
  const lines = (profession: string, label: string, total: boolean) => ({
    cells: [label, ...groups.flatMap((group) => [cell(group, profession, 'effectif'), cell(group, profession, 'etp')])],
    total,
  });
  return [
    {
      table: 'cds_effectifs',
      section: SECTION_CDS,
      title: `CDS – salariés et équivalents temps plein par profession en ${scope.year}`,
      header: ['Profession', ...groups.flatMap((group) => [`${CDS_GROUPS[group]} : salariés`, `${CDS_GROUPS[group]} : ETP`])],
      widths: [2.6, ...groups.flatMap(() => [1.1, 1.1])],
      rows: [
        ...staffProfessions(tables, scope).map((profession) => lines(profession, PROFESSIONS[profession], false)),
        lines('ensemble', 'Ensemble des salariés', true),
      ],
      ...(all ? { note: `${figure(table, all, 'nb_centres')} centres ayant déclaré leurs effectifs : ${centres.join(', ')}.` } : {}),
    },
  ];
}

function addCdsEffectifsChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.cds_effectifs;
  const rows = groupRows(table, scope, scope.year, (row) => row.categorie === 'ensemble');
  const bars = staffProfessions(tables, scope)
    .map((profession) => ({
      profession,
      etp: chartValue(
        table,
        rows.find((row) => row.profession === profession),
        'etp',
      ),
    }))
    .filter((bar): bar is { profession: typeof bar.profession; etp: number } => bar.etp !== null)
    // A horizontal bar chart draws its first category at the bottom: ascending puts the largest on top.
    .sort((a, b) => a.etp - b.etp);
  if (bars.length === 0) return false;
  const slide = addFramedSlide(pptx, {
    section: SECTION_CDS,
    title: `CDS – équivalents temps plein salariés par profession en ${scope.year}`,
    footnote: footnoteLines(context, 'cds_effectifs'),
  });
  const labels = bars.map((bar) => PROFESSIONS[bar.profession]);
  slide.addChart(pptx.ChartType.bar, [{ name: 'ETP', labels, values: bars.map((bar) => bar.etp) }], {
    ...chartOptions(`Équivalents temps plein, ensemble des centres de santé (${scope.regionName})`, '#,##0.0'),
    x: CONTENT.x,
    y: CONTENT.y,
    w: CONTENT.w,
    h: CONTENT.bottom - CONTENT.y,
    barDir: 'bar',
    barGapWidthPct: 45,
    chartColors: [COLORS.navy],
    showLegend: false,
    valAxisMinVal: 0,
    dataLabelPosition: 'outEnd',
  });
  return true;
}

export default {
  tables: cdsEffectifsTable,
  after: (context) => addCdsEffectifsChartSlide(context),
} satisfies TableSlides;
