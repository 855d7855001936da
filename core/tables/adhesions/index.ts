// MSP – ACI contracts per year: signed, ended, and active on 31 December (a stock at the cut-off).
import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { headline } from './headline';

export default defineTable({
  name: 'adhesions',
  title: 'MSP – adhésions à l’ACI par année',
  definition: 'Contrats ACI signés et résiliés dans l’année ; actives = contrat signé au plus tard le 31/12 et non résilié à cette date.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.typeStructure],
  values: [
    { ...column('nb_adhesions', 'Adhésions', 'count'), flow: true },
    { ...column('nb_resiliations', 'Résiliations', 'count'), flow: true },
    column('nb_actives_fin_annee', 'Actives au 31/12', 'count'),
  ],
  sheet: 'Adhésions',
  datasets: ['structures'],
  stock: true,
  lastYear: 'contracts',
  rows: { of: 'structures', additive: ['nb_adhesions', 'nb_resiliations', 'nb_actives_fin_annee'] },
  secrecy: { public: 'dénombrements de contrats, publics, non masqués' },
  headline,
  section: { label: 'MSP – adhésions', defaultIndicator: 'nb_adhesions' },
});
