// The structures behind a figure: for a department, a region or France, the rows of the open
// section (same year and filters) from the table's detail, the rows its figures add up: the total
// of every line is the figure, and the mean the table's, so a reader can check the figure and see
// which structures make it.

import type { StructureRow } from '../../../core';
import { CDS_CATEGORIES, departement, isPublicTable, TABLES, type TableName, type TableSpec, type Unit } from '../../../core';
import { FRANCE } from '../model/area-rows';

export interface ListColumn {
  readonly key: string;
  readonly label: string;
  /** Text columns have no unit. */
  readonly unit: Unit | null;
}

export interface ListLine {
  readonly id: string;
  readonly text: Readonly<Record<string, string>>;
  readonly values: readonly (number | null)[];
  /** In the paid figures (a remunerated structure), where the table has such a notion; greyed otherwise. */
  readonly counted: boolean;
}

export interface StructureList {
  readonly table: TableName;
  readonly textColumns: readonly ListColumn[];
  readonly valueColumns: readonly ListColumn[];
  readonly lines: readonly ListLine[];
  /** Sums over every line, column by column: the area's figures (a line adds what it contributes). */
  readonly totals: readonly (number | null)[];
  /** The table's mean of each column, from the totals; null where the table has none. */
  readonly means: readonly (number | null)[];
  /** Lines in the paid figures (all of them where the table has no such notion). */
  readonly counted: number;
}

/**
 * The area of a list: a department code, `R` + a region code (department 11 is Aude, region 11
 * Île-de-France), or FR.
 */
export function areaKey(level: 'departement' | 'region' | 'france', code: string): string {
  return level === 'region' ? `R${code}` : level === 'france' ? FRANCE : code;
}

export function inArea(row: StructureRow, area: string): boolean {
  if (area === FRANCE) return true;
  if (area.startsWith('R')) return departement(row.departement)?.region === area.slice(1);
  return row.departement === area;
}

function matches(row: StructureRow, filters: Readonly<Record<string, string>>, except?: string): boolean {
  for (const [key, value] of Object.entries(row.keys)) {
    const wanted = filters[key];
    if (key !== except && wanted !== undefined && String(value) !== wanted) return false;
  }
  return true;
}

/**
 * Columns that count a structure on every value of a key, whatever its rows for that value:
 * cds_effectifs.sql's nb_centres is the group's centres with any row that year, on every profession
 * row. Its detail gives a centre a row for each profession of its own department's table only, so
 * the list of a region (or France) for a profession one of its departments lacks would miss that
 * department's centres, and add up to less than the figure (389 centres for 418): they are listed,
 * counting in those columns only.
 */
const COUNTED_ACROSS: Partial<Record<TableName, { readonly key: string; readonly columns: readonly string[] }>> = {
  cds_effectifs: { key: 'profession', columns: ['nb_centres'] },
};

/** The rows of a list, with the structures a COUNTED_ACROSS column counts although they have no row for the key's value. */
function listRows(table: TableName, rows: readonly StructureRow[], area: string, filters: Readonly<Record<string, string>>): StructureRow[] {
  const selected = rows.filter((row) => inArea(row, area) && matches(row, filters));
  const across = COUNTED_ACROSS[table];
  const value = across ? filters[across.key] : undefined;
  if (!across || value === undefined) return selected;
  const listed = new Set(selected.map((row) => row.structure.id));
  const added = new Map<string, StructureRow>();
  for (const row of rows) {
    if (listed.has(row.structure.id) || added.has(row.structure.id) || !inArea(row, area) || !matches(row, filters, across.key)) continue;
    const values = Object.fromEntries(across.columns.map((column) => [column, row.values[column] ?? null]));
    added.set(row.structure.id, { ...row, keys: { ...row.keys, [across.key]: value }, statut: null, values });
  }
  return [...selected, ...added.values()];
}

/**
 * The table's mean of a column, as the table computes it: a declared mean (sum / count of the
 * structures it is over, e.g. montant_total / nb_remunerees), else for an `<x>_somme` with its
 * `<x>_moyenne`, the sum over the lines giving it; null where the table publishes no mean.
 */
