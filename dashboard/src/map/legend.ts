import { el } from '../dom/el';
import type { ColorScale } from './color-scale';

/** Swatches with French-formatted ranges, plus the two greys that carry no figure. */
export function renderLegend(title: string, scale: ColorScale | null): HTMLElement {
  const item = (swatchClass: string, color: string | null, label: string) =>
    el(
      'li',
      {},
      el('span', { class: `swatch ${swatchClass}`, attrs: { style: color ? `background:${color}` : null, 'aria-hidden': 'true' } }),
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
      item('swatch-outside', null, 'Hors région'),
    ),
  );
}
