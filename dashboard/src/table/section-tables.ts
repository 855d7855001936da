// The tables of a section: figures by department for the chosen filters, the chosen indicator over
// the years (with its evolution), and, for professions, the region's figures by category.
import { areaName, region as regionOf } from '../../../pipeline/geography';
import type { Row } from '../../../pipeline/publish/published-tables';
import { TABLES, type Column } from '../../../pipeline/schema';
import { areaRows, type AreaRows } from '../model/area-rows';
import type { Dataset } from '../model/dataset';
import { matchesFilters } from '../model/filters';
import { FLOW_INDICATORS, indicatorColumn } from '../model/sections';
import { sectionFilters, type ViewState } from '../state/view-state';
import type { TableColumn, TableLine, TableModel } from './table-model';

function line(row: Row, level: TableLine['level'], values: (number | null)[]): TableLine {
  const code = String(row.code);
  return { code, name: areaName(String(row.niveau), code), level, values };
}

function numeric(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function linesOf(rows: AreaRows, values: (row: Row) => (number | null)[]) {
  const body = rows.departements.map((row) => line(row, 'departement', values(row)));
  const totals = [rows.region, rows.france]
    .filter((row): row is Row => row !== undefined)
    .map((row) => line(row, row.niveau === 'france' ? 'france' : 'region', values(row)));
  return { body, totals };
}

/** `2023, Cancer du sein`: the filter values that matter to a reader (a lone option says nothing). */
function filterLabel(dataset: Dataset, state: ViewState, except?: string): string {
  return sectionFilters(dataset, state.section, state.region)
    .filter((filter) => filter.key !== except && (filter.key === 'annee' || filter.options.length > 1))
    .map((filter) => filter.options.find((o) => o.value === state.filters[filter.key])?.label ?? '')
    .filter((label) => label !== '')
    .join(', ');
}

function slug(...parts: string[]): string {
  return parts
    .filter((part) => part !== '')
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
}

function regionName(state: ViewState): string {
  return regionOf(state.region)?.nom ?? state.region;
}

export function departementTable(dataset: Dataset, state: ViewState): TableModel {
  const spec = TABLES[state.section];
  const rows = dataset.tables[state.section].filter((row) => matchesFilters(row, state.filters));
  const columns: TableColumn[] = spec.values.map(({ name, label, unit }) => ({ key: name, label, unit }));
  const { body, totals } = linesOf(areaRows(rows, state.region), (row) => spec.values.map((c) => numeric(row[c.name])));
  const filters = filterLabel(dataset, state);
  return {
    id: 'par-departement',
    caption: `${spec.title} – ${regionName(state)}${filters ? `, ${filters}` : ''}`,
    definition: spec.definition,
    rowHeader: 'Territoire',
    columns,
    body,
    totals,
    fileName: slug(state.section, state.region, ...Object.values(state.filters)),
  };
}

/** The chosen indicator year by year, with the change between the last two years. */
export function yearsTable(dataset: Dataset, state: ViewState): TableModel | null {
  if (!('annee' in state.filters)) return null;
  const indicator = indicatorColumn(state.section, state.indicator);
  if (!indicator) return null;
  const rows = dataset.tables[state.section].filter((row) => matchesFilters(row, state.filters, 'annee'));
  const inArea = rows.filter((row) => isInArea(row, state.region));
  const years = [...new Set(inArea.map((row) => Number(row.annee)))].sort((a, b) => a - b);
  if (years.length < 2) return null;
  const first = years[0]!;
  const last = years.at(-1)!;
  const previous = years.at(-2)!;
  const flow = FLOW_INDICATORS.has(indicator.name);
  const evolution: TableColumn = flow
    ? { key: 'total', label: `Total ${first}-${last}`, unit: indicator.unit }
    : {
        key: 'evolution',
        label: `Évolution ${previous}-${last}${indicator.unit === 'percent' ? ' (points)' : ' (%)'}`,
        unit: indicator.unit === 'percent' ? 'points' : 'change',
      };
  const columns: TableColumn[] = [
    ...years.map((year) => ({ key: String(year), label: String(year), unit: indicator.unit })),
    evolution,
  ];
  const byArea = new Map<string, Map<number, number | null>>();
  for (const row of inArea) {
    const key = `${row.niveau}:${row.code}`;
    if (!byArea.has(key)) byArea.set(key, new Map());
    byArea.get(key)!.set(Number(row.annee), numeric(row[indicator.name]));
  }
  const lastYearRows = areaRows(inArea.filter((row) => Number(row.annee) === last), state.region);
  const { body, totals } = linesOf(lastYearRows, (row) => {
    const values = byArea.get(`${row.niveau}:${row.code}`)!;
    const series = years.map((year) => values.get(year) ?? null);
    const summary = flow ? total(series) : change(indicator, values.get(previous) ?? null, values.get(last) ?? null);
    return [...series, summary];
  });
  const filters = filterLabel(dataset, state, 'annee');
  return {
    id: 'par-annee',
    caption: `${indicator.label} par année – ${regionName(state)}${filters ? `, ${filters}` : ''}`,
    definition: TABLES[state.section].definition,
    rowHeader: 'Territoire',
    columns,
    body,
    totals,
    fileName: slug(state.section, state.indicator, 'par-annee', state.region),
  };
}

function isInArea(row: Row, region: string): boolean {
  const rows = areaRows([row], region);
  return rows.departements.length > 0 || rows.region !== undefined || rows.france !== undefined;
}

function total(series: readonly (number | null)[]): number | null {
  const known = series.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}

function change(indicator: Column, previous: number | null, last: number | null): number | null {
  if (previous === null || last === null) return null;
  if (indicator.unit === 'percent') return last - previous;
  return previous === 0 ? null : ((last - previous) / previous) * 100;
}

/** Region figures by profession (the deck's table), when the section's table has such a category. */
export function categoryTable(dataset: Dataset, state: ViewState): TableModel | null {
  const spec = TABLES[state.section];
  const category = spec.keys.find((column) => column.unit === 'text');
  if (!category || spec.values.length < 2) return null;
  const filter = sectionFilters(dataset, state.section, state.region).find((f) => f.key === category.name);
  if (!filter) return null;
  const rows = dataset.tables[state.section].filter(
    (row) => row.niveau === 'region' && row.code === state.region && matchesFilters(row, state.filters, category.name),
  );
  if (rows.length === 0) return null;
  const byValue = new Map(rows.map((row) => [String(row[category.name]), row]));
  const body: TableLine[] = filter.options
    .filter((option) => byValue.has(option.value))
    .map((option) => ({
      code: option.value,
      name: option.label,
      level: 'category',
      values: spec.values.map((c) => numeric(byValue.get(option.value)![c.name])),
    }));
  const filters = filterLabel(dataset, state, category.name);
  return {
    id: 'par-categorie',
    caption: `${spec.title} – ${regionName(state)}${filters ? `, ${filters}` : ''}`,
    definition: spec.definition,
    rowHeader: category.label,
    columns: spec.values.map(({ name, label, unit }) => ({ key: name, label, unit })),
    body,
    totals: [],
    fileName: slug(state.section, 'par-categorie', state.region, ...Object.entries(state.filters).filter(([k]) => k !== category.name).map(([, v]) => v)),
  };
}

export function sectionTables(dataset: Dataset, state: ViewState): TableModel[] {
  return [categoryTable(dataset, state), departementTable(dataset, state), yearsTable(dataset, state)].filter(
    (table): table is TableModel => table !== null,
  );
}
