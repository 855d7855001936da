/// <reference types="vite/client" />
// The dashboard's sections follow the commission deck, one published table each.
import { TABLE_NAMES, TABLES, type TableName } from '../../../pipeline/schema';

export interface Section {
  readonly id: TableName;
  /** Short label of the navigation. */
  readonly label: string;
  /** Indicator shown when the URL names none. */
  readonly defaultIndicator: string;
}

// One file per section in dashboard/src/sections/ (adding a section is adding a file), shown in the
// order of the deck's tables (TABLE_NAMES).
const modules = import.meta.glob<{ default: Section }>('../sections/*.ts', { eager: true });

export const SECTIONS: readonly Section[] = Object.values(modules)
  .map((module) => module.default)
  .filter((s) => TABLE_NAMES.includes(s.id))
  .sort((a, b) => TABLE_NAMES.indexOf(a.id) - TABLE_NAMES.indexOf(b.id));

/**
 * Counts of events within a year (flows): over the years they add up, so their years table ends
 * with the total of the period rather than an evolution.
 */
export const FLOW_INDICATORS: ReadonlySet<string> = new Set(['nb_adhesions', 'nb_resiliations']);

export function section(id: string): Section | undefined {
  return SECTIONS.find((s) => s.id === id);
}

export function indicatorColumn(table: TableName, name: string) {
  return TABLES[table].values.find((column) => column.name === name);
}
