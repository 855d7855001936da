// Zooming is a change of the SVG viewBox, eased over a few frames (none when the user asks for
// reduced motion). Strokes use vector-effect: non-scaling-stroke, so they stay thin at any zoom.
import type { Bounds } from './departement-shapes';

export type ViewBox = readonly [number, number, number, number];

/** The box around `bounds` with a margin, at least `minSize` wide so small regions are not blown up to a blur. */
export function viewBoxAround(bounds: Bounds, minSize: number): ViewBox {
  const [[x0, y0], [x1, y1]] = bounds;
  const size = Math.max(x1 - x0, y1 - y0, minSize) * 1.12;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [cx - size / 2, cy - size / 2, size, size];
}

function readViewBox(svg: SVGSVGElement): ViewBox {
  const [x = 0, y = 0, w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return [x, y, w, h];
}

const format = (box: ViewBox) => box.map((v) => v.toFixed(2)).join(' ');

let frame = 0;

export function zoomTo(svg: SVGSVGElement, target: ViewBox, animate: boolean, onDone: () => void): void {
  cancelAnimationFrame(frame);
  const from = readViewBox(svg);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (!animate || reduce || from[2] === 0) {
    svg.setAttribute('viewBox', format(target));
    onDone();
    return;
  }
  const duration = 350;
  const start = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const eased = t * (2 - t);
    svg.setAttribute('viewBox', format(from.map((v, i) => v + (target[i]! - v) * eased) as unknown as ViewBox));
    if (t < 1) frame = requestAnimationFrame(step);
    else onDone();
  };
  frame = requestAnimationFrame(step);
}
