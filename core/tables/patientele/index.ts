// MSP – patientèle médecin traitant, children and file active, per department and year.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { NONE, sumsWithMeans } from '../../secrecy/rule';
import { headline } from './headline';

const values = [
  column('nb_structures', 'Structures', 'count'),
  column('patientele_mt_somme', 'Patientèle MT', 'count'),
  column('patientele_mt_moyenne', 'Patientèle MT moyenne', 'mean'),
  column('enfants_0_16_somme', 'Enfants 0-16 ans', 'count'),
  column('enfants_0_16_moyenne', 'Enfants 0-16 ans moyenne', 'mean'),
  column('patientele_reference_somme', 'Patientèle de référence', 'count'),
  column('patientele_reference_moyenne', 'Patientèle de référence moyenne', 'mean'),
  column('file_active_somme', 'File active', 'count'),
  column('file_active_moyenne', 'File active moyenne', 'mean'),
];
const sums = sumsWithMeans(values, 'nb_structures');

export default defineTable({
  name: 'patientele',
  title: 'MSP – patientèle et file active',
  definition:
    'Patientèle de référence = patientèle médecin traitant (16 ans et plus) + enfants de 0 à 16 ans ; moyennes = somme / nombre de structures ayant une ligne de patientèle dans l’année.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.typeStructure],
  values,
  sheet: 'Patientèle',
  datasets: ['patientele'],
  rows: { of: 'structures', additive: ['nb_structures', 'patientele_mt_somme', 'enfants_0_16_somme', 'patientele_reference_somme', 'file_active_somme'] },
  secrecy: {
    ...NONE,
    weight: 'nb_structures',
    sums: sums.sums,
    patientCounts: sums.sums,
    rowSums: [['patientele_reference_somme', 'patientele_mt_somme', 'enfants_0_16_somme']],
    means: sums.means,
  },
  headline,
  section: { label: 'MSP – patientèle', defaultIndicator: 'patientele_reference_somme' },
});
