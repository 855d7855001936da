// The columns of the published tables, and the catalogues that spell their codes out for people.
// Browser-safe: the dashboard and the reports label and format the tables from these.

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
  /** Counts of events within a year (flows): over the years they add up, to a period's total. */
  readonly flow?: boolean;
  /** The dashboard filter's label when the column's own names the code rather than what it chooses. */
  readonly filterLabel?: string;
}

/** Key columns shared by the tables. */
export const KEY_COLUMNS = {
  niveau: { name: 'niveau', label: 'Niveau', unit: 'code' },
  code: { name: 'code', label: 'Code', unit: 'code' },
  annee: { name: 'annee', label: 'Année', unit: 'year' },
  typeStructure: { name: 'type_structure', label: 'Type de structure', unit: 'code' },
  profession: { name: 'profession', label: 'Profession', unit: 'text' },
  categorie: { name: 'categorie', label: 'Catégorie de centres', unit: 'code' },
} as const satisfies Record<string, Column>;

/** A column: `column('montant_total', 'Montant total', 'euro')`. */
export const column = (name: string, label: string, unit: Unit): Column => ({ name, label, unit });

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

/** What happens to a structure's agreement besides signature and termination (contract version 3). */
export const STRUCTURE_EVENTS = {
  controle_lance: 'Contrôles lancés',
  procedure_conventionnelle: 'Procédures conventionnelles',
  deconventionnement: 'Déconventionnements',
  suspension: 'Suspensions',
  reconventionnement: 'Reconventionnements',
} as const;
export type StructureEvent = keyof typeof STRUCTURE_EVENTS;

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
  evenement: STRUCTURE_EVENTS,
};

/** A key's code as a person reads it: its catalogue's label (`infirmier` → Infirmiers), else the code. */
export function keyLabel(name: string, value: unknown): string {
  const text = String(value ?? '');
  return KEY_CATALOGUES[name]?.[text] ?? text;
}
