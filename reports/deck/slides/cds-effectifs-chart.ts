// CDS salaried staff in full-time equivalents by profession, as bars (the deck's chart): every
// centre of the region, largest profession on top. Native chart, editable in PowerPoint.
import { PROFESSIONS } from '../../../pipeline/schema';
import { chartValue } from '../cells';
import { COLORS, CONTENT } from '../design';
import { groupRows, SECTION_CDS, staffProfessions } from '../tables/cds-block';
import { chartOptions } from './chart-options';
import { footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';

export function addCdsEffectifsChartSlide(context: SlideContext): boolean {
  const { pptx, tables, scope } = context;
  const table = tables.cds_effectifs;
  const rows = groupRows(table, scope, scope.year, (row) => row.categorie === 'ensemble');
  const bars = staffProfessions(tables, scope)
    .map((profession) => ({ profession, etp: chartValue(table, rows.find((row) => row.profession === profession), 'etp') }))
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
    x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: CONTENT.bottom - CONTENT.y,
    barDir: 'bar', barGapWidthPct: 45, chartColors: [COLORS.navy], showLegend: false,
    valAxisMinVal: 0, dataLabelPosition: 'outEnd',
  });
  return true;
}
