// The keys of a table other than its area (year, structure type, group, profession, programme,
// indicator, period) become the filters of its section: one value of each is shown at a time.
import type { Row } from '../../../core';
import { formatPeriod, innerKeys, KEY_CATALOGUES, REMUNERATION_GROUPS, STRUCTURE_TYPES, TABLES, type TableName } from '../../../core';
import { dimensionLabel, keyValue, modalityLabel, PROGRAMME_KEYS, PROGRAMMES_TABLE, TOTAL } from './breakdowns';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface Filter {
  /** Column name, also the URL parameter. */
  readonly key: string;
  readonly label: string;
  readonly options: readonly FilterOption[];
  /** The latest year or period, or the first category. */
  readonly defaultValue: string;
}

const AREA_KEYS = new Set(['niveau', 'code']);

/** Keys read in time order, whose default is the latest value. */
const TIME_KEYS = new Set(['annee', 'periode']);

/** Keys whose values are listed in the order of the table's rows (indicators: the reference list's order; a breakdown's modalities: the source's). */
const ROW_ORDER_KEYS = new Set(['indicateur', 'modalite']);

/**
 * Keys read in another order than the table declares them: a programme's breakdown and modality
 * come before its period, so that the periods offered are those of the chosen modality.
 */
const KEY_ORDER: Readonly<Record<string, readonly string[]>> = { [PROGRAMMES_TABLE]: PROGRAMME_KEYS };

/**
 * Keys whose value a reader must always be told, even when it is the only one offered: the year, a
 * programme's period, the event counted, a breakdown and its modality when not the total (« 1 » says
 * nothing without « Déconventionnements », 15 nothing without « Par situation »).
 */
const ALWAYS_NAMED = new Set(['annee', 'periode', 'evenement', 'dimension', 'modalite']);

const CATALOGUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ...KEY_CATALOGUES,
  groupe: Object.fromEntries(Object.entries(REMUNERATION_GROUPS).map(([number, label]) => [number, `${number}. ${label}`])),
};

const CATEGORY_ORDER: Record<string, readonly string[]> = {
  ...Object.fromEntries(Object.entries(CATALOGUES).map(([key, catalogue]) => [key, Object.keys(catalogue)])),
  type_structure: STRUCTURE_TYPES,
};

/** What a person reads for a key's value: the catalogue's label, else the rows' own `libelle` (indicators). */
function optionLabel(key: string, value: string, rows: readonly Row[]): string {
  const catalogued = CATALOGUES[key]?.[value];
  if (catalogued) return catalogued;
  if (key === 'periode') return formatPeriod(value);
  if (key === 'dimension') return dimensionLabel(value);
  if (key === 'modalite') return modalityLabel(rows, value);
  if (ROW_ORDER_KEYS.has(key)) {
    // The last non-empty label of the code, as the pipeline reads its source.
    const labels = rows.filter((row) => String(row[key]) === value && typeof row.libelle === 'string' && row.libelle !== '');
    const label = labels.at(-1)?.libelle;
    if (typeof label === 'string') return label;
  }
  return value;
}

function orderOf(key: string, value: string): number {
  const order = CATEGORY_ORDER[key];
  const index = order ? order.indexOf(value) : -1;
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

export function filterKeys(table: TableName): string[] {
  return innerKeys(table);
}

/** Whether the view must say which value of the filter it shows: a choice, or a value always named. */
export function isNamed(filter: Filter): boolean {
  return filter.options.length > 1 || (ALWAYS_NAMED.has(filter.key) && filter.options.some((option) => option.value !== TOTAL));
}

/** The key columns of a table other than its area, in the order its filters narrow each other. */
function filterColumns(table: TableName) {
  const columns = TABLES[table].keys.filter((column) => !AREA_KEYS.has(column.name));
  const order = KEY_ORDER[table];
  if (!order) return columns;
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...columns].sort((a, b) => rank(a.name) - rank(b.name));
}

/**
 * Filters of a table, with the values its rows (of the region when it has any) actually hold. Each
 * filter offers only the values found with the choices of the filters before it (`chosen`, else
 * their default), so that a CDS group is not offered with MSP nor an indicator with the other type.
 */
export function filtersOf(table: TableName, rows: readonly Row[], chosen: Readonly<Record<string, string | null | undefined>> = {}): Filter[] {
  let narrowed = rows;
  return filterColumns(table).map((column) => {
    // An empty key is a value of its own: a programme's total has no dimension nor modality.
    const values = [...new Set(narrowed.map((row) => keyValue(row, column.name)))];
    const time = column.unit === 'year' || TIME_KEYS.has(column.name);
    if (column.unit === 'year') {
      values.sort((a, b) => Number(a) - Number(b));
    } else if (time) {
      values.sort();
    } else if (!ROW_ORDER_KEYS.has(column.name)) {
      values.sort((a, b) => orderOf(column.name, a) - orderOf(column.name, b) || a.localeCompare(b));
    }
    // The total first: the view opens on it.
    if (values.includes(TOTAL) && !time) {
      values.splice(values.indexOf(TOTAL), 1);
      values.unshift(TOTAL);
    }
    const options = values.map((value) => ({ value, label: optionLabel(column.name, value, narrowed) }));
    const defaultValue = (time ? values.at(-1) : values[0]) ?? '';
    const wanted = chosen[column.name];
    const value = wanted !== null && wanted !== undefined && values.includes(wanted) ? wanted : defaultValue;
    narrowed = narrowed.filter((row) => keyValue(row, column.name) === value);
    return { key: column.name, label: column.filterLabel ?? column.label, options, defaultValue };
  });
}

export function matchesFilters(row: Row, filters: Readonly<Record<string, string>>, except?: string): boolean {
  for (const [key, value] of Object.entries(filters)) {
    if (key === except) continue;
    if (keyValue(row, key) !== value) return false;
  }
  return true;
}
