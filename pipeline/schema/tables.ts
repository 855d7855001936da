// The published output tables: their columns in contract order, and what a person reads about them.
// Browser-safe: the dashboard and the reports label and format the tables from this one description.

/** How a column is read and shown: `count` 1 234, `euro` 1 234,56 €, `percent` 57,5 %, `mean` 5 299,8. */
export type Unit = 'code' | 'text' | 'year' | 'count' | 'euro' | 'percent' | 'mean';

export interface Column {
  readonly name: string;
  readonly label: string;
  readonly unit: Unit;
}

export interface TableSpec {
  readonly name: TableName;
  readonly title: string;
  /** One sentence defining the figures, shown under the table. */
  readonly definition: string;
  readonly keys: readonly Column[];
  readonly values: readonly Column[];
}

const niveau: Column = { name: 'niveau', label: 'Niveau', unit: 'code' };
const code: Column = { name: 'code', label: 'Code', unit: 'code' };
const annee: Column = { name: 'annee', label: 'Année', unit: 'year' };
const typeStructure: Column = { name: 'type_structure', label: 'Type de structure', unit: 'code' };

const c = (name: string, label: string, unit: Unit): Column => ({ name, label, unit });

export const TABLES = {
  adhesions: {
    name: 'adhesions',
    title: 'MSP – adhésions à l’ACI par année',
    definition:
      'Contrats ACI signés et résiliés dans l’année ; actives = contrat signé au plus tard le 31/12 et non résilié à cette date.',
    keys: [niveau, code, annee, typeStructure],
    values: [
      c('nb_adhesions', 'Adhésions', 'count'),
      c('nb_resiliations', 'Résiliations', 'count'),
      c('nb_actives_fin_annee', 'Actives au 31/12', 'count'),
    ],
  },
  patientele: {
    name: 'patientele',
    title: 'MSP – patientèle et file active',
    definition:
      'Patientèle de référence = patientèle médecin traitant (16 ans et plus) + enfants de 0 à 16 ans ; moyennes = somme / nombre de structures ayant une ligne de patientèle dans l’année.',
    keys: [niveau, code, annee, typeStructure],
    values: [
      c('nb_structures', 'Structures', 'count'),
      c('patientele_mt_somme', 'Patientèle MT', 'count'),
      c('patientele_mt_moyenne', 'Patientèle MT moyenne', 'mean'),
      c('enfants_0_16_somme', 'Enfants 0-16 ans', 'count'),
      c('enfants_0_16_moyenne', 'Enfants 0-16 ans moyenne', 'mean'),
      c('patientele_reference_somme', 'Patientèle de référence', 'count'),
      c('patientele_reference_moyenne', 'Patientèle de référence moyenne', 'mean'),
      c('file_active_somme', 'File active', 'count'),
      c('file_active_moyenne', 'File active moyenne', 'mean'),
    ],
  },
  remunerations: {
    name: 'remunerations',
    title: 'MSP – rémunération ACI',
    definition:
      'Structures rémunérées : prérequis atteints et montant positif ; moyenne, minimum et maximum calculés sur ces structures, moyenne année complète sur celles présentes toute l’année.',
    keys: [niveau, code, annee, typeStructure],
    values: [
      c('nb_remunerees', 'Structures rémunérées', 'count'),
      c('montant_total', 'Montant total', 'euro'),
      c('avance', 'Avance', 'euro'),
      c('solde', 'Solde', 'euro'),
      c('moyenne', 'Moyenne', 'euro'),
      c('moyenne_annee_complete', 'Moyenne année complète', 'euro'),
      c('minimum', 'Minimum', 'euro'),
      c('maximum', 'Maximum', 'euro'),
      c('nb_prerequis_non_atteints', 'Prérequis non atteints', 'count'),
    ],
  },
  professionnels: {
    name: 'professionnels',
    title: 'MSP – professionnels par profession',
    definition:
      'Sur les structures ayant déclaré au moins un professionnel dans l’année ; moyenne par structure présente = professionnels / structures en comptant au moins un.',
    keys: [niveau, code, annee, typeStructure, c('profession', 'Profession', 'text')],
    values: [
      c('nb_professionnels', 'Professionnels', 'count'),
      c('nb_structures_avec', 'Structures en comptant', 'count'),
      c('pct_structures_avec', 'Part des structures', 'percent'),
      c('moyenne_par_structure', 'Moyenne par structure', 'mean'),
      c('moyenne_par_structure_presente', 'Moyenne par structure concernée', 'mean'),
    ],
  },
  cpts_couverture: {
    name: 'cpts_couverture',
    title: 'CPTS – couverture de la population',
    definition:
      'Population couverte = population légale des communes distinctes du territoire d’au moins une CPTS signataire de l’ACI ; validées = projet de santé validé ou ACI signé.',
    keys: [niveau, code],
    values: [
      c('nb_en_projet', 'En projet', 'count'),
      c('nb_validees', 'Validées', 'count'),
      c('nb_signataires', 'Signataires ACI', 'count'),
      c('population_couverte', 'Population couverte', 'count'),
      c('population', 'Population', 'count'),
      c('taux_couverture', 'Taux de couverture', 'percent'),
    ],
  },
  cds: {
    name: 'cds',
    title: 'Centres de santé actifs par catégorie',
    definition: 'Centres de santé non résiliés, par catégorie.',
    keys: [niveau, code],
    values: [
      c('nb_dentaire', 'Dentaires', 'count'),
      c('nb_infirmier', 'Infirmiers', 'count'),
      c('nb_medical', 'Médicaux', 'count'),
      c('nb_polyvalent', 'Polyvalents', 'count'),
      c('nb_total', 'Total', 'count'),
    ],
  },
  depistage: {
    name: 'depistage',
    title: 'Prévention – participation au dépistage organisé',
    definition:
      'Taux de participation = personnes dépistées / population cible ; taux régional de la source, ou calculé sur les effectifs, jamais moyenne de taux.',
    keys: [niveau, code, c('programme', 'Programme', 'text'), annee],
    values: [c('taux', 'Taux de participation', 'percent')],
  },
} as const satisfies Record<string, Omit<TableSpec, 'name'> & { name: string }>;

