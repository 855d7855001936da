// The tables of a section: figures by department for the chosen filters, the chosen indicator over
// the years (with its evolution), and, for professions, the region's figures by category.

import type { Row } from '../../../core';
import { type Column, evolution, formatPeriod, roundForPeople, TABLES } from '../../../core';
import { type AreaRows, areaRows, FRANCE } from '../model/area-rows';
import {
  choiceOf,
  dimensionHeading,
  dimensionLabel,
  keyValue,
  modalityLabel,
  modalityRows,
  PROGRAMMES_TABLE,
  programmeLabel,
  TOTAL,
  TOTAL_LABEL,
} from '../model/breakdowns';
import type { Dataset } from '../model/dataset';
import { matchesFilters } from '../model/filters';
import { figureColumns, indicatorColumn, section } from '../model/sections';
import { datedLabel, isYearToDate, periodWords, stockDate } from '../model/view-words';
import { chosenLabels, sectionFilters, type ViewState } from '../state/view-state';
import type { TableColumn, TableLine, TableModel } from './table-model';

interface Cells {
  readonly values: (number | null)[];
  /** Cells statistical secrecy masked (partner build), shown « NS ». */
  readonly masked?: boolean[];
}

function line(dataset: Dataset, row: Row, level: TableLine['level'], cells: Cells): TableLine {
  const code = String(row.code);
  const masked = cells.masked?.some(Boolean) ? { masked: cells.masked } : {};
  return { code, name: dataset.names.area(String(row.niveau), code), level, values: cells.values, ...masked };
}

