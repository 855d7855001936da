// A map's classes as coloured keys in two columns (five or six classes in one would run into the
// footnote), shared by the programme maps and the CDS map.
import type { DepartmentMap } from '../../map';
import { COLORS, FONT } from '../design';
import type { SlideContext } from './context';

type Slide = ReturnType<SlideContext['pptx']['addSlide']>;

/** Draws the legend from (x, y) across w; returns the height it takes. */
export function addMapLegend(context: SlideContext, slide: Slide, map: DepartmentMap, box: { x: number; y: number; w: number }, rowHeight = 0.34): number {
  const perColumn = Math.ceil(map.legend.length / 2);
  const columnWidth = box.w / 2;
  map.legend.forEach((item, index) => {
    const left = box.x + Math.floor(index / perColumn) * columnWidth;
    const top = box.y + (index % perColumn) * rowHeight;
    slide.addShape(context.pptx.ShapeType.rect, {
      x: left,
      y: top,
      w: 0.4,
      h: 0.25,
      fill: { color: item.color.replace('#', '') },
      line: { color: COLORS.rule, width: 0.5 },
    });
    slide.addText(item.label, {
      x: left + 0.5,
      y: top,
      w: columnWidth - 0.6,
      h: 0.25,
      fontFace: FONT,
      fontSize: 10,
      color: COLORS.text,
      margin: 0,
      valign: 'middle',
      lang: 'fr-FR',
    });
  });
  return perColumn * rowHeight;
}