export type TableName = keyof typeof TABLES;

/** Tables in the order of the commission deck. */
export const TABLE_NAMES: readonly TableName[] = [
  'adhesions',
  'patientele',
  'remunerations',
  'professionnels',
  'cpts_couverture',
  'cds',
  'depistage',
];

export function tableSpec(name: TableName): TableSpec {
  return TABLES[name];
}

export function columnsOf(name: TableName): readonly Column[] {
  const spec = tableSpec(name);
  return [...spec.keys, ...spec.values];
}

export const PROFESSIONS = {
  medecin_generaliste: 'Médecins généralistes',
  medecin_autre_specialite: 'Médecins d’autres spécialités',
  infirmier: 'Infirmiers',
  ipa: 'Infirmiers en pratique avancée',
  masseur_kinesitherapeute: 'Masseurs-kinésithérapeutes',
  sage_femme: 'Sages-femmes',
  pedicure_podologue: 'Pédicures-podologues',
  orthophoniste: 'Orthophonistes',
  pharmacien: 'Pharmaciens',
  chirurgien_dentiste: 'Chirurgiens-dentistes',
  orthoptiste: 'Orthoptistes',
  biologiste: 'Biologistes',
  psychologue: 'Psychologues',
  autre_professionnel_sante: 'Autres professionnels de santé',
  autre_hors_sante: 'Autres (hors santé)',
} as const;
export type Profession = keyof typeof PROFESSIONS;

export const PROGRAMMES = {
  sein: 'Cancer du sein',
  col_uterus: 'Cancer du col de l’utérus',
  colorectal: 'Cancer colorectal',
} as const;
export type Programme = keyof typeof PROGRAMMES;

export const CDS_CATEGORIES = {
  dentaire: 'Dentaire',
  infirmier: 'Infirmier',
  medical: 'Médical',
  polyvalent: 'Polyvalent',
} as const;
export type CdsCategory = keyof typeof CDS_CATEGORIES;

export const STRUCTURE_TYPES = ['MSP', 'CDS', 'CPTS'] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];
