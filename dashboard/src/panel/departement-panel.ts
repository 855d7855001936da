// The panel of one department: every indicator of every section, beside its region's and France's
// figures, with its rank among the departments that have one.

import type { Row } from '../../../core';
import { type Column, departement, MASKED_TEXT, region as regionOf } from '../../../core';
import { el } from '../dom/el';
import { formatValue } from '../format/format-value';
import type { Dataset } from '../model/dataset';
import { formatRank, rankOf } from '../model/rank';
import { SECTIONS } from '../model/sections';
import type { ViewState } from '../state/view-state';
import { type PanelTable, panelTable } from './panel-lines';

function figure(dataset: Dataset, row: Row | undefined, column: Column): string {
  if (!row) return '–';
  if (dataset.isMasked(row, column.name)) return MASKED_TEXT;
  return formatValue(column.unit, row[column.name] ?? null);
}

function renderPanelTable(dataset: Dataset, panel: PanelTable, regionName: string, franceName: string | null): HTMLElement {
  const head = (text: string) => el('th', { class: 'num', text, attrs: { scope: 'col' } });
  return el(
    'table',
    { class: 'panel-table', attrs: { 'data-table': panel.table } },
    el('caption', { text: panel.caption }),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { text: 'Indicateur', attrs: { scope: 'col' } }), head('Département'), head(regionName), franceName ? head(franceName) : null),
    ),
    el(
      'tbody',
      {},
      ...panel.lines.map((line) => {
        const rank = dataset.isMasked(line.departement, line.column.name) ? null : rankOf(line.peers, String(line.departement.code), line.column.name);
        return el(
          'tr',
          {},
          el('th', { text: line.label, attrs: { scope: 'row' } }),
          el(
            'td',
            { class: 'num' },
            el('span', { class: 'figure', text: figure(dataset, line.departement, line.column) }),
            rank && rank.of > 1 ? el('span', { class: 'rank', text: formatRank(rank) }) : null,
          ),
          el('td', { class: 'num', text: figure(dataset, line.region, line.column) }),
          franceName ? el('td', { class: 'num', text: figure(dataset, line.france, line.column) }) : null,
        );
      }),
    ),
  );
}

export interface PanelActions {
  readonly onClose: () => void;
  /** The drill-down of the open section, when it has a structure list (internal build). */
  readonly structures?: HTMLElement | null;
}

export function renderDepartementPanel(dataset: Dataset, state: ViewState, code: string, actions: PanelActions): HTMLElement {
  const info = departement(code);
  const regionName = regionOf(info?.region ?? '')?.nom ?? 'Région';
  // France's row adds up the data's regions: named by them unless they are all (scope-names.ts).
  const franceName = SECTIONS.some((s) => dataset.tables[s.id].some((row) => row.niveau === 'france')) ? dataset.names.area('france', 'FR') : null;
  // The open section's table first: the figure the map shows is in view without scrolling the panel.
  const sections = [...SECTIONS].sort((a, b) => Number(b.id === state.section) - Number(a.id === state.section));
  const tables = sections.map((s) => panelTable(dataset, state, s.id, code)).filter((t): t is PanelTable => t !== null);
  const title = el('h2', { text: `${info?.nom ?? code} (${code})`, attrs: { id: 'panel-title', tabindex: -1 } });
  const close = el('button', { class: 'close', text: 'Fermer', attrs: { type: 'button', 'aria-label': `Fermer la fiche ${info?.nom ?? code}` } });
  close.addEventListener('click', actions.onClose);
  const versus =
    franceName === null
      ? `de la région ${regionName}`
      : `de la région ${regionName} et ${franceName === 'France' ? 'de la France' : `de l’ensemble des données (${franceName})`}`;
  const panel = el(
    'aside',
    { class: 'panel', attrs: { 'aria-labelledby': 'panel-title', 'data-departement': code } },
    el('div', { class: 'panel-head' }, title, close),
    el('p', {
      class: 'panel-intro',
      text: `Indicateurs du département comparés à ceux ${versus} ; rang parmi les départements ayant un chiffre (1er = le plus élevé).`,
    }),
    actions.structures ?? null,
    ...(tables.length > 0
      ? tables.map((t) => renderPanelTable(dataset, t, regionName, franceName))
      : [el('p', { class: 'empty', text: 'Aucune donnée publiée pour ce département.' })]),
  );
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.onClose();
  });
  return panel;
}
