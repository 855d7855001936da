// SVG to PNG with resvg (a Rust renderer shipped inside its npm package: no browser, no network).
// The deck embeds a PNG because PowerPoint's SVG support needs a PNG fallback anyway, which
// pptxgenjs cannot make in Node, and LibreOffice shows that fallback.
import { Resvg } from '@resvg/resvg-js';
import { encodePng, isOpaque } from './png-encode';

export function svgToPng(svg: string): Uint8Array {
  const renderer = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = renderer.render();
  // resvg's pixels are premultiplied: only an opaque image (a map on its white frame) is encoded here.
  const pixels = image.pixels;
  return isOpaque(pixels) ? encodePng(pixels, image.width, image.height) : new Uint8Array(image.asPng());
}
