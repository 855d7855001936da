// What the page shows, entirely described by the URL so that a copied link restores the view.

import type { TableName } from '../../../core';
import { departement } from '../../../core';
import { departementInScope, FRANCE, inRegion, isScope } from '../model/area-rows';
import type { Dataset } from '../model/dataset';
import { filterKeys, filtersOf, isNamed } from '../model/filters';
import { indicatorColumn, SECTIONS, section as sectionOf } from '../model/sections';

export interface ViewState {
  /** A region code, or `FR` for the view of all the data's regions (« France entière » when they are all). */
  readonly region: string;
  readonly section: TableName;
  readonly indicator: string;
  /** One value per filter key of the section's table (annee, programme, profession...). */
  readonly filters: Readonly<Record<string, string>>;
  /** The department whose panel is open. */
  readonly departement: string | null;
  /** The area whose structure list is open (department code, R + region code, FR); internal build only. */
  readonly structures: string | null;
}

/** URL parameter names, in French since people read and share these links. */
export const PARAMS = {
  region: 'region',
  section: 'rubrique',
  indicator: 'indicateur',
  departement: 'departement',
  structures: 'structures',
} as const;

/**
 * URL parameter of a filter: its column name, unless that name is taken by the view itself (the
 * `indicateur` key of the indicator tables is not the indicator column shown).
 */
export function filterParam(key: string): string {
  return (Object.values(PARAMS) as string[]).includes(key) ? `code_${key}` : key;
}

/** Filters offered for a section in a region: the region's own values when it has rows. */
export function sectionFilters(dataset: Dataset, table: TableName, region: string, chosen: Readonly<Record<string, string | null>> = {}) {
  const rows = dataset.tables[table];
  const own = rows.filter((row) => inRegion(row, region));
  return filtersOf(table, own.length > 0 ? own : rows, chosen);
}

/**
 * The chosen values a reader needs to know what the view shows, as labels (`2023, Polyvalents et
 * médicaux`): the year, and every filter that offers a choice (a single structure type says nothing).
 */
export function chosenLabels(dataset: Dataset, state: ViewState, except: readonly string[] = []): string[] {
  return sectionFilters(dataset, state.section, state.region, state.filters)
    .filter((filter) => !except.includes(filter.key) && isNamed(filter))
    .map((filter) => filter.options.find((o) => o.value === state.filters[filter.key])?.label ?? '')
    .filter((label) => label !== '');
}

/** Turns any URL query into a valid view, falling back to defaults value by value. */
export function normaliseState(params: URLSearchParams, dataset: Dataset): ViewState {
  const regionParam = params.get(PARAMS.region) ?? '';
  // « France entière » (FR) only where the data hold several regions: on one region's, it is that region.
  const region = isScope(regionParam) && (regionParam !== FRANCE || dataset.names.offersAll) ? regionParam : dataset.defaultRegion;
  const section = sectionOf(params.get(PARAMS.section) ?? '') ?? SECTIONS[0]!;
  const indicatorParam = params.get(PARAMS.indicator) ?? '';
  const indicator = indicatorColumn(section.id, indicatorParam) ? indicatorParam : section.defaultIndicator;
  const filters: Record<string, string> = {};
  const asked = Object.fromEntries(filterKeys(section.id).map((key) => [key, params.get(filterParam(key))]));
  for (const filter of sectionFilters(dataset, section.id, region, asked)) {
    const wanted = asked[filter.key] ?? null;
    filters[filter.key] = filter.options.some((o) => o.value === wanted) ? wanted! : filter.defaultValue;
  }
  const departementParam = params.get(PARAMS.departement) ?? '';
  const departementCode = departement(departementParam) && departementInScope(departementParam, region) ? departementParam : null;
  const structuresParam = params.get(PARAMS.structures) ?? '';
  const structures =
    dataset.structureTables.has(section.id) &&
    (structuresParam === (region === 'FR' ? 'FR' : `R${region}`) ||
      (region === 'FR' && structuresParam.startsWith('R') && isScope(structuresParam.slice(1))) ||
      (departement(structuresParam) && departementInScope(structuresParam, region)))
      ? structuresParam
      : null;
  return { region, section: section.id, indicator, filters, departement: departementCode, structures };
}

export function stateToParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAMS.region, state.region);
  params.set(PARAMS.section, state.section);
  params.set(PARAMS.indicator, state.indicator);
  for (const [key, value] of Object.entries(state.filters)) params.set(filterParam(key), value);
  if (state.departement) params.set(PARAMS.departement, state.departement);
  if (state.structures) params.set(PARAMS.structures, state.structures);
  return params;
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString();
}
