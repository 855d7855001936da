// What the data-quality page shows of the controls: counts by gravity, filter choices, the lines a
// choice keeps, and each line's cells as a person reads them. Pure functions, so the page and its
// tests agree.
import {
  areaName,
  type ControlRow,
  controlLabel,
  controlMessage,
  departement,
  GRAVITIES,
  GRAVITY_LABELS,
  type Gravity,
  type StructureIdentity,
} from '../../../core';

export interface ControlFilters {
  readonly gravite: Gravity | '';
  readonly controle: string;
  /** Department code, or '' for all. */
  readonly code: string;
}

export const NO_FILTER: ControlFilters = { gravite: '', controle: '', code: '' };

/** What the page knows beside the lines: who a structure is, what an indicator code means. */
export interface ControlLookups {
  readonly structure?: (id: string) => StructureIdentity | undefined;
  readonly indicator?: (code: string) => string | undefined;
}

export function countByGravity(rows: readonly ControlRow[]): Record<Gravity, number> {
  const counts = Object.fromEntries(GRAVITIES.map((gravity) => [gravity, 0])) as Record<Gravity, number>;
  for (const row of rows) counts[row.gravite] += 1;
  return counts;
}

export function filterControls(rows: readonly ControlRow[], filters: ControlFilters): ControlRow[] {
  return rows.filter(
    (row) =>
      (filters.gravite === '' || row.gravite === filters.gravite) &&
      (filters.controle === '' || row.controle === filters.controle) &&
      (filters.code === '' || row.code === filters.code),
  );
}

/** The control names and the departments present, each with what a person reads. */
export function filterChoices(rows: readonly ControlRow[]) {
  const controles = [...new Set(rows.map((row) => row.controle))].sort();
  const codes = [...new Set(rows.filter((row) => row.niveau === 'departement' && row.code).map((row) => row.code!))].sort();
  return {
    controles: controles.map((name) => ({ value: name, label: controlLabel(name) })),
    departements: codes.map((code) => ({ value: code, label: `${code} ${departement(code)?.nom ?? ''}`.trim() })),
  };
}

/** The table's columns, in order. */
export const CONTROL_HEADERS = ['Gravité', 'Contrôle', 'Territoire', 'Structure', 'Année', 'Constat'] as const;

/** A line aggregates an area's structures when it names none. */
const AREA_LINE = 'Ensemble du territoire';

function territory(row: ControlRow): string {
  if (!row.niveau || !row.code) return '';
  return row.niveau === 'departement' ? `${row.code} – ${areaName('departement', row.code)}` : areaName(row.niveau, row.code);
}

function structure(row: ControlRow, lookups: ControlLookups): string {
  if (!row.id_structure) return AREA_LINE;
  const name = lookups.structure?.(row.id_structure)?.nom;
  return name ? `${name} (${row.id_structure})` : row.id_structure;
}

/** The cells of a line, in the order of CONTROL_HEADERS. */
export function controlCells(row: ControlRow, lookups: ControlLookups = {}): string[] {
  return [
    GRAVITY_LABELS[row.gravite],
    controlLabel(row.controle),
    territory(row),
    structure(row, lookups),
    row.annee === null ? '' : String(row.annee),
    controlMessage(row, lookups.indicator),
  ];
}
