// Remuneration – structures in each of the five groups by prerequisites and balance (MSP and CDS).

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { NONE } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'remunerations_groupes',
  title: 'Rémunération – structures par groupe (prérequis et solde)',
  definition:
    'Chaque structure ayant une ligne de rémunération dans l’année est dans un seul des cinq groupes, selon ses prérequis, son solde et l’avance de l’année suivante ; part = structures du groupe / structures du type.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.typeStructure, column('groupe', 'N° de groupe', 'code')],
  values: [column('libelle', 'Groupe', 'text'), column('nb_structures', 'Structures', 'count'), column('pct_structures', 'Part des structures', 'percent')],
  sheet: 'Groupes de rémunération',
  datasets: ['remunerations'],
  deck: [
    { part: 'MSP', before: 'professionnels' },
    { part: 'CDS', before: 'cds_remunerations' },
  ],
  rows: { of: 'structures', additive: ['nb_structures'] },
  secrecy: {
    ...NONE,
    weight: 'nb_structures',
    sums: ['nb_structures'],
    structureCounts: ['nb_structures'],
    others: ['pct_structures'],
    links: [['nb_structures', 'pct_structures']],
    maskableZeros: true,
    // The five groups add up to every structure of the type: public (a share and its count give it).
    // Groups 1 to 3 are the paid structures (« structures / centres rémunérés » of the remuneration
    // tables), groups 4 and 5 those missing the prerequisites (« prérequis non atteints »): two more
    // public sums.
    categoryTotals: [
      { across: 'groupe', total: null },
      { across: 'groupe', total: null, parts: ['1', '2', '3'] },
      { across: 'groupe', total: null, parts: ['4', '5'] },
    ],
  },
  headline,
  section: { label: 'Rémunération – groupes', defaultIndicator: 'nb_structures' },
});
