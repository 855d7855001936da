// The keys of a table other than its area (year, structure type, group, profession, programme,
// indicator, period) become the filters of its section: one value of each is shown at a time.
import type { Row } from '../../../core';
import { formatPeriod, innerKeys, KEY_CATALOGUES, REMUNERATION_GROUPS, STRUCTURE_TYPES, TABLES, type TableName } from '../../../core';

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

/** Keys whose values are listed in the order of the table's rows (indicators: the reference list's order). */
const ROW_ORDER_KEYS = new Set(['indicateur']);

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

/**
 * Filters of a table, with the values its rows (of the region when it has any) actually hold. Each
 * filter offers only the values found with the choices of the filters before it (`chosen`, else
 * their default), so that a CDS group is not offered with MSP nor an indicator with the other type.
 */
export function filtersOf(table: TableName, rows: readonly Row[], chosen: Readonly<Record<string, string | null | undefined>> = {}): Filter[] {
  let narrowed = rows;
  return TABLES[table].keys
    .filter((column) => !AREA_KEYS.has(column.name))
    .map((column) => {
      const values = [
        ...new Set(
          narrowed
            .map((row) => row[column.name])
            .filter((v) => v !== null)
            .map(String),
        ),
      ];
      const time = column.unit === 'year' || TIME_KEYS.has(column.name);
      if (column.unit === 'year') {
        values.sort((a, b) => Number(a) - Number(b));
      } else if (time) {
        values.sort();
      } else if (!ROW_ORDER_KEYS.has(column.name)) {
        values.sort((a, b) => orderOf(column.name, a) - orderOf(column.name, b) || a.localeCompare(b));
      }
      const options = values.map((value) => ({ value, label: optionLabel(column.name, value, narrowed) }));
      const defaultValue = (time ? values.at(-1) : values[0]) ?? '';
      const wanted = chosen[column.name];
      const value = wanted && values.includes(wanted) ? wanted : defaultValue;
      narrowed = narrowed.filter((row) => String(row[column.name]) === value);
      return { key: column.name, label: column.filterLabel ?? column.label, options, defaultValue };
    });
}

export function matchesFilters(row: Row, filters: Readonly<Record<string, string>>, except?: string): boolean {
  for (const [key, value] of Object.entries(filters)) {
    if (key === except) continue;
    if (String(row[key]) !== value) return false;
  }
  return true;
}
