// What the data-quality page shows of the controls: counts by gravity, filter choices, the lines a
// choice keeps. Pure functions, so the page and its tests agree.
import { type ControlRow, departement, GRAVITIES, type Gravity } from '../../../core';

export interface ControlFilters {
  readonly gravite: Gravity | '';
  readonly controle: string;
  /** Department code, or '' for all. */
  readonly code: string;
}

export const NO_FILTER: ControlFilters = { gravite: '', controle: '', code: '' };

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

export function controlLabel(name: string): string {
  const words = name.replaceAll('_', ' ').replace(/\bcpts\b/g, 'CPTS');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
