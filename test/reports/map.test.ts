import { describe, expect, it } from 'vitest';
import { paginateRows } from '../../reports/deck';
import { classOf, layoutLabels, NO_DATA, percentClasses, readDepartementsTopology, regionMapSvg, svgToPng } from '../../reports/map';

const topology = await readDepartementsTopology();
const classes = percentClasses();

const paths = (svg: string, fill: string) => [...svg.matchAll(new RegExp(`<path d="[^"]+" fill="${fill}"`, 'g'))].length;
const labels = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((match) => match[1]);

describe('regionMapSvg({ topology, region, classOf })', () => {
  it('draws the eight departments of Île-de-France in their class colours, labelled, with neighbours in grey', () => {
    const rates: Record<string, number> = { '75': 100, '77': 63.5, '78': 95.2, '91': 100, '92': 53.5, '93': 75.5, '94': 68.5, '95': 69.5 };
    const svg = regionMapSvg({ topology, region: '11', classOf: (code) => classOf(rates[code] ?? null), width: 700, height: 500 });
    expect(labels(svg).sort()).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(paths(svg, classes[5]!.color)).toBe(3); // 75, 78, 91: 90 % and more
    expect(paths(svg, classes[1]!.color)).toBe(1); // 92: 50 to 60 %
    // Its eight neighbours (60, 02, 51, 10, 89, 45, 28, 27) and more for context, in grey; nothing
    // drawn out of the frame (its margin is 4 % of 500 pixels), where the rest of France would be.
    const grey = paths(svg, '#F2F2F2');
    expect(grey).toBeGreaterThanOrEqual(8);
    expect(grey).toBeLessThan(40);
    const points = [...svg.matchAll(/<path d="([^"]+)"/g)].flatMap((match) => [...match[1]!.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)]);
    const [xs, ys] = [points.map((point) => Number(point[1])), points.map((point) => Number(point[2]))];
    expect([Math.min(...xs), Math.min(...ys)].every((low) => low >= -20)).toBe(true);
    expect(Math.max(...xs)).toBeLessThanOrEqual(720);
    expect(Math.max(...ys)).toBeLessThanOrEqual(520);
  });

  it('draws the thirteen departments of Occitanie and a single overseas department alone', () => {
    const occitanie = regionMapSvg({ topology, region: '76', classOf: () => NO_DATA, width: 700, height: 500 });
    expect(labels(occitanie)).toHaveLength(13);
    const reunion = regionMapSvg({ topology, region: '04', classOf: () => NO_DATA, width: 700, height: 500 });
    expect(labels(reunion)).toEqual(['974']);
    expect(paths(reunion, '#F2F2F2')).toBe(0);
  });

  it('is rasterised to a PNG of the requested size without a browser', () => {
    const svg = regionMapSvg({ topology, region: '11', classOf: () => classes[0]!, width: 640, height: 480 });
    const png = Buffer.from(svgToPng(svg));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 480]);
  });
});

describe('classOf(rate) and percentClasses()', () => {
  it('puts a rate in its class with a French label', () => {
    expect(classOf(53.5).label).toBe('de 50\u00a0% à moins de 60\u00a0%');
    expect(classOf(90).label).toBe('90\u00a0% et plus');
    expect(classOf(12).label).toBe('moins de 50\u00a0%');
    expect(classOf(null)).toBe(NO_DATA);
    expect(classes).toHaveLength(6);
  });
});

describe('layoutLabels(labels, fontSize)', () => {
  it('pushes overlapping labels apart and marks the ones that left their centroid', () => {
    const placed = layoutLabels(
      [
        { text: '75', x: 100, y: 100 },
        { text: '92', x: 96, y: 102 },
        { text: '77', x: 300, y: 100 },
      ],
      20,
    );
    const [a, b, c] = placed;
    const apart = Math.abs(a!.labelX - b!.labelX) >= 2 * 20 * 0.68 + 10 || Math.abs(a!.labelY - b!.labelY) >= 20 * 1.3;
    expect(apart).toBe(true);
    expect(a!.moved || b!.moved).toBe(true);
    expect(c).toMatchObject({ labelX: 300, labelY: 100, moved: false });
  });
});

describe('paginateRows(rows, perPage)', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => ({ cells: [`d${i}`], total: false }));
  const total = { cells: ['total'], total: true };
  const sizes = (pages: { cells: readonly string[] }[][]) => pages.map((page) => page.length);

  it('keeps a table that fits on one slide', () => {
    expect(sizes(paginateRows([...body(8), total], 16))).toEqual([9]);
  });
  it('balances the pages and keeps the total on the last', () => {
    const pages = paginateRows([...body(8), total], 4);
    expect(sizes(pages)).toEqual([3, 3, 3]);
    expect(pages.at(-1)!.at(-1)).toBe(total);
  });
  it('opens a page for the total when the last one is full', () => {
    expect(sizes(paginateRows([...body(4), total], 2))).toEqual([2, 2, 1]);
  });
});
