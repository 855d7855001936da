// The map of departments: one path per department (overseas ones in framed insets), coloured for the
// selected region, grey elsewhere. The region's departments are buttons: keyboard focus, Enter or
// Space, or a click opens the department's panel; a click on another region's department moves there.

import type { Unit } from '../../../core';
import { departement, mapClasses } from '../../../core';
import { el, svg } from '../dom/el';
import { formatValue } from '../format/format-value';
import { departementInScope, FRANCE } from '../model/area-rows';
import { type Bounds, departementShapes, unionBounds } from './departement-shapes';
import { renderLegend } from './legend';
import { viewBoxAround, zoomTo } from './zoom';

export interface MapView {
  /** A region code, or FR for France as a whole. */
  readonly region: string;
  /** Column name: an indicator with fixed classes keeps them (core/map-classes). */
  readonly indicator: string;
  readonly regionName: string;
  readonly indicatorLabel: string;
  readonly unit: Unit;
  /** Figures of the region's departments that have a row; null when the row masks the figure. */
  readonly values: ReadonlyMap<string, number | null>;
  readonly selected: string | null;
  /** Said above the map when it cannot show what was asked (a region without data...). */
  readonly message: string | null;
}

export interface ChoroplethMap {
  readonly element: HTMLElement;
  readonly update: (view: MapView) => void;
  /** For the PNG download. */
  readonly svg: SVGSVGElement;
  readonly legend: HTMLElement;
}

const INSET_MARGIN = 5;
const MIN_ZOOM_SIZE = 70;

