// The department map as a picture (see reports/map for why a PNG), its legend as native shapes
// and text so it stays editable, and the region's rate beside it.
import { formatPercent } from '../../../core';
import type { DepartmentMap } from '../../map';
import { referenceDate } from '../../provenance';
import { chartValue } from '../cells';
import { COLORS, CONTENT, FONT } from '../design';
import { regionTotal } from '../select';
import { footnoteLines, type SlideContext } from './context';
import { addFramedSlide } from './frame';

export function addMapSlide(context: SlideContext, map: DepartmentMap): void {
  const { pptx, tables, scope } = context;
  const slide = addFramedSlide(pptx, {
    section: 'CPTS',
    title: `CPTS – carte de la couverture au ${referenceDate(scope, 'cpts_couverture')} (${scope.regionName})`,
    footnote: [...footnoteLines(context, 'cpts_couverture'), 'Fond de carte : Natural Earth (domaine public).'],
  });
  const height = CONTENT.bottom - CONTENT.y;
  const width = height * map.aspect;
  slide.addImage({
    data: `image/png;base64,${Buffer.from(map.png).toString('base64')}`,
    x: CONTENT.x,
    y: CONTENT.y,
    w: width,
    h: height,
    altText: `Carte des départements de ${scope.regionName} selon la part de la population couverte par une CPTS signataire`,
  });
  const left = CONTENT.x + width + 0.4;
  const legendWidth = CONTENT.x + CONTENT.w - left;
  slide.addText('Part de la population couverte par une CPTS signataire de l’ACI', {
    x: left,
    y: CONTENT.y + 0.2,
    w: legendWidth,
    h: 0.6,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: COLORS.navy,
    margin: 0,
    valign: 'top',
    lang: 'fr-FR',
  });
  map.legend.forEach((item, index) => {
    const y = CONTENT.y + 1 + index * 0.42;
    slide.addShape(pptx.ShapeType.rect, {
      x: left,
      y,
      w: 0.45,
      h: 0.3,
      fill: { color: item.color.replace('#', '') },
      line: { color: COLORS.rule, width: 0.5 },
    });
    slide.addText(item.label, {
      x: left + 0.6,
      y,
      w: legendWidth - 0.6,
      h: 0.3,
      fontFace: FONT,
      fontSize: 11,
      color: COLORS.text,
      margin: 0,
      valign: 'middle',
      lang: 'fr-FR',
    });
  });
  const rate = chartValue(tables.cpts_couverture, regionTotal(tables.cpts_couverture, scope), 'taux_couverture');
  if (rate !== null) {
    slide.addText(`${scope.regionName} : ${formatPercent(rate)}`, {
      x: left,
      y: CONTENT.y + 1.2 + map.legend.length * 0.42,
      w: legendWidth,
      h: 0.4,
      fontFace: FONT,
      fontSize: 14,
      bold: true,
      color: COLORS.navy,
      margin: 0,
      lang: 'fr-FR',
    });
  }
}