function tableMean(
  spec: TableSpec,
  valueColumns: readonly ListColumn[],
  lines: readonly ListLine[],
  totals: readonly (number | null)[],
  key: string,
  index: number,
): number | null {
  const total = totals[index] ?? null;
  if (total === null) return null;
  const declared = isPublicTable(spec.secrecy) ? [] : spec.secrecy.means;
  for (const mean of declared) {
    const countIndex = typeof mean.count === 'string' ? valueColumns.findIndex((column) => column.key === mean.count) : -1;
    if (mean.sum !== key || countIndex < 0) continue;
    const count = totals[countIndex] ?? null;
    return count ? total / count : null;
  }
  if (key.endsWith('_somme') && spec.values.some((column) => column.name === key.replace(/_somme$/, '_moyenne'))) {
    const giving = lines.filter((line) => typeof line.values[index] === 'number').length;
    return giving === 0 ? null : total / giving;
  }
  return null;
}

const categoryLabel = (value: string | null) => (value ? (CDS_CATEGORIES[value as keyof typeof CDS_CATEGORIES] ?? value) : '');

export function structureList(table: TableName, rows: readonly StructureRow[], area: string, filters: Readonly<Record<string, string>>): StructureList {
  const selected = listRows(table, rows, area, filters);
  const spec = TABLES[table];
  const names = [...new Set(selected.flatMap((row) => Object.keys(row.values)))];
  const valueColumns: ListColumn[] = spec.values
    .filter((column) => names.includes(column.name))
    .map((column) => ({ key: column.name, label: column.label, unit: column.unit }));
  const multiDepartement = area === FRANCE || area.startsWith('R');
  const textColumns: ListColumn[] = [
    { key: 'nom', label: 'Structure', unit: null },
    { key: 'id', label: 'Identifiant', unit: null },
    { key: 'commune', label: 'Commune', unit: null },
    ...(multiDepartement ? [{ key: 'departement', label: 'Département', unit: null }] : []),
    { key: 'type', label: 'Type', unit: null },
    ...(selected.some((row) => row.structure.categorie) ? [{ key: 'categorie', label: 'Catégorie', unit: null }] : []),
    ...(selected.some((row) => row.statut) ? [{ key: 'statut', label: 'Statut', unit: null }] : []),
  ];
  const lines: ListLine[] = selected.map((row) => ({
    id: row.structure.id,
    counted: row.compte,
    text: {
      nom: row.structure.nom ?? '',
      id: row.structure.id,
      commune: row.structure.commune ?? '',
      departement: `${row.departement} – ${departement(row.departement)?.nom ?? ''}`,
      type: row.structure.type,
      categorie: categoryLabel(row.structure.categorie),
      statut: row.statut ?? '',
    },
    values: valueColumns.map((column) => row.values[column.key] ?? null),
  }));
  const totals = valueColumns.map((_, i) => {
    const known = lines.map((line) => line.values[i]).filter((v): v is number => typeof v === 'number');
    return known.length === 0 ? null : known.reduce((sum, v) => sum + v, 0);
  });
  const means = valueColumns.map((column, i) => tableMean(spec, valueColumns, lines, totals, column.key, i));
  return { table, textColumns, valueColumns, lines, totals, means, counted: lines.filter((line) => line.counted).length };
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Lines whose name, commune or identifier contain every word of `query` (accents and case ignored). */
export function searchLines(lines: readonly ListLine[], query: string): ListLine[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...lines];
  return lines.filter((line) => {
    const haystack = fold(`${line.text.nom} ${line.text.commune} ${line.text.id}`);
    return words.every((word) => haystack.includes(word));
  });
}

export interface ListOrder {
  /** A text column key, or `v<i>` for the i-th value column. */
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

export function sortList(lines: readonly ListLine[], order: ListOrder): ListLine[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const valueIndex = order.key.startsWith('v') ? Number(order.key.slice(1)) : -1;
  return [...lines].sort((a, b) => {
    if (valueIndex >= 0) {
      const va = a.values[valueIndex] ?? null;
      const vb = b.values[valueIndex] ?? null;
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      return sign * (va - vb) || collator.compare(a.id, b.id);
    }
    return sign * collator.compare(a.text[order.key] ?? '', b.text[order.key] ?? '') || collator.compare(a.id, b.id);
  });
}
