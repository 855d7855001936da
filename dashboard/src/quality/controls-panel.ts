// The controls on the data-quality page: how many erreurs and alertes, three filters (gravity,
// control, department) and the lines as a real table, in words (controls-model.ts). Every text from
// the data goes through textContent (el): a message is never read as HTML.
import { type ControlRow, formatInteger, GRAVITIES, GRAVITY_LABELS, type Gravity } from '../../../core';
import { el } from '../dom/el';
import {
  CONTROL_HEADERS,
  type ControlFilters,
  type ControlLookups,
  controlCells,
  countByGravity,
  filterChoices,
  filterControls,
  NO_FILTER,
} from './controls-model';

function select(id: string, label: string, options: readonly { value: string; label: string }[], onChange: (value: string) => void) {
  const field = el(
    'select',
    { attrs: { id } },
    el('option', { text: 'Tous', attrs: { value: '' } }),
    ...options.map((o) => el('option', { text: o.label, attrs: { value: o.value } })),
  );
  field.addEventListener('change', () => onChange(field.value));
  return el('div', { class: 'field' }, el('label', { text: label, attrs: { for: id } }), field);
}

export function renderControlsPanel(rows: readonly ControlRow[], lookups: ControlLookups = {}): HTMLElement {
  let filters: ControlFilters = NO_FILTER;
  const counts = countByGravity(rows);
  const summary = el(
    'ul',
    { class: 'control-counts', attrs: { 'aria-label': 'Contrôles par gravité' } },
    ...GRAVITIES.map((gravity: Gravity) =>
      el(
        'li',
        { class: `control-count control-${gravity}` },
        el('strong', { text: formatInteger(counts[gravity]) }),
        ` ${GRAVITY_LABELS[gravity].toLowerCase()}${counts[gravity] > 1 ? 's' : ''}`,
      ),
    ),
  );
  const status = el('p', { class: 'control-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const body = el('tbody');
  const table = el(
    'table',
    { class: 'data-table control-table' },
    el('caption', { text: 'Contrôles croisés entre les exports' }),
    el('thead', {}, el('tr', {}, ...CONTROL_HEADERS.map((label) => el('th', { text: label, attrs: { scope: 'col' } })))),
    body,
  );
  const draw = () => {
    const kept = filterControls(rows, filters);
    body.replaceChildren(
      ...kept.map((row) =>
        el(
          'tr',
          { class: `control-${row.gravite}`, attrs: { 'data-controle': row.controle } },
          ...controlCells(row, lookups).map((text) => el('td', { text })),
        ),
      ),
    );
    status.textContent = `${formatInteger(kept.length)} ligne${kept.length > 1 ? 's' : ''} sur ${formatInteger(rows.length)}`;
  };
  const choices = filterChoices(rows);
  const change = (key: keyof ControlFilters) => (value: string) => {
    filters = { ...filters, [key]: value };
    draw();
  };
  const controls = el(
    'div',
    { class: 'filters' },
    select(
      'controle-gravite',
      'Gravité',
      GRAVITIES.map((g) => ({ value: g, label: GRAVITY_LABELS[g] })),
      change('gravite'),
    ),
    select('controle-nom', 'Contrôle', choices.controles, change('controle')),
    select('controle-departement', 'Département', choices.departements, change('code')),
  );
  draw();
  if (rows.length === 0) {
    return el(
      'section',
      { class: 'controls-panel', attrs: { 'aria-labelledby': 'controles-titre' } },
      el('h3', { text: 'Contrôles croisés', attrs: { id: 'controles-titre' } }),
      el('p', { text: 'Aucune incohérence trouvée entre les exports.' }),
    );
  }
  return el(
    'section',
    { class: 'controls-panel', attrs: { 'aria-labelledby': 'controles-titre' } },
    el('h3', { text: 'Contrôles croisés', attrs: { id: 'controles-titre' } }),
    summary,
    controls,
    status,
    el('div', { class: 'table-scroll' }, table),
  );
}
