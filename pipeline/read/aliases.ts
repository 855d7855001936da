// Header labels that internal tools print for the contract's columns, as data: a dataset or a
// column added later only adds entries here (docs/pipeline.md lists them for people).
// A label is matched after the same normalisation as any header (pipeline/read/header.ts), so
// `Date d'adhésion`, `DATE D’ADHESION` and `date_d_adhesion` are one label.
// An entry applies to every dataset that has its column, or only to `datasets` when given.
// A header that names the column exactly always wins over an alias; among aliases, the first
// listed wins (so `Code INSEE` is preferred to `Commune`, which may hold a name).

export interface HeaderAlias {
  readonly label: string;
  readonly column: string;
  readonly datasets?: readonly string[];
}

/** Datasets whose rows are about structures that can have a FINESS number (not the CPTS territories). */
const WITH_FINESS = ['structures', 'patientele', 'remunerations', 'professionnels', 'indicateurs'];

export const HEADER_ALIASES: readonly HeaderAlias[] = [
  // Identifiers and places
  { label: 'Identifiant structure', column: 'id_structure' },
  { label: 'Identifiant de la structure', column: 'id_structure' },
  { label: 'N° structure', column: 'id_structure' },
  { label: 'Numéro de structure', column: 'id_structure' },
  { label: 'FINESS', column: 'id_structure', datasets: WITH_FINESS },
  { label: 'N° FINESS', column: 'id_structure', datasets: WITH_FINESS },
  { label: 'Type', column: 'type_structure', datasets: ['structures'] },
  { label: 'Catégorie de centre', column: 'categorie' },
  { label: 'Raison sociale', column: 'nom' },
  { label: 'Nom de la structure', column: 'nom' },
  { label: 'Code INSEE', column: 'code_commune' },
  { label: 'Code INSEE commune', column: 'code_commune' },
  { label: 'Code commune INSEE', column: 'code_commune' },
  { label: 'Commune', column: 'code_commune' },
  { label: 'Code département', column: 'departement' },
  { label: 'Dép.', column: 'departement' },
  { label: 'Date d’adhésion', column: 'date_adhesion' },
  { label: 'Date adhésion ACI', column: 'date_adhesion' },
  { label: 'Date de signature', column: 'date_adhesion' },
  { label: 'Date de résiliation', column: 'date_resiliation' },
  { label: 'Multisite', column: 'multi_sites' },
  { label: 'Population couverte (CPTS)', column: 'population_couverte' },
  // Years
  { label: 'Année de référence', column: 'annee' },
  { label: 'Année', column: 'annee' },
  { label: 'Exercice', column: 'annee' },
  // Patientèle
  { label: 'Patientèle médecin traitant', column: 'patientele_mt' },
  { label: 'Patientèle MT (16 ans et plus)', column: 'patientele_mt' },
  { label: 'Enfants 0-16 ans', column: 'enfants_0_16' },
  { label: 'Enfants de 0 à 16 ans', column: 'enfants_0_16' },
  { label: 'Part CSS (%)', column: 'part_css' },
  { label: 'Part AME (%)', column: 'part_ame' },
  { label: 'Patientèle MT élargie', column: 'patientele_mt_elargie' },
  { label: 'File active MG', column: 'file_active', datasets: ['patientele'] },
  { label: 'File active dentaire', column: 'file_active_dentaire' },
  { label: 'File active infirmière', column: 'file_active_infirmiere' },
  // Remuneration
  { label: 'Montant total versé', column: 'montant_total' },
  { label: 'Montant total', column: 'montant_total' },
  { label: 'Montant', column: 'montant_total', datasets: ['remunerations'] },
  { label: 'Montant', column: 'montant', datasets: ['indicateurs'] },
  { label: 'Avance versée', column: 'avance' },
  { label: 'Solde versé', column: 'solde' },
  { label: 'Prérequis', column: 'prerequis_atteints' },
  { label: 'Année complète', column: 'annee_complete' },
  { label: 'Avance année suivante', column: 'avance_annee_suivante' },
  { label: 'Avance N+1', column: 'avance_annee_suivante' },
  // Professionals
  { label: 'Nb professionnels', column: 'effectif' },
  { label: 'Nombre de professionnels', column: 'effectif' },
  { label: 'Effectif', column: 'effectif' },
  { label: 'ETP', column: 'etp' },
  { label: 'Équivalents temps plein', column: 'etp' },
  // Screening
  { label: 'Taux de participation', column: 'taux' },
  { label: 'Nombre de dépistés', column: 'nb_depistes' },
  { label: 'Nb dépistés', column: 'nb_depistes' },
  { label: 'Population cible', column: 'population_cible' },
  // Indicators (contract v2)
  { label: 'Code indicateur', column: 'indicateur' },
  { label: 'Objectif atteint', column: 'atteint' },
  { label: 'Nombre de points', column: 'points' },
  { label: 'Libellé', column: 'libelle' },
  { label: 'Unité', column: 'unite' },
  { label: 'Période', column: 'periode' },
];