export function createChoroplethMap(onSelect: (code: string) => void): ChoroplethMap {
  const projected = departementShapes();
  const root = svg('svg', {
    viewBox: `0 0 ${projected.width} ${projected.height}`,
    role: 'group',
    class: 'map-svg',
    preserveAspectRatio: 'xMidYMid meet',
  });
  const hatch = svg(
    'pattern',
    { id: 'no-data', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: '#ffffff' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8a8a8a', 'stroke-width': 1.5 }),
  );
  root.append(svg('defs', {}, hatch));

  const insets = svg('g', { class: 'insets', 'aria-hidden': 'true' });
  const overseas = projected.shapes.filter((shape) => departement(shape.code)?.outreMer);
  for (const shape of overseas) {
    const [[x0, y0], [x1, y1]] = shape.bounds;
    insets.append(
      svg('rect', {
        class: 'inset-frame',
        'data-code': shape.code,
        x: x0 - INSET_MARGIN,
        y: y0 - INSET_MARGIN,
        width: x1 - x0 + 2 * INSET_MARGIN,
        height: y1 - y0 + 2 * INSET_MARGIN,
      }),
    );
  }
  root.append(insets);

  const layer = svg('g', { class: 'departements' });
  const paths = new Map<string, SVGPathElement>();
  for (const shape of projected.shapes) {
    const path = svg('path', { d: shape.d, class: 'dep', 'data-code': shape.code });
    paths.set(shape.code, path);
    layer.append(path);
  }
  root.append(layer);
  const boundsOf = new Map<string, Bounds>(projected.shapes.map((shape) => [shape.code, shape.bounds]));

  const tooltip = el('div', { class: 'tooltip', attrs: { hidden: true, 'aria-hidden': 'true' } });
  const frame = el('div', { class: 'map-frame' }, root, tooltip);
  const message = el('p', { class: 'map-message', attrs: { role: 'status' } });
  const legend = el('div', { class: 'legend-slot' });
  const element = el(
    'figure',
    { class: 'map' },
    message,
    // Above the map, so it is in the first screen with it.
    legend,
    frame,
    el('figcaption', {
      class: 'credit',
      text: 'Fonds de carte : Natural Earth (domaine public), départements d’outre-mer en encarts. Le tableau ci-dessous donne les mêmes chiffres.',
    }),
  );

  let current: MapView | null = null;
  let zoomedRegion: string | null = null;

  const labelOf = (code: string): string => {
    const name = departement(code)?.nom ?? code;
    if (!current || !departementInScope(code, current.region)) return name;
    const value = current.values.get(code);
    const figure = value === undefined ? 'pas de donnée' : formatValue(current.unit, value);
    return `${name} (${code}) – ${current.indicatorLabel} : ${figure}`;
  };

  const showTooltip = (code: string, x: number, y: number) => {
    tooltip.textContent = labelOf(code);
    tooltip.hidden = false;
    const box = frame.getBoundingClientRect();
    const left = Math.min(Math.max(0, x - box.left + 12), box.width - tooltip.offsetWidth);
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${Math.max(0, y - box.top - tooltip.offsetHeight - 12)}px`;
  };
  const hideTooltip = () => {
    tooltip.hidden = true;
  };

  const codeOf = (target: EventTarget | null) => (target instanceof SVGPathElement ? target.getAttribute('data-code') : null);

  layer.addEventListener('pointermove', (event) => {
    const code = codeOf(event.target);
    if (code) showTooltip(code, event.clientX, event.clientY);
    else hideTooltip();
  });
  layer.addEventListener('pointerleave', hideTooltip);
  layer.addEventListener('focusin', (event) => {
    const code = codeOf(event.target);
    if (!code) return;
    const rect = (event.target as SVGPathElement).getBoundingClientRect();
    showTooltip(code, rect.left + rect.width / 2, rect.top);
  });
  layer.addEventListener('focusout', hideTooltip);
  layer.addEventListener('click', (event) => {
    const code = codeOf(event.target);
    if (code) onSelect(code);
  });
  layer.addEventListener('keydown', (event) => {
    const code = codeOf(event.target);
    if (code && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSelect(code);
    }
  });

  const update = (view: MapView) => {
    current = view;
    const numbers = [...view.values.values()].filter((v): v is number => v !== null);
    const scale = mapClasses(view.indicator, view.unit, numbers);
    for (const [code, path] of paths) {
      const inRegion = departementInScope(code, view.region);
      const value = view.values.get(code);
      const fill = !inRegion ? '' : value === undefined || value === null || !scale ? 'url(#no-data)' : scale.classOf(value).color;
      path.style.fill = fill;
      path.classList.toggle('in-region', inRegion);
      path.classList.toggle('selected', code === view.selected);
      if (inRegion) {
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', labelOf(code));
        path.removeAttribute('aria-hidden');
      } else {
        path.removeAttribute('tabindex');
        path.removeAttribute('role');
        path.removeAttribute('aria-label');
        path.setAttribute('aria-hidden', 'true');
      }
    }
    // Keep the selected outline on top of its neighbours' strokes.
    const selected = view.selected ? paths.get(view.selected) : undefined;
    if (selected) layer.append(selected);
    root.setAttribute('aria-label', `Carte des départements : ${view.indicatorLabel}, ${view.regionName}`);
    message.textContent = view.message ?? '';
    message.hidden = view.message === null;
    legend.replaceChildren(renderLegend(view.indicatorLabel, scale, view.region !== FRANCE));

    if (zoomedRegion !== view.region) {
      const first = zoomedRegion === null;
      zoomedRegion = view.region;
      root.setAttribute('data-region', view.region);
      root.removeAttribute('data-zoomed');
      const bounds = view.region === FRANCE ? null : unionBounds([...boundsOf].filter(([code]) => departementInScope(code, view.region)).map(([, b]) => b));
      const target = bounds ? viewBoxAround(bounds, MIN_ZOOM_SIZE) : ([0, 0, projected.width, projected.height] as const);
      // The hatching is drawn in map units: scale it with the zoom so it keeps its on-screen size.
      hatch.setAttribute('patternTransform', `rotate(45) scale(${(target[2] / projected.width).toFixed(4)})`);
      zoomTo(root, target, !first, () => root.setAttribute('data-zoomed', view.region));
    }
  };

  return { element, update, svg: root, legend };
}
