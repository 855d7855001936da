// Centres de santé active at the cut-off date, by category.
import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { headline } from './headline';

export default defineTable({
  name: 'cds',
  title: 'Centres de santé actifs par catégorie',
  definition: 'Centres de santé non résiliés, par catégorie.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code],
  values: [
    column('nb_dentaire', 'Dentaires', 'count'),
    column('nb_infirmier', 'Infirmiers', 'count'),
    column('nb_medical', 'Médicaux', 'count'),
    column('nb_polyvalent', 'Polyvalents', 'count'),
    column('nb_total', 'Total', 'count'),
  ],
  sheet: 'Centres de santé',
  datasets: ['structures'],
  stock: true,
  rows: { of: 'structures', additive: ['nb_dentaire', 'nb_infirmier', 'nb_medical', 'nb_polyvalent', 'nb_total'] },
  secrecy: { public: 'dénombrements de centres, publics, non masqués' },
  headline,
  section: { label: 'Centres de santé', defaultIndicator: 'nb_total' },
});
