// SVG to PNG with resvg (a Rust renderer shipped inside its npm package: no browser, no network).
// The deck embeds a PNG because PowerPoint's SVG support needs a PNG fallback anyway, which
// pptxgenjs cannot make in Node, and LibreOffice shows that fallback.
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string): Uint8Array {
  const renderer = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(renderer.render().asPng());
}
