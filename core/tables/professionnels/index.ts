// MSP – professionals per profession (doctors and every profession added up), per department and year.

import { column, KEY_COLUMNS, PROFESSIONS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { NONE, structuresFromShare } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'professionnels',
  title: 'MSP – professionnels par profession',
  definition:
    'Sur les structures ayant déclaré au moins un professionnel dans l’année ; moyenne par structure présente = professionnels / structures en comptant au moins un. Médecins = généralistes et autres spécialités ; ensemble = toutes professions.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.typeStructure, KEY_COLUMNS.profession],
  values: [
    column('nb_professionnels', 'Professionnels', 'count'),
    column('nb_structures_avec', 'Structures en comptant', 'count'),
    column('pct_structures_avec', 'Part des structures', 'percent'),
    column('moyenne_par_structure', 'Moyenne par structure', 'mean'),
    column('moyenne_par_structure_presente', 'Moyenne par structure concernée', 'mean'),
  ],
  sheet: 'Professionnels',
  datasets: ['professionnels'],
  rows: { of: 'structures', additive: ['nb_professionnels', 'nb_structures_avec'] },
  secrecy: {
    ...NONE,
    weight: 'nb_structures_avec',
    sums: ['nb_professionnels'],
    means: [
      { mean: 'moyenne_par_structure_presente', sum: 'nb_professionnels', count: 'nb_structures_avec' },
      // Over every structure of the row: their number is public through the share shown beside it.
      { mean: 'moyenne_par_structure', sum: 'nb_professionnels', count: structuresFromShare },
    ],
    atLeast: [{ column: 'nb_professionnels', count: 'nb_structures_avec' }],
    // Contract v2: doctors = general practitioners + other specialists; ensemble = every profession.
    categoryTotals: [
      { across: 'profession', total: 'medecin', parts: ['medecin_generaliste', 'medecin_autre_specialite'], columns: ['nb_professionnels'] },
      { across: 'profession', total: 'ensemble', parts: Object.keys(PROFESSIONS), columns: ['nb_professionnels'] },
    ],
  },
  headline,
  section: { label: 'MSP – professionnels', defaultIndicator: 'nb_professionnels' },
});
