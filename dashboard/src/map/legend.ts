import type { MapClasses } from '../../../core';
import { el } from '../dom/el';

/** Swatches with French-formatted ranges, plus the greys that carry no figure. */
export function renderLegend(title: string, scale: MapClasses | null, withOutside: boolean): HTMLElement {
  const item = (swatchClass: string, color: string | null, label: string) =>
    el(
      'li',
      {},
      // A border of the swatch's own colour is printed even when backgrounds are not.
      el('span', {
        class: `swatch ${swatchClass}`,
        attrs: { style: color ? `background:${color};border-color:#4a4a4a;box-shadow:inset 0 0 0 1rem ${color}` : null, 'aria-hidden': 'true' },
      }),
      label,
    );
  return el(
    'div',
    { class: 'legend' },
    el('p', { class: 'legend-title', text: title }),
    el(
      'ul',
      {},
      ...(scale?.classes ?? []).map((c) => item('', c.color, c.label)),
      item('swatch-missing', null, 'Pas de donnée'),
      withOutside ? item('swatch-outside', null, 'Hors région') : null,
    ),
  );
}
