// What statistical secrecy means for each published table: which figures stand on structures or
// count patients, and which equations a reader could use to undo a mask.
import { PROFESSION_AGGREGATES, type TableName } from '../../pipeline/schema';
import { V2_SECRECY_RULES } from './v2-rules';

export interface SecrecyRule {
  /** Column holding the number of structures behind the row's figures. */
  readonly weight: string;
  /** Figures computed from those structures: masked when 1 to n−1 structures stand behind them. */
  readonly fromStructures: readonly string[];
  /** Counts of patients: masked when they count 1 to n−1 patients. */
  readonly patientCounts: readonly string[];
  /** Columns whose total row is the sum of the department rows. */
  readonly additive: readonly string[];
  /** Within a row: the first column is the sum of the others. */
  readonly rowSums: readonly (readonly [string, ...string[]])[];
  /** Within a row, columns that give one another away (a mean and its sum, the count being shown). */
  readonly links: readonly (readonly string[])[];
  /** Minima and maxima: the total's extreme may be a masked department's, so it is masked with it. */
  readonly extremes: readonly string[];
  /**
   * Rows that add up other rows of the same area across slices (the medecin and ensemble
   * professions): every figure of theirs is masked, so no masked cell can be recovered as an
   * aggregate minus the other rows.
   */
  readonly aggregateRows?: { readonly column: string; readonly values: readonly string[] };
  /** Counts of structures themselves (structures reaching an indicator): masked when 1 to n−1. */
  readonly structureCounts?: readonly string[];
  /**
   * Per column, the column counting the structures it stands on when it is not `weight`; null: that
   * count is not published, so the figure is masked whenever it is not nil.
   */
  readonly bases?: Readonly<Record<string, string | null>>;
  /** A nil figure is information here (no structure in that group): it may be masked as a partner. */
  readonly maskableZeros?: boolean;
  /** Rows adding up along a key other than the area (professions, groups of centres, indicators). */
  readonly keyTotals?: readonly KeyTotal[];
}

/**
 * Along `key`, the row whose key is `total` is the sum (for the `additive` columns) of the rows
 * whose key is in `parts` (default: every other value but the key's other totals). `total: null`:
 * no such row, but the sum is public (a reader derives it, e.g. from a share and its count).
 */
export interface KeyTotal {
  readonly key: string;
  readonly total: string | null;
  readonly parts?: readonly string[];
}

export const SECRECY_RULES: Partial<Record<TableName, SecrecyRule>> = {
  ...V2_SECRECY_RULES,
  patientele: {
    weight: 'nb_structures',
    fromStructures: [
      'patientele_mt_somme',
      'patientele_mt_moyenne',
      'enfants_0_16_somme',
      'enfants_0_16_moyenne',
      'patientele_reference_somme',
      'patientele_reference_moyenne',
      'file_active_somme',
      'file_active_moyenne',
    ],
    patientCounts: ['patientele_mt_somme', 'enfants_0_16_somme', 'patientele_reference_somme', 'file_active_somme'],
    additive: ['patientele_mt_somme', 'enfants_0_16_somme', 'patientele_reference_somme', 'file_active_somme'],
    rowSums: [['patientele_reference_somme', 'patientele_mt_somme', 'enfants_0_16_somme']],
    links: [
      ['patientele_mt_somme', 'patientele_mt_moyenne'],
      ['enfants_0_16_somme', 'enfants_0_16_moyenne'],
      ['patientele_reference_somme', 'patientele_reference_moyenne'],
      ['file_active_somme', 'file_active_moyenne'],
    ],
    extremes: [],
  },
  remunerations: {
    weight: 'nb_remunerees',
    fromStructures: ['montant_total', 'avance', 'solde', 'moyenne', 'moyenne_annee_complete', 'minimum', 'maximum'],
    patientCounts: [],
    additive: ['montant_total', 'avance', 'solde'],
    rowSums: [['montant_total', 'avance', 'solde']],
    links: [['montant_total', 'moyenne']],
    extremes: ['minimum', 'maximum'],
    // The full-year mean stands on the structures present all year, a count published nowhere:
    // shown beside a public count it would give a masked total back (mean × count), so a partner
    // never gets it.
    bases: { moyenne_annee_complete: null },
  },
  professionnels: {
    weight: 'nb_structures_avec',
    fromStructures: ['nb_professionnels', 'moyenne_par_structure', 'moyenne_par_structure_presente'],
    patientCounts: [],
    additive: ['nb_professionnels'],
    rowSums: [],
    links: [['nb_professionnels', 'moyenne_par_structure', 'moyenne_par_structure_presente']],
    extremes: [],
    aggregateRows: { column: 'profession', values: Object.keys(PROFESSION_AGGREGATES) },
  },
};
