// CDS – patientèle and file active per group of categories (null: not applicable, never 0).

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { CDS_GROUP_TOTAL, NONE } from '../../secrecy/rule';
import { headline } from './headline';

const MEASURES = ['patientele_mt', 'patientele_mt_elargie', 'file_active_mg', 'file_active_dentaire', 'file_active_infirmiere'];

export default defineTable({
  name: 'cds_patientele',
  title: 'CDS – patientèle et file active par profession',
  definition:
    'Sommes sur les centres ayant une ligne de patientèle dans l’année ; chaque moyenne = somme / centres renseignant la colonne (une patientèle sans objet, par exemple médecin traitant d’un centre dentaire, n’est ni comptée ni mise à zéro).',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee, KEY_COLUMNS.categorie],
  values: [
    column('nb_centres', 'Centres', 'count'),
    column('patientele_mt_somme', 'Patientèle MT', 'count'),
    column('patientele_mt_moyenne', 'Patientèle MT moyenne', 'mean'),
    column('patientele_mt_elargie_somme', 'Patientèle MT élargie', 'count'),
    column('patientele_mt_elargie_moyenne', 'Patientèle MT élargie moyenne', 'mean'),
    column('file_active_mg_somme', 'File active médecine générale', 'count'),
    column('file_active_mg_moyenne', 'File active médecine générale moyenne', 'mean'),
    column('file_active_dentaire_somme', 'File active dentaire', 'count'),
    column('file_active_dentaire_moyenne', 'File active dentaire moyenne', 'mean'),
    column('file_active_infirmiere_somme', 'File active infirmière', 'count'),
    column('file_active_infirmiere_moyenne', 'File active infirmière moyenne', 'mean'),
  ],
  sheet: 'CDS patientèle',
  datasets: ['patientele'],
  rows: {
    of: 'structures',
    additive: [
      'nb_centres',
      'patientele_mt_somme',
      'patientele_mt_elargie_somme',
      'file_active_mg_somme',
      'file_active_dentaire_somme',
      'file_active_infirmiere_somme',
    ],
  },
  secrecy: {
    ...NONE,
    weight: 'nb_centres',
    sums: MEASURES.map((measure) => `${measure}_somme`),
    patientCounts: MEASURES.map((measure) => `${measure}_somme`),
    // Each mean divides by the centres giving that column, a number published nowhere: no
    // equation, but shown only beside its shown sum.
    others: MEASURES.map((measure) => `${measure}_moyenne`),
    links: MEASURES.map((measure) => [`${measure}_somme`, `${measure}_moyenne`]),
    categoryTotals: [CDS_GROUP_TOTAL],
  },
  headline,
  section: { label: 'CDS – patientèle', defaultIndicator: 'patientele_mt_somme' },
});
