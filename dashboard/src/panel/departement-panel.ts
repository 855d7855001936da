// The panel of one department: every indicator of every section, beside its region's and France's
// figures, with its rank among the departments that have one.

import type { Row } from '../../../core';
import { type Column, departement, MASKED_TEXT, region as regionOf, TABLES, type TableName } from '../../../core';
import { el } from '../dom/el';
import { formatValue } from '../format/format-value';
import type { Dataset } from '../model/dataset';
import { filtersOf } from '../model/filters';
import { formatRank, rankOf } from '../model/rank';
import { figureColumns, indicatorColumn, SECTIONS } from '../model/sections';
import type { ViewState } from '../state/view-state';

interface PanelLine {
  readonly label: string;
  readonly column: Column;
  readonly departement: Row;
  readonly region: Row | undefined;
  readonly france: Row | undefined;
  /** Department rows of the same slice, for the rank. */
  readonly peers: readonly Row[];
}

interface PanelTable {
  readonly table: TableName;
  readonly caption: string;
  readonly lines: readonly PanelLine[];
}

function sameKeys(a: Row, b: Row, keys: readonly string[]): boolean {
  return keys.every((key) => a[key] === b[key]);
}

/** Lines of one table for a department: the section's year when it is the open one, else the latest. */
function panelTable(dataset: Dataset, state: ViewState, table: TableName, code: string): PanelTable | null {
  const spec = TABLES[table];
  const all = dataset.tables[table];
  const own = all.filter((row) => row.niveau === 'departement' && row.code === code);
  if (own.length === 0) return null;
  const filters = filtersOf(table, own);
  const keys = filters.map((f) => f.key);
  const chosen = (key: string) => {
    const filter = filters.find((f) => f.key === key)!;
    const wanted = table === state.section ? state.filters[key] : undefined;
    return filter.options.some((o) => o.value === wanted) ? wanted! : filter.defaultValue;
  };
  // Year and structure type are fixed; a category (programme, profession) gives one line per value.
  const category = spec.keys.find((c) => c.unit === 'text' && c.name !== 'periode')?.name;
  const fixed = keys.filter((key) => key !== category);
  const rows = own.filter((row) => fixed.every((key) => String(row[key]) === chosen(key)));
  const regionCode = departement(code)?.region;
  const totals = all.filter((row) => (row.niveau === 'region' && row.code === regionCode) || row.niveau === 'france');
  const totalOf = (row: Row, niveau: string) => totals.find((r) => r.niveau === niveau && sameKeys(r, row, keys));
  const peersOf = (row: Row) => all.filter((r) => r.niveau === 'departement' && sameKeys(r, row, keys));
  const lineOf = (label: string, column: Column, row: Row): PanelLine => ({
    label,
    column,
    departement: row,
    region: totalOf(row, 'region'),
    france: totalOf(row, 'france'),
    peers: peersOf(row),
  });
  const lines: PanelLine[] = [];
  if (category) {
    const label = filters.find((f) => f.key === category)!;
    const main = indicatorColumn(table, SECTIONS.find((s) => s.id === table)!.defaultIndicator)!;
    for (const option of label.options) {
      const row = rows.find((r) => r[category] === option.value);
      if (row) lines.push(lineOf(`${main.label} – ${option.label}`, main, row));
    }
  } else if (rows[0]) {
    for (const column of figureColumns(table, rows)) lines.push(lineOf(column.label, column, rows[0]));
  }
  if (lines.length === 0) return null;
  const year = keys.includes('annee') ? `, ${chosen('annee')}` : '';
  const sectionLabel = SECTIONS.find((s) => s.id === table)!.label;
  return { table, caption: `${sectionLabel}${year}`, lines };
}

function figure(dataset: Dataset, row: Row | undefined, column: Column): string {
  if (!row) return '–';
  if (dataset.isMasked(row, column.name)) return MASKED_TEXT;
  return formatValue(column.unit, row[column.name] ?? null);
}

function renderPanelTable(dataset: Dataset, panel: PanelTable, regionName: string, withFrance: boolean): HTMLElement {
  const head = (text: string) => el('th', { class: 'num', text, attrs: { scope: 'col' } });
  return el(
    'table',
    { class: 'panel-table', attrs: { 'data-table': panel.table } },
    el('caption', { text: panel.caption }),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { text: 'Indicateur', attrs: { scope: 'col' } }), head('Département'), head(regionName), withFrance ? head('France') : null),
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
          withFrance ? el('td', { class: 'num', text: figure(dataset, line.france, line.column) }) : null,
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
  const withFrance = SECTIONS.some((s) => dataset.tables[s.id].some((row) => row.niveau === 'france'));
  const tables = SECTIONS.map((s) => panelTable(dataset, state, s.id, code)).filter((t): t is PanelTable => t !== null);
  const title = el('h2', { text: `${info?.nom ?? code} (${code})`, attrs: { id: 'panel-title', tabindex: -1 } });
  const close = el('button', { class: 'close', text: 'Fermer', attrs: { type: 'button', 'aria-label': `Fermer la fiche ${info?.nom ?? code}` } });
  close.addEventListener('click', actions.onClose);
  const versus = withFrance ? `de la région ${regionName} et de la France` : `de la région ${regionName}`;
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
      ? tables.map((t) => renderPanelTable(dataset, t, regionName, withFrance))
      : [el('p', { class: 'empty', text: 'Aucune donnée publiée pour ce département.' })]),
  );
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.onClose();
  });
  return panel;
}
