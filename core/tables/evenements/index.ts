// Controls and removals of agreements (contract version 3): structures having at least one event
// of a kind in the year, by department, type and CDS group.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { CDS_GROUP_TOTAL, NONE } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'evenements',
  title: 'Contrôles et déconventionnements des structures',
  definition:
    'Structures ayant eu au moins un événement de ce type dans l’année (comptées à l’arrêté pour son année) ; groupes = groupes de centres distincts parmi elles. Le motif et le nom du groupe restent à la caisse.',
  keys: [
    KEY_COLUMNS.niveau,
    KEY_COLUMNS.code,
    KEY_COLUMNS.annee,
    KEY_COLUMNS.typeStructure,
    KEY_COLUMNS.categorie,
    { ...column('evenement', 'Événement', 'code'), filterLabel: 'Événement' },
  ],
  values: [{ ...column('nb_structures', 'Structures', 'count'), flow: true }, column('nb_groupes', 'Groupes de centres', 'count')],
  sheet: 'Contrôles',
  datasets: ['evenements_structures', 'structures'],
  rows: { of: 'structures', additive: ['nb_structures'] },
  // The deck of N presented in N+1 says what happened since January of N+1 (« depuis le début de
  // l’année 2024 »), as for the contracts; and recalls the national count beside the region's.
  lastYear: 'contracts',
  otherRegions: true,
  secrecy: {
    ...NONE,
    weight: 'nb_structures',
    sums: ['nb_structures'],
    // Counts of events below n are masked, like any count of structures; a group count says as much.
    structureCounts: ['nb_structures', 'nb_groupes'],
    // Groups may span departments and categories: no sum, but never more groups than structures.
    others: ['nb_groupes'],
    atMost: [{ low: 'nb_groupes', high: 'nb_structures' }],
    links: [['nb_structures', 'nb_groupes']],
    maskableZeros: true,
    categoryTotals: [{ ...CDS_GROUP_TOTAL, columns: ['nb_structures'] }],
  },
  headline,
  section: { label: 'Contrôles des structures', defaultIndicator: 'nb_structures' },
});
