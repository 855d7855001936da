// What statistical secrecy means for each published table, declared once: which figures stand on
// structures, which count patients, and every relation a reader could use to undo a mask (totals,
// row identities, means, extremes, bounds). reports/secrecy builds the masks and the audit from
// these declarations alone, so a new table is a new entry here, not new code.
import { PROFESSIONS, tableSpec, type TableName } from '../../pipeline/schema';
import type { Row } from '../../pipeline/publish/published-tables';
import { NONE } from './rule-defaults';
import { V2_SECRECY_RULES } from './v2-rules';

/** mean × count = sum, the count being public (a column, or computed from public columns). */
export interface MeanRule {
  readonly mean: string;
  readonly sum: string;
  /** A public column of the row, or a function of the row's public columns; null: no base. */
  readonly count: string | ((row: Row) => number | null);
}

/**
 * A mean over a subset of the row's structures whose size is not published (the full-year mean):
 * nothing proves it stands on n structures or more, so a partner file never shows it.
 */
export interface UnpublishedBaseMeanRule {
  readonly mean: string;
  readonly sum: string;
  /** The row's minimum and maximum, between which the mean lies. */
  readonly within?: readonly [string, string];
}

/** Minimum and maximum of the structures' amounts whose total is `sum`. */
export interface ExtremeRule {
  readonly min: string;
  readonly max: string;
  readonly sum: string;
}

/**
 * share = scale × part / Σ part over the rows of the same area that differ only by `across` (an
 * indicator's weight in the remuneration, `poids_pct`). Shown, it is a linear equation on the
 * parts (its value a known coefficient); masked with its part, it says nothing more.
 */
export interface ShareRule {
  readonly share: string;
  readonly part: string;
  readonly across: string;
  readonly scale: number;
}

/**
 * Rows of one area that add up across a key: the row whose `across` value is `total` holds the sum
 * of the rows whose value is one of `parts`, column by column (professionals: `medecin`, `ensemble`).
 */
export interface CategoryTotalRule {
  readonly across: string;
  /** null: no such row, but the sum is public (a reader derives it, e.g. from a share and its count). */
  readonly total: string | null;
  /** Default: every other value of `across` but its other totals. */
  readonly parts?: readonly string[];
  /** Default: every sum of the rule. */
  readonly columns?: readonly string[];
}

export interface SecrecyRule {
  /** Public count of the structures behind the row's figures (never masked). */
  readonly weight: string;
  /** Additive figures standing on structures: a total row is the sum of its area rows. */
  readonly sums: readonly string[];
  /** Among `sums`, counts of patients: masked when they count 1 to n−1 patients. */
  readonly patientCounts: readonly string[];
  /** Within a row: the first column is the sum of the others. */
  readonly rowSums: readonly (readonly [string, ...string[]])[];
  readonly means: readonly MeanRule[];
  readonly unpublishedBaseMeans: readonly UnpublishedBaseMeanRule[];
  readonly extremes: readonly ExtremeRule[];
  /** `column` ≥ `count`: each structure counted contributes at least one. */
  readonly atLeast: readonly { readonly column: string; readonly count: string }[];
  /** `low` ≤ `high` on every row, two figures of the same structures (ETP ≤ staff). */
  readonly atMost: readonly { readonly low: string; readonly high: string }[];
  readonly shares: readonly ShareRule[];
  readonly categoryTotals: readonly CategoryTotalRule[];
  /** Among the figures, counts of structures themselves: masked when they count 1 to n−1. */
  readonly structureCounts: readonly string[];
  /**
   * Per column, the public column counting the structures it stands on when it is not `weight`;
   * null: that count is published nowhere, so the figure is masked whenever it is not nil.
   */
  readonly bases: Readonly<Record<string, string | null>>;
  /** A nil figure is information here (no structure in that group): it may be masked as a partner. */
  readonly maskableZeros: boolean;
  /**
   * Columns of a row masked together without a published equation between them (a mean over an
   * unpublished count, a share of a total that is no row).
   */
  readonly links: readonly (readonly string[])[];
  /** Further figures standing on structures, in no sum or mean (a share). */
  readonly others: readonly string[];
  /** Columns that may be negative (every other figure is ≥ 0). */
  readonly signed: readonly string[];
}


/** Every `<x>_somme` of a table with its `<x>_moyenne` (= somme / weight), read from the schema. */
export function sumsWithMeans(table: TableName, weight: string): { sums: string[]; means: MeanRule[] } {
  const names = tableSpec(table).values.map((column) => column.name);
  const sums = names.filter((name) => name.endsWith('_somme'));
  const means = sums
    .filter((sum) => names.includes(sum.replace(/_somme$/, '_moyenne')))
    .map((sum) => ({ mean: sum.replace(/_somme$/, '_moyenne'), sum, count: weight }));
  return { sums, means };
}

const patientele = sumsWithMeans('patientele', 'nb_structures');

export const SECRECY_RULES: Partial<Record<TableName, SecrecyRule>> = {
  ...V2_SECRECY_RULES,
  patientele: {
    ...NONE,
    weight: 'nb_structures',
    sums: patientele.sums,
    patientCounts: patientele.sums,
    rowSums: [['patientele_reference_somme', 'patientele_mt_somme', 'enfants_0_16_somme']],
    means: patientele.means,
  },
  remunerations: {
    ...NONE,
    weight: 'nb_remunerees',
    sums: ['montant_total', 'avance', 'solde'],
    rowSums: [['montant_total', 'avance', 'solde']],
    means: [{ mean: 'moyenne', sum: 'montant_total', count: 'nb_remunerees' }],
    unpublishedBaseMeans: [{ mean: 'moyenne_annee_complete', sum: 'montant_total', within: ['minimum', 'maximum'] }],
    extremes: [{ min: 'minimum', max: 'maximum', sum: 'montant_total' }],
    // Contract v2: a balance may be negative (an advance larger than the amount due).
    signed: ['solde'],
  },
  professionnels: {
    ...NONE,
    weight: 'nb_structures_avec',
    sums: ['nb_professionnels'],
    means: [
      { mean: 'moyenne_par_structure_presente', sum: 'nb_professionnels', count: 'nb_structures_avec' },
      // Over every structure of the row: their number is public through the share shown beside it.
      { mean: 'moyenne_par_structure', sum: 'nb_professionnels', count: structuresFromShare },
    ],
    atLeast: [{ column: 'nb_professionnels', count: 'nb_structures_avec' }],
    // Contract v2: doctors = general practitioners + other specialists; ensemble = every profession.
    categoryTotals: [
      { across: 'profession', total: 'medecin', parts: ['medecin_generaliste', 'medecin_autre_specialite'], columns: ['nb_professionnels'] },
      { across: 'profession', total: 'ensemble', parts: Object.keys(PROFESSIONS), columns: ['nb_professionnels'] },
    ],
  },
};

function structuresFromShare(row: Row): number | null {
  const withProfession = row.nb_structures_avec;
  const share = row.pct_structures_avec;
  if (typeof withProfession !== 'number' || typeof share !== 'number' || share <= 0) return null;
  return (100 * withProfession) / share;
}

/** The columns a rule may mask: every figure standing on structures. */
export function secretColumns(rule: SecrecyRule): string[] {
  return [
    ...new Set([
      ...rule.sums,
      ...rule.means.map((mean) => mean.mean),
      ...rule.unpublishedBaseMeans.map((mean) => mean.mean),
      ...rule.extremes.flatMap((extreme) => [extreme.min, extreme.max]),
      ...rule.shares.map((share) => share.share),
      ...rule.others,
    ]),
  ];
}
