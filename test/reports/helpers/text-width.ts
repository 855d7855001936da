// A line of text's width as an office suite lays it out, in points: measured by resvg in DejaVu
// Sans, the font LibreOffice falls back to for Arial on this machine and the widest of the usual
// ones, so a line that fits here fits in Arial too. resvg gives the ink's box, which leaves out the
// first and last side bearings (a point or two): callers keep that margin.
import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from '../../../reports/map/region-map-svg';

export function textWidthPoints(text: string, fontSize: number, bold: boolean): number {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(text.length * fontSize) + 10}" height="${fontSize * 3}">` +
    `<text x="0" y="${fontSize * 2}" font-family="DejaVu Sans" font-weight="${bold ? 'bold' : 'normal'}" font-size="${fontSize}">${escapeXml(text)}</text></svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).getBBox();
  if (!box) throw new Error(`resvg drew nothing for « ${text} »: is DejaVu Sans installed?`);
  return box.width;
}
