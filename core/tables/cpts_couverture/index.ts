// CPTS by stage and the share of the population living in the territory of a signed CPTS.
import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { headline } from './headline';

export default defineTable({
  name: 'cpts_couverture',
  title: 'CPTS – couverture de la population',
  definition:
    'Population couverte = population légale des communes distinctes du territoire d’au moins une CPTS signataire de l’ACI (avec les projets : de toute CPTS, quel que soit son statut) ; validées = projet de santé validé ou ACI signé.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code],
  values: [
    column('nb_en_projet', 'En projet', 'count'),
    column('nb_validees', 'Validées', 'count'),
    column('nb_signataires', 'Signataires ACI', 'count'),
    column('population_couverte', 'Population couverte', 'count'),
    column('population', 'Population', 'count'),
    column('taux_couverture', 'Taux de couverture', 'percent'),
    column('population_couverte_avec_projets', 'Population couverte avec les projets', 'count'),
    column('taux_couverture_avec_projets', 'Taux de couverture avec les projets', 'percent'),
  ],
  sheet: 'CPTS',
  datasets: ['structures', 'cpts_communes'],
  otherSources: 'populations légales INSEE',
  stock: true,
  otherRegions: true,
  rows: { of: 'structures', additive: ['nb_en_projet', 'nb_validees', 'nb_signataires'] },
  secrecy: { public: 'dénombrements de CPTS et populations légales, publics, non masqués' },
  headline,
  section: { label: 'CPTS – couverture', defaultIndicator: 'taux_couverture' },
});
