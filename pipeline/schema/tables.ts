// The published output tables: their columns in contract order, and what a person reads about them.
// Browser-safe: the dashboard and the reports label and format the tables from this one description.

/** How a column is read and shown: `count` 1 234, `euro` 1 234,56 €, `percent` 57,5 %, `mean` 5 299,8. */
export type Unit = 'code' | 'text' | 'year' | 'count' | 'euro' | 'percent' | 'mean';

export interface Column {
  readonly name: string;
  readonly label: string;
  readonly unit: Unit;
  /**
   * A column whose value on each row (`nombre`, `pourcentage`, `euros`) says how this one is read,
   * overriding `unit` (see TERRITORIAL_UNITS): territorial indicators mix counts, rates and amounts.
   */
  readonly unitFrom?: string;
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
const profession: Column = { name: 'profession', label: 'Profession', unit: 'text' };
const categorie: Column = { name: 'categorie', label: 'Catégorie de centres', unit: 'code' };

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
      'Sur les structures ayant déclaré au moins un professionnel dans l’année ; moyenne par structure présente = professionnels / structures en comptant au moins un. Médecins = généralistes et autres spécialités ; ensemble = toutes professions.',
    keys: [niveau, code, annee, typeStructure, profession],
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
      'Population couverte = population légale des communes distinctes du territoire d’au moins une CPTS signataire de l’ACI (avec les projets : de toute CPTS, quel que soit son statut) ; validées = projet de santé validé ou ACI signé.',
    keys: [niveau, code],
    values: [
      c('nb_en_projet', 'En projet', 'count'),
      c('nb_validees', 'Validées', 'count'),
      c('nb_signataires', 'Signataires ACI', 'count'),
      c('population_couverte', 'Population couverte', 'count'),
      c('population', 'Population', 'count'),
      c('taux_couverture', 'Taux de couverture', 'percent'),
      c('population_couverte_avec_projets', 'Population couverte avec les projets', 'count'),
      c('taux_couverture_avec_projets', 'Taux de couverture avec les projets', 'percent'),
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
  cds_effectifs: {
    name: 'cds_effectifs',
    title: 'CDS – effectifs salariés en équivalents temps plein',
    definition:
      'Professionnels salariés déclarés par les centres de santé ayant au moins une ligne dans l’année, par groupe de catégories ; ETP = somme des équivalents temps plein déclarés (vide si aucun centre ne les donne).',
    keys: [niveau, code, annee, categorie, profession],
    values: [c('nb_centres', 'Centres', 'count'), c('effectif', 'Effectif', 'count'), c('etp', 'ETP', 'mean')],
  },
  cds_patientele: {
    name: 'cds_patientele',
    title: 'CDS – patientèle et file active par profession',
    definition:
      'Sommes sur les centres ayant une ligne de patientèle dans l’année ; chaque moyenne = somme / centres renseignant la colonne (une patientèle sans objet, par exemple médecin traitant d’un centre dentaire, n’est ni comptée ni mise à zéro).',
    keys: [niveau, code, annee, categorie],
    values: [
      c('nb_centres', 'Centres', 'count'),
      c('patientele_mt_somme', 'Patientèle MT', 'count'),
      c('patientele_mt_moyenne', 'Patientèle MT moyenne', 'mean'),
      c('patientele_mt_elargie_somme', 'Patientèle MT élargie', 'count'),
      c('patientele_mt_elargie_moyenne', 'Patientèle MT élargie moyenne', 'mean'),
      c('file_active_mg_somme', 'File active médecine générale', 'count'),
      c('file_active_mg_moyenne', 'File active médecine générale moyenne', 'mean'),
      c('file_active_dentaire_somme', 'File active dentaire', 'count'),
      c('file_active_dentaire_moyenne', 'File active dentaire moyenne', 'mean'),
      c('file_active_infirmiere_somme', 'File active infirmière', 'count'),
      c('file_active_infirmiere_moyenne', 'File active infirmière moyenne', 'mean'),
    ],
  },
  cds_remunerations: {
    name: 'cds_remunerations',
    title: 'CDS – rémunération forfaitaire spécifique',
    definition:
      'Centres rémunérés : prérequis atteints et montant positif ; trop-perçu = soldes négatifs de ces centres ; avance à rembourser = avances versées aux centres n’ayant pas atteint les prérequis.',
    keys: [niveau, code, annee, categorie],
    values: [
      c('nb_remunerees', 'Centres rémunérés', 'count'),
      c('montant_total', 'Montant total', 'euro'),
      c('avance', 'Avance', 'euro'),
      c('solde', 'Solde', 'euro'),
      c('trop_percu', 'Trop-perçu', 'euro'),
      c('moyenne', 'Moyenne', 'euro'),
      c('nb_prerequis_non_atteints', 'Prérequis non atteints', 'count'),
      c('avance_a_rembourser', 'Avance à rembourser', 'euro'),
    ],
  },
  remunerations_groupes: {
    name: 'remunerations_groupes',
    title: 'Rémunération – structures par groupe (prérequis et solde)',
    definition:
      'Chaque structure ayant une ligne de rémunération dans l’année est dans un seul des cinq groupes, selon ses prérequis, son solde et l’avance de l’année suivante ; part = structures du groupe / structures du type.',
    keys: [niveau, code, annee, typeStructure, c('groupe', 'N° de groupe', 'code')],
    values: [c('libelle', 'Groupe', 'text'), c('nb_structures', 'Structures', 'count'), c('pct_structures', 'Part des structures', 'percent')],
  },
  indicateurs: {
    name: 'indicateurs',
    title: 'Rémunération – atteinte des indicateurs',
    definition:
      'Structures dont la rémunération a été calculée (au moins une ligne d’indicateur dans l’année) ; part atteinte = structures atteignant l’indicateur / ces structures ; poids = montant de l’indicateur / montant de tous les indicateurs du groupe.',
    keys: [niveau, code, annee, typeStructure, categorie, c('indicateur', 'Code de l’indicateur', 'code')],
    values: [
      c('axe', 'Axe', 'text'),
      c('libelle', 'Indicateur', 'text'),
      c('nb_structures', 'Structures', 'count'),
      c('nb_atteint', 'Structures l’atteignant', 'count'),
      c('pct_atteint', 'Part des structures l’atteignant', 'percent'),
      c('montant', 'Montant', 'euro'),
      c('poids_pct', 'Poids dans la rémunération', 'percent'),
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
  indicateurs_territoriaux: {
    name: 'indicateurs_territoriaux',
    title: 'Autres programmes – indicateurs territoriaux',
    definition:
      'Valeurs de la source par département ; ligne régionale de la source, ou somme des départements quand l’indicateur est additif et que chaque département a une valeur, jamais une moyenne de pourcentages.',
    keys: [niveau, code, c('indicateur', 'Code de l’indicateur', 'code'), c('periode', 'Période', 'text')],
    values: [c('libelle', 'Indicateur', 'text'), c('unite', 'Unité', 'code'), { ...c('valeur', 'Valeur', 'mean'), unitFrom: 'unite' }],
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
  'cds_effectifs',
  'cds_patientele',
  'cds_remunerations',
  'remunerations_groupes',
  'indicateurs',
  'depistage',
  'indicateurs_territoriaux',
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

/** Rows of the `professionnels` and `cds_effectifs` tables that add up several professions. */
export const PROFESSION_AGGREGATES = {
  medecin: 'Médecins (généralistes et autres spécialités)',
  ensemble: 'Ensemble des professionnels',
} as const;
export type ProfessionAggregate = keyof typeof PROFESSION_AGGREGATES;

/** Every `profession` a published table holds, in the deck's order: the 15 codes, then the aggregates. */
export const PROFESSION_LABELS: Record<Profession | ProfessionAggregate, string> = { ...PROFESSIONS, ...PROFESSION_AGGREGATES };

/**
 * The deck's groups of CDS categories, in its order: the `categorie` of the CDS tables and of
 * `indicateurs` (MSP rows have `ensemble` only). A CDS with no category counts in `ensemble` only.
 */
export const CDS_GROUPS = {
  polyvalent_medical: 'Polyvalents et médicaux',
  dentaire: 'Dentaires',
  infirmier: 'Infirmiers',
  ensemble: 'Ensemble',
} as const;
export type CdsGroup = keyof typeof CDS_GROUPS;

/** The categories of each CDS group (`ensemble`: every CDS, with or without a category). */
export const CDS_GROUP_CATEGORIES: Record<Exclude<CdsGroup, 'ensemble'>, readonly CdsCategory[]> = {
  polyvalent_medical: ['polyvalent', 'medical'],
  dentaire: ['dentaire'],
  infirmier: ['infirmier'],
};

/** The five groups of `remunerations_groupes`, by number, with the sentence a person reads. */
export const REMUNERATION_GROUPS = {
  '1': 'Prérequis atteints : rémunération versée en intégralité',
  '2': 'Prérequis atteints : trop-perçu récupéré sur l’avance de l’année suivante',
  '3': 'Prérequis atteints : trop-perçu supérieur à l’avance de l’année suivante',
  '4': 'Prérequis non atteints : avance à rembourser',
  '5': 'Prérequis non atteints : aucune avance versée',
} as const;

/** How a territorial indicator's `valeur` reads, by its `unite`. */
export const TERRITORIAL_UNITS: Record<string, Unit> = { nombre: 'count', pourcentage: 'percent', euros: 'euro' };

/** The unit a value of `row` is read in: the column's, or the one its row's `unitFrom` column names. */
export function unitOf(column: Column, row: Readonly<Record<string, unknown>>): Unit {
  if (!column.unitFrom) return column.unit;
  return TERRITORIAL_UNITS[String(row[column.unitFrom])] ?? column.unit;
}

/** Codes of the key columns spelt out for people, in the order they are listed. */
export const KEY_CATALOGUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  profession: PROFESSION_LABELS,
  programme: PROGRAMMES,
  categorie: CDS_GROUPS,
};
