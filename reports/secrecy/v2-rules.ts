// Statistical secrecy of the contract-version-2 tables, declared in one place so that they port to
// the data-driven rules of reports/secrecy being rewritten (branch h7): `weight` stays the public
// count, `fromStructures` ≈ its sums and means, `links` ≈ its means (mean = sum / count),
// `keyTotals`, `bases`, `structureCounts` and `maskableZeros` are the things that format will need to say.
import type { TableName } from '../../pipeline/schema';
import type { SecrecyRule } from './table-rules';

const NONE = { patientCounts: [], rowSums: [], links: [], extremes: [] } as const;

/** Every CDS group adds into `ensemble` (a CDS without category counts there only: ≥, kept as =). */
const CDS_GROUP_TOTAL = { key: 'categorie', total: 'ensemble' } as const;

const cdsPatienteleMeasures = ['patientele_mt', 'patientele_mt_elargie', 'file_active_mg', 'file_active_dentaire', 'file_active_infirmiere'];

export const V2_SECRECY_RULES: Partial<Record<TableName, SecrecyRule>> = {
  cds_effectifs: {
    ...NONE,
    weight: 'nb_centres',
    fromStructures: ['effectif', 'etp'],
    additive: ['effectif', 'etp'],
    keyTotals: [{ key: 'profession', total: 'ensemble' }, CDS_GROUP_TOTAL],
  },
  cds_patientele: {
    ...NONE,
    weight: 'nb_centres',
    fromStructures: cdsPatienteleMeasures.flatMap((measure) => [`${measure}_somme`, `${measure}_moyenne`]),
    patientCounts: cdsPatienteleMeasures.map((measure) => `${measure}_somme`),
    additive: cdsPatienteleMeasures.map((measure) => `${measure}_somme`),
    links: cdsPatienteleMeasures.map((measure) => [`${measure}_somme`, `${measure}_moyenne`]),
    keyTotals: [CDS_GROUP_TOTAL],
  },
  cds_remunerations: {
    ...NONE,
    weight: 'nb_remunerees',
    fromStructures: ['montant_total', 'avance', 'solde', 'trop_percu', 'moyenne', 'avance_a_rembourser'],
    additive: ['montant_total', 'avance', 'solde', 'trop_percu', 'avance_a_rembourser'],
    rowSums: [['montant_total', 'avance', 'solde']],
    links: [['montant_total', 'moyenne']],
    // The advances to pay back stand on the centres that missed the prerequisites; the number of
    // paid centres with a negative balance behind `trop_percu` is published nowhere.
    bases: { avance_a_rembourser: 'nb_prerequis_non_atteints', trop_percu: null },
    keyTotals: [CDS_GROUP_TOTAL],
  },
  remunerations_groupes: {
    ...NONE,
    weight: 'nb_structures',
    fromStructures: ['nb_structures', 'pct_structures'],
    structureCounts: ['nb_structures'],
    additive: ['nb_structures'],
    links: [['nb_structures', 'pct_structures']],
    maskableZeros: true,
    // The five groups add up to every structure of the type: public (a share and its count give it).
    keyTotals: [{ key: 'groupe', total: null }],
  },
  indicateurs: {
    ...NONE,
    weight: 'nb_structures',
    fromStructures: ['nb_atteint', 'pct_atteint', 'montant', 'poids_pct'],
    structureCounts: ['nb_atteint'],
    additive: ['nb_atteint', 'montant'],
    links: [['nb_atteint', 'pct_atteint'], ['montant', 'poids_pct']],
    // An indicator's amount is paid to the structures reaching it.
    bases: { montant: 'nb_atteint' },
    // The amounts of a group's indicators add up to its remuneration, public through the weights.
    keyTotals: [CDS_GROUP_TOTAL, { key: 'indicateur', total: null }],
  },
};
