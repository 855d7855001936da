// The maps' PNG encoder, decoded by another implementation (resvg's own PNG reader, drawing the
// file at its size): the same pixels as rendered.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { NO_DATA, percentClasses, readDepartementsTopology, regionMapSvg, svgToPng } from '../../reports/map';
import { encodePng, isOpaque } from '../../reports/map/png-encode';

const topology = await readDepartementsTopology();
const render = (svg: string) =>
  new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, shapeRendering: 2, textRendering: 1 }).render();
const drawn = (png: Uint8Array, width: number, height: number) =>
  render(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">` +
      `<image width="${width}" height="${height}" xlink:href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`,
  ).pixels;

describe('encodePng(pixels, width, height)', () => {
  it('gives back, read by resvg, every pixel of a region’s map', () => {
    const classes = percentClasses();
    const svg = regionMapSvg({
      topology,
      region: '11',
      classOf: (code) => (code === '75' ? classes[5]! : code === '93' ? NO_DATA : classes[1]!),
      width: 700,
      height: 500,
    });
    const image = render(svg);
    expect(isOpaque(image.pixels)).toBe(true);
    const png = encodePng(image.pixels, image.width, image.height);
    expect(Buffer.from(drawn(png, 700, 500)).equals(Buffer.from(image.pixels))).toBe(true);
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(png))).toBe(true);
  });

  it('leaves an image with transparent pixels to resvg’s encoder (its pixels are premultiplied)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="#1F3A5F" fill-opacity="0.5"/></svg>';
    const image = render(svg);
    expect(isOpaque(image.pixels)).toBe(false);
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(image.asPng()))).toBe(true);
  });
});
