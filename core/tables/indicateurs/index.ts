// Remuneration – how many structures reach each indicator, and its weight in the remuneration.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { CDS_GROUP_TOTAL, NONE } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'indicateurs',
  title: 'Rémunération – atteinte des indicateurs',
  definition:
    'Structures dont la rémunération a été calculée (au moins une ligne d’indicateur dans l’année) ; part atteinte = structures atteignant l’indicateur / ces structures ; poids = montant de l’indicateur / montant de tous les indicateurs du groupe.',
  keys: [
    KEY_COLUMNS.niveau,
    KEY_COLUMNS.code,
    KEY_COLUMNS.annee,
    KEY_COLUMNS.typeStructure,
    KEY_COLUMNS.categorie,
    { ...column('indicateur', 'Code de l’indicateur', 'code'), filterLabel: 'Indicateur de rémunération' },
  ],
  values: [
    column('axe', 'Axe', 'text'),
    column('libelle', 'Indicateur', 'text'),
    column('nb_structures', 'Structures', 'count'),
    column('nb_atteint', 'Structures l’atteignant', 'count'),
    column('pct_atteint', 'Part des structures l’atteignant', 'percent'),
    column('montant', 'Montant', 'euro'),
    column('poids_pct', 'Poids dans la rémunération', 'percent'),
  ],
  sheet: 'Indicateurs',
  datasets: ['indicateurs'],
  deck: [{ part: 'MSP', before: 'professionnels' }, { part: 'CDS' }],
  rows: { of: 'structures', additive: ['nb_structures', 'nb_atteint', 'montant'] },
  secrecy: {
    ...NONE,
    weight: 'nb_structures',
    sums: ['nb_atteint', 'montant'],
    structureCounts: ['nb_atteint'],
    others: ['pct_atteint'],
    links: [['nb_atteint', 'pct_atteint']],
    // An indicator's amount is paid to the structures reaching it, a cent at least each: a nil
    // amount shown says that none reached it.
    bases: { montant: 'nb_atteint' },
    atLeast: [{ column: 'montant', count: 'nb_atteint', per: 0.01 }],
    // Its weight in the group's remuneration: a share of the amounts of every indicator.
    shares: [{ share: 'poids_pct', part: 'montant', across: 'indicateur', scale: 100 }],
    // The indicators' amounts add up to the group's remuneration: a reader knows that sum from any
    // amount shown beside its weight, which the share equations already say (and only then).
    categoryTotals: [CDS_GROUP_TOTAL],
  },
  headline,
  section: {
    label: 'Atteinte des indicateurs',
    defaultIndicator: 'pct_atteint',
    listBy: { key: 'indicateur', columns: ['axe', 'nb_atteint', 'pct_atteint', 'poids_pct'] },
  },
});
