// An accessible table: caption, header scopes, sortable columns (buttons with aria-sort), totals in
// <tfoot> so sorting never moves them, and the two downloads.

import { MASKED_TEXT } from '../../../core';
import { el } from '../dom/el';
import { formatCell } from './format-cell';
import { DEFAULT_ORDER, type SortOrder, sortLines } from './sort-lines';
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

export interface TableExtras {
  /** Nodes shown under the table's definition. */
  readonly extra?: readonly Node[];
  /** A control put in a row's header cell (the drill-down button). */
  readonly rowAction?: (line: TableLine) => Node | null;
}

function rowOf(model: TableModel, line: TableLine, rowAction?: TableExtras['rowAction']): HTMLTableRowElement {
  const action = rowAction?.(line) ?? null;
  return el(
    'tr',
    { class: `line-${line.level}`, attrs: { 'data-code': line.code } },
    el('th', { attrs: { scope: 'row' } }, el('span', { class: 'row-name', text: headerLabel(line) }), action),
    ...model.columns.map((column, i) =>
      line.masked?.[i]
        ? el('td', { class: 'num masked', text: MASKED_TEXT, attrs: { title: 'Masqué (secret statistique)' } })
        : el('td', { class: column.unit === 'text' ? undefined : 'num', text: formatCell(column.unit, line.values[i] ?? null) }),
    ),
  );
}

/**
 * A table wider than its box starts scrolled to its right end, where the latest years are; the
 * first column stays in view (sticky) and a cue says there is more on the left.
 */
function showLatestColumns(scroll: HTMLElement): void {
  requestAnimationFrame(() => {
    const wide = scroll.scrollWidth > scroll.clientWidth + 1;
    scroll.classList.toggle('is-wide', wide);
    if (wide) scroll.scrollLeft = scroll.scrollWidth;
  });
}

function sortButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { class: 'sort', attrs: { type: 'button' } }, label, el('span', { class: 'sort-icon', attrs: { 'aria-hidden': 'true' } }));
  button.addEventListener('click', onClick);
  return button;
}

export function renderDataTable(model: TableModel, actions: TableActions, { extra, rowAction }: TableExtras = {}): HTMLElement {
  const captionId = `caption-${model.id}`;
  const tbody = el('tbody');
  const headers: HTMLTableCellElement[] = [];
  let order = orders.get(model.id) ?? DEFAULT_ORDER;
  let lines: TableLine[] = [];

  const apply = () => {
    lines = sortLines(model.body, order);
    tbody.replaceChildren(...lines.map((line) => rowOf(model, line, rowAction)));
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
    // The plain label is what a printed page shows (no button on paper).
    const th = el(
      'th',
      { class: i === 0 || model.columns[i - 1]?.unit === 'text' ? undefined : 'num', attrs: { scope: 'col' } },
      sortButton(label, () => toggle(i - 1)),
      el('span', { class: 'print-only', text: label }),
    );
    headers.push(th);
    return th;
  });

  const table = el(
    'table',
    { attrs: { 'data-table': model.id } },
    // The caption stays for assistive technologies; sighted readers get the same text above the
    // scroll box, where a narrow screen cannot cut it.
    el('caption', { class: 'visually-hidden', text: model.caption, attrs: { id: captionId } }),
    el('thead', {}, el('tr', {}, ...headerCells)),
    tbody,
    model.totals.length > 0 ? el('tfoot', {}, ...model.totals.map((line) => rowOf(model, line, rowAction))) : null,
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

  // A focusable scroll container lets keyboard users scroll a table wider than the screen.
  const scroll = el('div', { class: 'table-scroll', attrs: { role: 'region', tabindex: 0, 'aria-labelledby': captionId } }, table);
  const cue = el('p', {
    class: 'scroll-cue',
    text: 'Tableau large : les dernières années sont affichées, faites défiler vers la gauche pour les précédentes.',
  });
  // Only the years table puts its latest columns last; the others start with the chosen figures.
  if (model.id === 'par-annee') showLatestColumns(scroll);
  return el(
    'section',
    { class: 'table-block', attrs: { 'data-block': model.id } },
    el('p', { class: 'table-title', text: model.caption, attrs: { 'aria-hidden': 'true' } }),
    cue,
    scroll,
    el('p', { class: 'definition', text: model.definition }),
    ...(extra ?? []),
    el('div', { class: 'downloads' }, csv, xlsx, status),
  );
}
