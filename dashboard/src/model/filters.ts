// The keys of a table other than its area (year, structure type, profession, programme) become the
// filters of its section: one value of each is shown at a time.
import type { Row } from '../../../pipeline/publish/published-tables';
import { PROFESSIONS, PROGRAMMES, STRUCTURE_TYPES, TABLES, type TableName } from '../../../pipeline/schema';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface Filter {
  /** Column name, also the URL parameter. */
  readonly key: string;
  readonly label: string;
  readonly options: readonly FilterOption[];
  /** The latest year, or the first category. */
  readonly defaultValue: string;
}

const AREA_KEYS = new Set(['niveau', 'code']);

const CATEGORY_ORDER: Record<string, readonly string[]> = {
  profession: Object.keys(PROFESSIONS),
  programme: Object.keys(PROGRAMMES),
  type_structure: STRUCTURE_TYPES,
};

function optionLabel(key: string, value: string): string {
  if (key === 'profession') return PROFESSIONS[value as keyof typeof PROFESSIONS] ?? value;
  if (key === 'programme') return PROGRAMMES[value as keyof typeof PROGRAMMES] ?? value;
  return value;
}

function orderOf(key: string, value: string): number {
  const order = CATEGORY_ORDER[key];
  const index = order ? order.indexOf(value) : -1;
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

export function filterKeys(table: TableName): string[] {
  return TABLES[table].keys.map((column) => column.name).filter((name) => !AREA_KEYS.has(name));
}

/** Filters of a table, with the values its rows (of the region when it has any) actually hold. */
export function filtersOf(table: TableName, rows: readonly Row[]): Filter[] {
  return TABLES[table].keys
    .filter((column) => !AREA_KEYS.has(column.name))
    .map((column) => {
      const values = [...new Set(rows.map((row) => row[column.name]).filter((v) => v !== null).map(String))];
      if (column.unit === 'year') {
        values.sort((a, b) => Number(a) - Number(b));
      } else {
        values.sort((a, b) => orderOf(column.name, a) - orderOf(column.name, b) || a.localeCompare(b));
      }
      const options = values.map((value) => ({ value, label: optionLabel(column.name, value) }));
      const defaultValue = (column.unit === 'year' ? values.at(-1) : values[0]) ?? '';
      return { key: column.name, label: column.label, options, defaultValue };
    });
}

export function matchesFilters(row: Row, filters: Readonly<Record<string, string>>, except?: string): boolean {
  for (const [key, value] of Object.entries(filters)) {
    if (key === except) continue;
    if (String(row[key]) !== value) return false;
  }
  return true;
}
