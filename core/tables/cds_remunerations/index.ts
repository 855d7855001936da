// CDS – rémunération forfaitaire spécifique per group of categories, with trop-perçus and advances to pay back.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { CDS_GROUP_TOTAL, NONE } from '../../secrecy/rule';
import { headline } from './headline';

const CDS_GROUPS = (groupe: string[]) => ({ table: 'remunerations_groupes', column: 'nb_structures', where: { type_structure: ['CDS'], groupe } });

export default defineTable({
  name: 'cds_remunerations',
  title: 'CDS – rémunération forfaitaire spécifique',
  definition:
    'Centres rémunérés : prérequis atteints et montant positif ; trop-perçu = soldes négatifs de ces centres ; avance à rembourser = avances versées aux centres n’ayant pas atteint les prérequis.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.categorie],
  values: [
    column('nb_remunerees', 'Centres rémunérés', 'count'),
    column('montant_total', 'Montant total', 'euro'),
    column('avance', 'Avance', 'euro'),
    column('solde', 'Solde', 'euro'),
    column('trop_percu', 'Trop-perçu', 'euro'),
    column('moyenne', 'Moyenne', 'euro'),
    column('nb_prerequis_non_atteints', 'Prérequis non atteints', 'count'),
    column('avance_a_rembourser', 'Avance à rembourser', 'euro'),
  ],
  sheet: 'CDS rémunération',
  datasets: ['remunerations'],
  rows: {
    of: 'structures',
    additive: ['nb_remunerees', 'montant_total', 'avance', 'solde', 'trop_percu', 'nb_prerequis_non_atteints', 'avance_a_rembourser'],
  },
  secrecy: {
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
    // Every centre of groups 2–3 (a negative balance) has a trop-perçu, every one of group 4 an
    // advance to pay back, of a cent at least: a nil amount shown would say those groups are empty.
    covers: [
      { column: 'trop_percu', where: { categorie: 'ensemble' }, perStructure: 0.01, counts: CDS_GROUPS(['2', '3']) },
      { column: 'avance_a_rembourser', where: { categorie: 'ensemble' }, perStructure: 0.01, counts: CDS_GROUPS(['4']) },
    ],
  },
  headline,
  section: { label: 'CDS – rémunération', defaultIndicator: 'montant_total' },
});
