// Where the drill-down list lives on the page: the buttons that open it (panel, table rows) and
// the list of the area named in the URL (`structures=93`), loaded with its section's rows.
import { departement } from '../../../core';
import { el } from '../dom/el';
import { FRANCE } from '../model/area-rows';
import type { Dataset } from '../model/dataset';
import { section as sectionOf } from '../model/sections';
import { chosenLabels, type ViewState } from '../state/view-state';
import { loadStructureRows } from './load-structures';
import { structureList } from './structure-list';
import { renderStructureList } from './structure-view';

export interface StructuresSlot {
  readonly element: HTMLElement;
  /** `Structures` button for an area's figure (`area`: see areaKey; `filters`: a category line's). */
  readonly button: (area: string, name: string, filters?: Readonly<Record<string, string>>) => HTMLButtonElement;
  readonly render: (state: ViewState) => Promise<void>;
}

function areaLabel(dataset: Dataset, area: string): string {
  if (area === FRANCE || area.startsWith('R')) return dataset.names.scope(area === FRANCE ? FRANCE : area.slice(1));
  return `${departement(area)?.nom ?? area} (${area})`;
}

export function structuresSlot(dataset: Dataset, open: (area: string | null, filters?: Readonly<Record<string, string>>) => void): StructuresSlot {
  const element = el('div', { class: 'structures-slot', attrs: { hidden: true } });
  let token = 0;
  let shown: string | null = null;
  return {
    element,
    button(code, name, filters) {
      const button = el('button', {
        class: 'structures-button',
        text: 'Structures',
        attrs: { type: 'button', 'data-structures-of': code, 'aria-label': `Voir les structures derrière les chiffres de ${name}` },
      });
      button.addEventListener('click', () => open(code, filters));
      return button;
    },
    async render(state) {
      const current = ++token;
      const area = state.structures;
      if (!area || !dataset.structureTables.has(state.section)) {
        element.hidden = true;
        element.replaceChildren();
        shown = null;
        return;
      }
      const key = `${state.section}|${area}|${JSON.stringify(state.filters)}`;
      if (key === shown) return;
      element.hidden = false;
      element.replaceChildren(el('p', { class: 'loading', text: 'Chargement de la liste des structures…' }));
      const rows = await loadStructureRows(state.section);
      if (current !== token) return;
      const list = structureList(state.section, rows, area, state.filters);
      // The list's own filters (a category line's profession) spelt out as everywhere a person reads
      // them (`Polyvalents et médicaux`, `4. Prérequis non atteints…`, an indicator's label, not its code).
      const filters = chosenLabels(dataset, state).join(', ');
      const title = `Structures – ${areaLabel(dataset, area)}, ${sectionOf(state.section)?.label ?? state.section}${filters ? `, ${filters}` : ''}`;
      const fileName = ['structures', state.section, area, ...Object.values(state.filters)].join('-').toLowerCase();
      const firstOpen = shown === null && document.documentElement.dataset.ready === 'true';
      element.replaceChildren(renderStructureList({ list, title, fileName, onClose: () => open(null) }));
      shown = key;
      element.dataset.ready = 'true';
      if (firstOpen) {
        const heading = element.querySelector<HTMLElement>('#structures-title');
        heading?.focus();
        heading?.scrollIntoView({ block: 'start' });
      }
    },
  };
}
