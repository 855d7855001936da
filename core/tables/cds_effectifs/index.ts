// CDS – salaried staff (headcount and full-time equivalents) per group of categories and profession.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { CDS_GROUP_TOTAL, NONE } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'cds_effectifs',
  title: 'CDS – effectifs salariés en équivalents temps plein',
  definition:
    'Professionnels salariés déclarés par les centres de santé ayant au moins une ligne dans l’année, par groupe de catégories ; ETP = somme des équivalents temps plein déclarés (vide si aucun centre ne les donne).',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.categorie, KEY_COLUMNS.profession],
  values: [column('nb_centres', 'Centres', 'count'), column('effectif', 'Effectif', 'count'), column('etp', 'ETP', 'mean')],
  sheet: 'CDS effectifs',
  datasets: ['professionnels'],
  rows: { of: 'structures', additive: ['nb_centres', 'effectif', 'etp'] },
  secrecy: {
    ...NONE,
    weight: 'nb_centres',
    sums: ['effectif', 'etp'],
    // A salaried person is at most one full-time equivalent.
    atMost: [{ low: 'etp', high: 'effectif' }],
    categoryTotals: [{ across: 'profession', total: 'ensemble' }, CDS_GROUP_TOTAL],
  },
  headline,
  section: { label: 'CDS – effectifs (ETP)', defaultIndicator: 'etp' },
});
