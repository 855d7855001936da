// The dashboard's sections follow the commission deck, one published table each.
import { TABLES, type TableName } from '../../../pipeline/schema';

export interface Section {
  readonly id: TableName;
  /** Short label of the navigation. */
  readonly label: string;
  /** Indicator shown when the URL names none. */
  readonly defaultIndicator: string;
}

export const SECTIONS: readonly Section[] = [
  // New contracts by default: the deck's grid of contracts per department and year since 2015.
  { id: 'adhesions', label: 'MSP – adhésions', defaultIndicator: 'nb_adhesions' },
  { id: 'patientele', label: 'MSP – patientèle', defaultIndicator: 'patientele_reference_somme' },
  { id: 'remunerations', label: 'MSP – rémunération ACI', defaultIndicator: 'montant_total' },
  { id: 'professionnels', label: 'MSP – professionnels', defaultIndicator: 'nb_professionnels' },
  { id: 'cpts_couverture', label: 'CPTS – couverture', defaultIndicator: 'taux_couverture' },
  { id: 'cds', label: 'Centres de santé', defaultIndicator: 'nb_total' },
  { id: 'depistage', label: 'Dépistage organisé', defaultIndicator: 'taux' },
];

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
