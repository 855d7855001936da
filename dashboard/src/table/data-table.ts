// An accessible table: caption, header scopes, sortable columns (buttons with aria-sort), totals in
// <tfoot> so sorting never moves them, and the two downloads.
import { el } from '../dom/el';
import { formatCell } from './format-cell';
import { DEFAULT_ORDER, sortLines, type SortOrder } from './sort-lines';
import type { TableLine, TableModel } from './table-model';

export interface TableActions {
  readonly downloadCsv: (model: TableModel, lines: readonly TableLine[]) => void;
  readonly downloadXlsx: (model: TableModel, lines: readonly TableLine[]) => Promise<void>;
}

// Sort orders survive re-renders (a new year, a new region) for as long as the page lives.
const orders = new Map<string, SortOrder>();

function headerLabel(line: TableLine): string {
  return line.level === 'departement' ? `${line.code} – ${line.name}` : line.name;
}

function rowOf(model: TableModel, line: TableLine): HTMLTableRowElement {
  return el(
    'tr',
    { class: `line-${line.level}`, attrs: { 'data-code': line.code } },
    el('th', { text: headerLabel(line), attrs: { scope: 'row' } }),
    ...model.columns.map((column, i) =>
      el('td', { class: 'num', text: formatCell(column.unit, line.values[i] ?? null) }),
    ),
  );
}

function sortButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { class: 'sort', attrs: { type: 'button' } }, label, el('span', { class: 'sort-icon', attrs: { 'aria-hidden': 'true' } }));
  button.addEventListener('click', onClick);
  return button;
}

export function renderDataTable(model: TableModel, actions: TableActions): HTMLElement {
  const captionId = `caption-${model.id}`;
  const tbody = el('tbody');
  const headers: HTMLTableCellElement[] = [];
  let order = orders.get(model.id) ?? DEFAULT_ORDER;
  let lines: TableLine[] = [];

  const apply = () => {
    lines = sortLines(model.body, order);
    tbody.replaceChildren(...lines.map((line) => rowOf(model, line)));
    headers.forEach((th, i) => {
      const sorted = order.column === i - 1;
      if (sorted) th.setAttribute('aria-sort', order.direction);
      else th.removeAttribute('aria-sort');
    });
  };

  const toggle = (column: number) => {
    const direction = order.column === column && order.direction === 'ascending' ? 'descending' : 'ascending';
    order = { column, direction };
    orders.set(model.id, order);
    apply();
  };

  const headerCells = [model.rowHeader, ...model.columns.map((c) => c.label)].map((label, i) => {
    const th = el('th', { class: i === 0 ? undefined : 'num', attrs: { scope: 'col' } }, sortButton(label, () => toggle(i - 1)));
    headers.push(th);
    return th;
  });

  const table = el(
    'table',
    { attrs: { 'data-table': model.id } },
    el('caption', { text: model.caption, attrs: { id: captionId } }),
    el('thead', {}, el('tr', {}, ...headerCells)),
    tbody,
    model.totals.length > 0 ? el('tfoot', {}, ...model.totals.map((line) => rowOf(model, line))) : null,
  );
  apply();

  const csv = el('button', { text: 'Télécharger CSV', attrs: { type: 'button', 'data-download': 'csv' } });
  csv.addEventListener('click', () => actions.downloadCsv(model, [...lines, ...model.totals]));
  const xlsx = el('button', { text: 'Télécharger XLSX', attrs: { type: 'button', 'data-download': 'xlsx' } });
  const status = el('span', { class: 'download-status', attrs: { role: 'status' } });
  xlsx.addEventListener('click', async () => {
    xlsx.disabled = true;
    status.textContent = 'Préparation du classeur…';
    try {
      await actions.downloadXlsx(model, [...lines, ...model.totals]);
      status.textContent = '';
    } catch (error) {
      status.textContent = 'Le classeur n’a pas pu être créé.';
      console.warn(error);
    } finally {
      xlsx.disabled = false;
    }
  });

  return el(
    'section',
    { class: 'table-block', attrs: { 'data-block': model.id } },
    // A focusable scroll container lets keyboard users scroll a table wider than the screen.
    el('div', { class: 'table-scroll', attrs: { role: 'region', tabindex: 0, 'aria-labelledby': captionId } }, table),
    el('p', { class: 'definition', text: model.definition }),
    el('div', { class: 'downloads' }, csv, xlsx, status),
  );
}
