// The panel of one department: every indicator of every section, next to its region's value.
import { departement, region as regionOf } from '../../../pipeline/geography';
import type { Row } from '../../../pipeline/publish/published-tables';
import { TABLES, type Column, type TableName } from '../../../pipeline/schema';
import { el } from '../dom/el';
import type { Dataset } from '../model/dataset';
import { filtersOf } from '../model/filters';
import { SECTIONS, indicatorColumn } from '../model/sections';
import { formatValue } from '../format/format-value';
import type { ViewState } from '../state/view-state';

interface PanelLine {
  readonly label: string;
  readonly column: Column;
  readonly departement: Row;
  readonly region: Row | undefined;
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
  const own = dataset.tables[table].filter((row) => row.niveau === 'departement' && row.code === code);
  if (own.length === 0) return null;
  const filters = filtersOf(table, own);
  const keys = filters.map((f) => f.key);
  const chosen = (key: string) => {
    const filter = filters.find((f) => f.key === key)!;
    const wanted = table === state.section ? state.filters[key] : undefined;
    return filter.options.some((o) => o.value === wanted) ? wanted! : filter.defaultValue;
  };
  // Year and structure type are fixed; a category (programme, profession) gives one line per value.
  const category = spec.keys.find((c) => c.unit === 'text')?.name;
  const fixed = keys.filter((key) => key !== category);
  const rows = own.filter((row) => fixed.every((key) => String(row[key]) === chosen(key)));
  const regionRows = dataset.tables[table].filter((row) => row.niveau === 'region' && row.code === state.region);
  const regionRow = (row: Row) => regionRows.find((r) => sameKeys(r, row, keys));
  const lines: PanelLine[] = [];
  if (category) {
    const label = filters.find((f) => f.key === category)!;
    const main = indicatorColumn(table, SECTIONS.find((s) => s.id === table)!.defaultIndicator)!;
    for (const option of label.options) {
      const row = rows.find((r) => r[category] === option.value);
      if (row) lines.push({ label: `${main.label} – ${option.label}`, column: main, departement: row, region: regionRow(row) });
    }
  } else if (rows[0]) {
    for (const column of spec.values) {
      lines.push({ label: column.label, column, departement: rows[0], region: regionRow(rows[0]) });
    }
  }
  if (lines.length === 0) return null;
  const year = keys.includes('annee') ? `, ${chosen('annee')}` : '';
  const sectionLabel = SECTIONS.find((s) => s.id === table)!.label;
  return { table, caption: `${sectionLabel}${year}`, lines };
}

function renderPanelTable(panel: PanelTable, regionName: string): HTMLElement {
  return el(
    'table',
    { class: 'panel-table', attrs: { 'data-table': panel.table } },
    el('caption', { text: panel.caption }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: 'Indicateur', attrs: { scope: 'col' } }),
        el('th', { class: 'num', text: 'Département', attrs: { scope: 'col' } }),
        el('th', { class: 'num', text: regionName, attrs: { scope: 'col' } }),
      ),
    ),
    el(
      'tbody',
      {},
      ...panel.lines.map((line) =>
        el(
          'tr',
          {},
          el('th', { text: line.label, attrs: { scope: 'row' } }),
          el('td', { class: 'num', text: formatValue(line.column.unit, line.departement[line.column.name] ?? null) }),
          el('td', { class: 'num', text: line.region ? formatValue(line.column.unit, line.region[line.column.name] ?? null) : '–' }),
        ),
      ),
    ),
  );
}

export function renderDepartementPanel(dataset: Dataset, state: ViewState, code: string, onClose: () => void): HTMLElement {
  const info = departement(code);
  const regionName = regionOf(state.region)?.nom ?? state.region;
  const tables = SECTIONS.map((s) => panelTable(dataset, state, s.id, code)).filter((t): t is PanelTable => t !== null);
  const title = el('h2', { text: `${info?.nom ?? code} (${code})`, attrs: { id: 'panel-title', tabindex: -1 } });
  const close = el('button', { class: 'close', text: 'Fermer', attrs: { type: 'button', 'aria-label': `Fermer la fiche ${info?.nom ?? code}` } });
  close.addEventListener('click', onClose);
  const panel = el(
    'aside',
    { class: 'panel', attrs: { 'aria-labelledby': 'panel-title', 'data-departement': code } },
    el('div', { class: 'panel-head' }, title, close),
    el('p', { class: 'panel-intro', text: `Indicateurs du département comparés à ceux de la région ${regionName}.` }),
    ...(tables.length > 0
      ? tables.map((t) => renderPanelTable(t, regionName))
      : [el('p', { class: 'empty', text: 'Aucune donnée publiée pour ce département.' })]),
  );
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  return panel;
}
