// Organised cancer screening: participation rates per department, programme and year.
import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { headline } from './headline';

export default defineTable({
  name: 'depistage',
  title: 'Prévention – participation au dépistage organisé',
  definition:
    'Taux de participation = personnes dépistées / population cible ; taux régional de la source, ou calculé sur les effectifs, jamais moyenne de taux.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, column('programme', 'Programme', 'text'), KEY_COLUMNS.annee],
  values: [column('taux', 'Taux de participation', 'percent')],
  sheet: 'Dépistage',
  datasets: ['depistage'],
  rows: { of: 'areas' },
  secrecy: { public: 'taux calculés sur des populations cibles départementales, non masqués' },
  headline,
  section: { label: 'Dépistage organisé', defaultIndicator: 'taux' },
});
