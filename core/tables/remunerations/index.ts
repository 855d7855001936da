// MSP – ACI remuneration per department and year: paid structures, amounts, means and extremes.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { NONE } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'remunerations',
  title: 'MSP – rémunération ACI',
  definition:
    'Structures rémunérées : prérequis atteints et montant positif ; moyenne, minimum et maximum calculés sur ces structures, moyenne année complète sur celles présentes toute l’année.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.typeStructure],
  values: [
    column('nb_remunerees', 'Structures rémunérées', 'count'),
    column('montant_total', 'Montant total', 'euro'),
    column('avance', 'Avance', 'euro'),
    column('solde', 'Solde', 'euro'),
    column('moyenne', 'Moyenne', 'euro'),
    column('moyenne_annee_complete', 'Moyenne année complète', 'euro'),
    column('minimum', 'Minimum', 'euro'),
    column('maximum', 'Maximum', 'euro'),
    column('nb_prerequis_non_atteints', 'Prérequis non atteints', 'count'),
  ],
  sheet: 'Rémunérations',
  datasets: ['remunerations'],
  rows: { of: 'structures', additive: ['nb_remunerees', 'montant_total', 'avance', 'solde', 'nb_prerequis_non_atteints'] },
  secrecy: {
    ...NONE,
    weight: 'nb_remunerees',
    sums: ['montant_total', 'avance', 'solde'],
    rowSums: [['montant_total', 'avance', 'solde']],
    means: [{ mean: 'moyenne', sum: 'montant_total', count: 'nb_remunerees' }],
    unpublishedBaseMeans: [{ mean: 'moyenne_annee_complete', sum: 'montant_total' }],
    extremes: [{ min: 'minimum', max: 'maximum', sum: 'montant_total' }],
    // Contract v2: a balance may be negative (an advance larger than the amount due).
    signed: ['solde'],
  },
  headline,
  section: { label: 'MSP – rémunération ACI', defaultIndicator: 'montant_total' },
});
