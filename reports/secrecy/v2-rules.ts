// Statistical secrecy of the contract-version-2 tables, in the declarations of table-rules.ts:
// area totals come from `sums`, totals along a key (professions, CDS groups, the five groups,
// indicators) from `categoryTotals`, per-column structure counts from `bases`.
import type { TableName } from '../../pipeline/schema';
import { NONE } from './rule-defaults';
import type { SecrecyRule } from './table-rules';

/** Every CDS group adds into `ensemble` (a CDS without category counts there only: ≥, kept as =). */
const CDS_GROUP_TOTAL = { across: 'categorie', total: 'ensemble' } as const;

const cdsPatienteleMeasures = ['patientele_mt', 'patientele_mt_elargie', 'file_active_mg', 'file_active_dentaire', 'file_active_infirmiere'];

export const V2_SECRECY_RULES: Partial<Record<TableName, SecrecyRule>> = {
  cds_effectifs: {
    ...NONE,
    weight: 'nb_centres',
    sums: ['effectif', 'etp'],
    // A salaried person is at most one full-time equivalent.
    atMost: [{ low: 'etp', high: 'effectif' }],
    categoryTotals: [{ across: 'profession', total: 'ensemble' }, CDS_GROUP_TOTAL],
  },
  cds_patientele: {
    ...NONE,
    weight: 'nb_centres',
    sums: cdsPatienteleMeasures.map((measure) => `${measure}_somme`),
    patientCounts: cdsPatienteleMeasures.map((measure) => `${measure}_somme`),
    // Each mean divides by the centres giving that column, a number published nowhere: no
    // equation, but shown only beside its shown sum.
    others: cdsPatienteleMeasures.map((measure) => `${measure}_moyenne`),
    links: cdsPatienteleMeasures.map((measure) => [`${measure}_somme`, `${measure}_moyenne`]),
    categoryTotals: [CDS_GROUP_TOTAL],
  },
  cds_remunerations: {
    ...NONE,
    weight: 'nb_remunerees',
    sums: ['montant_total', 'avance', 'solde', 'trop_percu', 'avance_a_rembourser'],
    rowSums: [['montant_total', 'avance', 'solde']],
    means: [{ mean: 'moyenne', sum: 'montant_total', count: 'nb_remunerees' }],
    // The advances to pay back stand on the centres that missed the prerequisites; the number of
    // paid centres with a negative balance behind `trop_percu` is published nowhere.
    bases: { avance_a_rembourser: 'nb_prerequis_non_atteints', trop_percu: null },
    signed: ['solde'],
    categoryTotals: [CDS_GROUP_TOTAL],
  },
  remunerations_groupes: {
    ...NONE,
    weight: 'nb_structures',
    sums: ['nb_structures'],
    structureCounts: ['nb_structures'],
    others: ['pct_structures'],
    links: [['nb_structures', 'pct_structures']],
    maskableZeros: true,
    // The five groups add up to every structure of the type: public (a share and its count give it).
    // Groups 1 to 3 are the paid structures (« structures / centres rémunérés » of the remuneration
    // tables), groups 4 and 5 those missing the prerequisites (« prérequis non atteints »): two more
    // public sums.
    categoryTotals: [
      { across: 'groupe', total: null },
      { across: 'groupe', total: null, parts: ['1', '2', '3'] },
      { across: 'groupe', total: null, parts: ['4', '5'] },
    ],
  },
  indicateurs: {
    ...NONE,
    weight: 'nb_structures',
    sums: ['nb_atteint', 'montant'],
    structureCounts: ['nb_atteint'],
    others: ['pct_atteint'],
    links: [['nb_atteint', 'pct_atteint']],
    // An indicator's amount is paid to the structures reaching it.
    bases: { montant: 'nb_atteint' },
    // Its weight in the group's remuneration: a share of the amounts of every indicator.
    shares: [{ share: 'poids_pct', part: 'montant', across: 'indicateur', scale: 100 }],
    categoryTotals: [CDS_GROUP_TOTAL, { across: 'indicateur', total: null, columns: ['montant'] }],
  },
};