function numeric(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function linesOf(dataset: Dataset, rows: AreaRows, cells: (row: Row) => Cells) {
  const body = rows.departements.map((row) => line(dataset, row, 'departement', cells(row)));
  const totals = [...rows.regions, rows.france]
    .filter((row): row is Row => row !== undefined)
    .map((row) => line(dataset, row, row.niveau === 'france' ? 'france' : 'region', cells(row)));
  return { body, totals };
}

/** `2023, Cancer du sein`: the filter values that matter to a reader (a lone option says nothing). */
function filterLabel(dataset: Dataset, state: ViewState, except?: string): string {
  return chosenLabels(dataset, state, except ? [except] : []).join(', ');
}

/** `au 30/04/2024`: the date a stock table without years stands at (CPTS coverage, centres). */
function undatedStock(dataset: Dataset, state: ViewState): string {
  const spec = TABLES[state.section];
  if (spec.stock !== true || spec.keys.some((key) => key.name === 'annee')) return '';
  const column = spec.values[0];
  return column ? periodWords(dataset, state.section, column, {}) : '';
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

function regionName(dataset: Dataset, state: ViewState): string {
  return dataset.names.scope(state.region);
}

const yearOf = (state: ViewState) => (state.filters.annee === undefined ? undefined : Number(state.filters.annee));

export function departementTable(dataset: Dataset, state: ViewState): TableModel {
  const spec = TABLES[state.section];
  const rows = dataset.tables[state.section].filter((row) => matchesFilters(row, state.filters));
  const figures = figureColumns(state.section, rows);
  const columns: TableColumn[] = figures.map((column) => ({ key: column.name, label: datedLabel(dataset, column, yearOf(state)), unit: column.unit }));
  const { body, totals } = linesOf(dataset, areaRows(rows, state.region), (row) => ({
    values: figures.map((c) => numeric(row[c.name])),
    masked: figures.map((c) => dataset.isMasked(row, c.name)),
  }));
  const filters = [filterLabel(dataset, state), undatedStock(dataset, state)].filter(Boolean).join(', ');
  return {
    id: 'par-departement',
    caption: `${spec.title} – ${regionName(dataset, state)}${filters ? `, ${filters}` : ''}`,
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
  const rows = dataset.tables[state.section].filter((row) => matchesFilters(row, state.filters, 'annee'));
  const indicator = indicatorColumn(state.section, state.indicator, rows);
  if (!indicator) return null;
  const inArea = rows.filter((row) => isInArea(row, state.region));
  const years = [...new Set(inArea.map((row) => Number(row.annee)))].sort((a, b) => a - b);
  if (years.length < 2) return null;
  const first = years[0]!;
  const last = years.at(-1)!;
  const previous = years.at(-2)!;
  const flow = indicator.flow === true;
  // A stock table's last year may stand at the cut-off, not at its 31 December: its column and the
  // evolution say the dates they compare.
  const toDate = (year: number) => TABLES[state.section].stock === true && isYearToDate(dataset, year);
  const span = toDate(last) && !flow ? `du ${stockDate(dataset, previous)} au ${stockDate(dataset, last)}` : `${previous}-${last}`;
  const evolution: TableColumn = flow
    ? { key: 'total', label: `Total ${first}-${last}`, unit: indicator.unit }
    : {
        key: 'evolution',
        label: `Évolution ${span}${indicator.unit === 'percent' ? ' (points)' : ' (%)'}`,
        unit: indicator.unit === 'percent' ? 'points' : 'change',
      };
  const yearLabel = (year: number) => (toDate(year) ? `${year} (au ${stockDate(dataset, year)})` : String(year));
  const columns: TableColumn[] = [...years.map((year) => ({ key: String(year), label: yearLabel(year), unit: indicator.unit })), evolution];
  const byArea = new Map<string, Map<number, Row>>();
  // One row per area that has a figure in any year shown, not only in the last one: a department
  // whose latest figure was rejected keeps its earlier years.
  const latest = new Map<string, Row>();
  for (const row of inArea) {
    const key = `${row.niveau}:${row.code}`;
    if (!byArea.has(key)) byArea.set(key, new Map());
    byArea.get(key)!.set(Number(row.annee), row);
    if (Number(latest.get(key)?.annee ?? -Infinity) < Number(row.annee)) latest.set(key, row);
  }
  const { body, totals } = linesOf(dataset, areaRows([...latest.values()], state.region), (row) => {
    const rowsByYear = byArea.get(`${row.niveau}:${row.code}`)!;
    const valueIn = (year: number) => {
      const yearRow = rowsByYear.get(year);
      return yearRow && !dataset.isMasked(yearRow, indicator.name) ? numeric(yearRow[indicator.name]) : null;
    };
    const maskedIn = (year: number) => {
      const yearRow = rowsByYear.get(year);
      return yearRow !== undefined && dataset.isMasked(yearRow, indicator.name);
    };
    const series = years.map(valueIn);
    const masked = years.map(maskedIn);
    // A total or an evolution over a masked year would give the masked figure away: masked too.
    const hidesMasked = flow ? masked.some(Boolean) : maskedIn(previous) || maskedIn(last);
    const summary = hidesMasked ? null : flow ? total(series) : change(indicator, valueIn(previous), valueIn(last));
    return { values: [...series, summary], masked: [...masked, hidesMasked] };
  });
  const filters = filterLabel(dataset, state, 'annee');
  return {
    id: 'par-annee',
    caption: `${toDate(last) && !flow ? `${indicator.label} (au ${stockDate(dataset, last)} pour ${last})` : indicator.label} par année – ${regionName(dataset, state)}${filters ? `, ${filters}` : ''}`,
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
  return rows.departements.length > 0 || rows.regions.length > 0 || rows.france !== undefined;
}

function total(series: readonly (number | null)[]): number | null {
  const known = series.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}

/** Points for a rate, percent otherwise (core's evolution), between the figures as shown: 0,0 against 0,0 is no change. */
function change(indicator: Column, previous: number | null, last: number | null): number | null {
  if (previous === null || last === null) return null;
  return evolution(indicator.unit, roundForPeople(previous, indicator.unit), roundForPeople(last, indicator.unit))?.value ?? null;
}

/** Region figures by profession (the deck's table), when the section's table has such a category. */
export function categoryTable(dataset: Dataset, state: ViewState): TableModel | null {
  const spec = TABLES[state.section];
  const category = spec.keys.find((column) => column.unit === 'text' && column.name !== 'periode');
  const figures = figureColumns(state.section);
  if (!category || figures.length < 2) return null;
  const filter = sectionFilters(dataset, state.section, state.region, state.filters).find((f) => f.key === category.name);
  if (!filter) return null;
  // The region's figures; France's in the France view.
  const level = state.region === 'FR' ? 'france' : 'region';
  const rows = dataset.tables[state.section].filter(
    (row) => row.niveau === level && row.code === state.region && matchesFilters(row, state.filters, category.name),
  );
  if (rows.length === 0) return null;
  const byValue = new Map(rows.map((row) => [String(row[category.name]), row]));
  const body: TableLine[] = filter.options
    .filter((option) => byValue.has(option.value))
    .map((option) => ({
      code: option.value,
      name: option.label,
      level: 'category',
      values: figures.map((c) => numeric(byValue.get(option.value)![c.name])),
      masked: figures.map((c) => dataset.isMasked(byValue.get(option.value)!, c.name)),
    }));
  const filters = filterLabel(dataset, state, category.name);
  return {
    id: 'par-categorie',
    caption: `${spec.title} – ${regionName(dataset, state)}${filters ? `, ${filters}` : ''}`,
    definition: spec.definition,
    rowHeader: category.label,
    columns: figures.map((column) => ({ key: column.name, label: datedLabel(dataset, column, yearOf(state)), unit: column.unit })),
    body,
    totals: [],
    fileName: slug(
      state.section,
      'par-categorie',
      state.region,
      ...Object.entries(state.filters)
        .filter(([k]) => k !== category.name)
        .map(([, v]) => v),
    ),
  };
}

/** Every value of the section's `listBy` key for the chosen area (every indicator), sortable. */
export function listTable(dataset: Dataset, state: ViewState): TableModel | null {
  const listBy = section(state.section)?.listBy;
  if (!listBy) return null;
  const spec = TABLES[state.section];
  const level = state.region === 'FR' ? 'france' : 'region';
  const rows = dataset.tables[state.section].filter(
    (row) => row.niveau === level && row.code === state.region && matchesFilters(row, state.filters, listBy.key),
  );
  if (rows.length === 0) return null;
  const columns = listBy.columns.map((name) => spec.values.find((c) => c.name === name)).filter((c): c is Column => c !== undefined);
  const body: TableLine[] = rows.map((row) => ({
    code: String(row[listBy.key]),
    name: typeof row.libelle === 'string' ? row.libelle : String(row[listBy.key]),
    level: 'category',
    values: columns.map((c) => {
      const value = row[c.name];
      return typeof value === 'number' || typeof value === 'string' ? value : null;
    }),
    masked: columns.map((c) => dataset.isMasked(row, c.name)),
  }));
  const filters = filterLabel(dataset, state, listBy.key);
  const keyColumn = spec.keys.find((c) => c.name === listBy.key);
  return {
    id: `par-${listBy.key}`,
    caption: `${spec.title} – ${regionName(dataset, state)}${filters ? `, ${filters}` : ''}`,
    definition: spec.definition,
    rowHeader: spec.values.find((c) => c.name === 'libelle')?.label ?? keyColumn?.label ?? listBy.key,
    columns: columns.map(({ name, label, unit }) => ({ key: name, label, unit })),
    body,
    totals: [],
    fileName: slug(
      state.section,
      `par-${listBy.key}`,
      state.region,
      ...Object.entries(state.filters)
        .filter(([k]) => k !== listBy.key)
        .map(([, v]) => v),
    ),
  };
}

/**
 * A programme's breakdown for the scope (the region, or the data's regions in the France view), at
 * the chosen period: one line per modality, then the scope's total when the source gives it. The
 * only figures of a breakdown given for no department.
 */
export function modalityTable(dataset: Dataset, state: ViewState): TableModel | null {
  if (state.section !== PROGRAMMES_TABLE) return null;
  const choice = choiceOf(state.filters);
  if (choice.dimension === TOTAL) return null;
  const all = dataset.tables[state.section];
  const level = state.region === FRANCE ? 'france' : 'region';
  const rows = modalityRows(all, choice, level, state.region);
  const modalities = rows.filter((row) => keyValue(row, 'modalite') !== TOTAL);
  if (modalities.length === 0) return null;
  const total = modalityRows(all, { ...choice, dimension: TOTAL }, level, state.region)[0];
  const [figure] = figureColumns(state.section, modalities);
  if (!figure) return null;
  // Every line a category, the total too: a download has no « Code » column of the data's codes.
  const lineOf = (row: Row, code: string, name: string): TableLine => ({
    code,
    name,
    level: 'category',
    values: [numeric(row[figure.name])],
    masked: [dataset.isMasked(row, figure.name)],
  });
  const programme = programmeLabel(all, choice.indicateur);
  return {
    id: 'par-modalite',
    caption: `${programme}, ${dimensionLabel(choice.dimension).toLocaleLowerCase('fr')} – ${regionName(dataset, state)}, ${formatPeriod(choice.periode)}`,
    definition: TABLES[state.section].definition,
    rowHeader: dimensionHeading(choice.dimension),
    columns: [{ key: figure.name, label: figure.label, unit: figure.unit }],
    body: modalities.map((row) => {
      const code = keyValue(row, 'modalite');
      return lineOf(row, code, modalityLabel(all, code, choice));
    }),
    totals: total ? [lineOf(total, 'total', TOTAL_LABEL)] : [],
    fileName: slug(state.section, choice.indicateur, 'par', choice.dimension, state.region, choice.periode),
  };
}

export function sectionTables(dataset: Dataset, state: ViewState): TableModel[] {
  const modalities = modalityTable(dataset, state);
  const departements = departementTable(dataset, state);
  // A breakdown given for no department: its table of modalities holds the region's line already.
  const byDepartement = modalities && departements.body.length === 0 ? null : departements;
  return [listTable(dataset, state), categoryTable(dataset, state), modalities, byDepartement, yearsTable(dataset, state)].filter(
    (table): table is TableModel => table !== null,
  );
}
