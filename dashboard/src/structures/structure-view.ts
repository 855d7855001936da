// The drill-down list on the page: a search box, a sortable table of the structures, the total of
// every line and the table's means (the area's figures), and the CSV/XLSX downloads of what is shown.
import { type Cell, toExcelCsv } from '../../../core';
import { el } from '../dom/el';
import { peopleValue } from '../download/people-value';
import { saveFile } from '../download/save-file';
import { formatValue } from '../format/format-value';
import { type ListLine, type ListOrder, type StructureList, searchLines, sortList } from './structure-list';

export interface StructureViewOptions {
  readonly list: StructureList;
  /** `Structures – Seine-Saint-Denis, MSP – rémunération ACI, 2023` */
  readonly title: string;
  /** The downloads' name, without extension. */
  readonly fileName: string;
  readonly onClose: () => void;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function listCells(list: StructureList, lines: readonly ListLine[]): Cell[][] {
  return [
    [...list.textColumns.map((c) => c.label), ...list.valueColumns.map((c) => c.label)],
    ...lines.map((line) => [
      ...list.textColumns.map((c) => line.text[c.key] ?? ''),
      ...line.values.map((value, i) => peopleValue(value, list.valueColumns[i]?.unit ?? null)),
    ]),
  ];
}

export function renderStructureList({ list, title, fileName, onClose }: StructureViewOptions): HTMLElement {
  const start = performance.now();
  let order: ListOrder = { key: 'nom', direction: 'ascending' };
  let query = '';
  let shown: ListLine[] = [];
  const tbody = el('tbody');
  const headers: HTMLTableCellElement[] = [];
  const status = el('p', { class: 'structures-count', attrs: { role: 'status' } });
  const keys = [...list.textColumns.map((c) => c.key), ...list.valueColumns.map((_, i) => `v${i}`)];

  const rowOf = (line: ListLine) =>
    el(
      'tr',
      { class: line.counted ? undefined : 'not-counted', attrs: { 'data-id': line.id } },
      ...list.textColumns.map((column, i) =>
        i === 0 ? el('th', { text: line.text[column.key] ?? '', attrs: { scope: 'row' } }) : el('td', { text: line.text[column.key] ?? '' }),
      ),
      ...list.valueColumns.map((column, i) => el('td', { class: 'num', text: formatValue(column.unit!, line.values[i] ?? null) })),
    );

  const apply = () => {
    shown = sortList(searchLines(list.lines, query), order);
    tbody.replaceChildren(...shown.map(rowOf));
    headers.forEach((th, i) => {
      if (keys[i] === order.key) th.setAttribute('aria-sort', order.direction);
      else th.removeAttribute('aria-sort');
    });
    const notCounted = list.lines.length - list.counted;
    status.textContent =
      `${shown.length} structure${shown.length > 1 ? 's' : ''} affichée${shown.length > 1 ? 's' : ''} sur ${list.lines.length}` +
      (notCounted > 0 ? ` ; ${list.counted} rémunérée${list.counted > 1 ? 's' : ''}, les autres (en gris) n’ajoutent rien aux montants versés.` : '.');
  };

  const columns = [...list.textColumns, ...list.valueColumns];
  columns.forEach((column, i) => {
    const button = el(
      'button',
      { class: 'sort', attrs: { type: 'button' } },
      column.label,
      el('span', { class: 'sort-icon', attrs: { 'aria-hidden': 'true' } }),
    );
    button.addEventListener('click', () => {
      const key = keys[i]!;
      const direction = order.key === key && order.direction === 'ascending' ? 'descending' : 'ascending';
      order = { key, direction };
      apply();
    });
    headers.push(
      el('th', { class: column.unit ? 'num' : undefined, attrs: { scope: 'col' } }, button, el('span', { class: 'print-only', text: column.label })),
    );
  });

  const footRow = (label: string, values: readonly (number | null)[], kind: string) =>
    el(
      'tr',
      { attrs: { 'data-total': kind } },
      el('th', { text: label, attrs: { scope: 'row', colspan: list.textColumns.length } }),
      ...list.valueColumns.map((column, i) =>
        el('td', { class: 'num', text: formatValue(kind === 'mean' && column.unit === 'count' ? 'mean' : column.unit!, values[i] ?? null) }),
      ),
    );

  const search = el('input', { attrs: { id: 'structures-search', type: 'search', autocomplete: 'off', placeholder: 'nom, commune ou identifiant' } });
  search.addEventListener('input', () => {
    query = search.value;
    apply();
  });

  const csv = el('button', { text: 'Télécharger CSV', attrs: { type: 'button', 'data-download': 'csv' } });
  csv.addEventListener('click', () => saveFile(`${fileName}.csv`, toExcelCsv(listCells(list, shown)), 'text/csv;charset=utf-8'));
  const xlsx = el('button', { text: 'Télécharger XLSX', attrs: { type: 'button', 'data-download': 'xlsx' } });
  xlsx.addEventListener('click', async () => {
    xlsx.disabled = true;
    try {
      const { structureWorkbook } = await import('./structure-workbook');
      saveFile(`${fileName}.xlsx`, await structureWorkbook(title, list, shown), XLSX_TYPE);
    } finally {
      xlsx.disabled = false;
    }
  });
  const close = el('button', { class: 'close', text: 'Fermer la liste', attrs: { type: 'button' } });
  close.addEventListener('click', onClose);

  const heading = el('h2', { text: title, attrs: { id: 'structures-title', tabindex: -1 } });
  const table = el(
    'table',
    { attrs: { 'data-table': 'structures' } },
    el('caption', { class: 'visually-hidden', text: title }),
    el('thead', {}, el('tr', {}, ...headers)),
    tbody,
    el(
      'tfoot',
      {},
      footRow(`Total des ${list.lines.length} ligne${list.lines.length > 1 ? 's' : ''}`, list.totals, 'sum'),
      // Only where the table publishes a mean of these columns.
      ...(list.means.some((mean) => mean !== null) ? [footRow('Moyenne du tableau', list.means, 'mean')] : []),
    ),
  );
  apply();
  const element = el(
    'section',
    { class: 'structures', attrs: { 'aria-labelledby': 'structures-title', 'data-structures': list.table } },
    el('div', { class: 'panel-head' }, heading, close),
    el('p', {
      class: 'definition',
      text: 'Structures dont les lignes, gardées après contrôle, font le chiffre publié : le total ci-dessous (et la moyenne, quand le tableau en publie une) le redonne. Diffusion interne uniquement.',
    }),
    el('div', { class: 'field search-field' }, el('label', { text: 'Rechercher une structure', attrs: { for: 'structures-search' } }), search),
    status,
    el('div', { class: 'table-scroll', attrs: { role: 'region', tabindex: 0, 'aria-labelledby': 'structures-title' } }, table),
    el('div', { class: 'downloads' }, csv, xlsx),
  );
  performance.measure('cpr:structures-rendered', { start });
  return element;
}
