// The input datasets of the data contract: their columns, types and keys. Reading, validation and
// the warehouse's clean tables are all derived from this one description.
import { CDS_CATEGORIES, PROFESSIONS, PROGRAMMES, STRUCTURE_EVENTS, STRUCTURE_TYPES, type StructureType } from './columns';

/**
 * How a cell is read:
 * - `id`, `code`, `text`: kept as text (codes keep their leading zeros);
 * - `integer`: a whole count ≥ 0; `money`: euros ≥ 0 with at most 2 decimals (`signed`: negative
 *   amounts allowed too); `decimal`: a number ≥ 0 (kept to 6 decimals); `percent`: 0–100;
 * - `year`: four digits; `period`: `YYYY`, `YYYY-MM` or `YYYY-Tn` (a quarter); `date`: `YYYY-MM-DD` or `DD/MM/YYYY`;
 * - `boolean`: oui/non, o/n, vrai/faux...; `enum`: one of `values`, any case.
 */
export type ValueType = 'id' | 'code' | 'text' | 'integer' | 'money' | 'decimal' | 'percent' | 'year' | 'period' | 'date' | 'boolean' | 'enum';

export interface DatasetColumn {
  readonly name: string;
  readonly type: ValueType;
  readonly required: boolean;
  readonly values?: readonly string[];
  /** A `money` column that may be negative (a balance). */
  readonly signed?: boolean;
  /**
   * Types of structure whose rows may leave this required column empty (null: "not applicable").
   * The column must still be in the file's header; other rows are rejected when it is empty.
   */
  readonly optionalFor?: readonly StructureType[];
}

/** Whether every row must give the column (not only the rows of some types of structure). */
export const requiredInEveryRow = (column: DatasetColumn): boolean => column.required && !column.optionalFor;

export interface DatasetSpec {
  readonly name: DatasetName;
  readonly columns: readonly DatasetColumn[];
  /** A later row repeating these values is rejected. */
  readonly key: readonly string[];
}

const required = (name: string, type: ValueType, values?: readonly string[]): DatasetColumn => ({
  name,
  type,
  required: true,
  ...(values ? { values } : {}),
});
const optional = (name: string, type: ValueType, values?: readonly string[]): DatasetColumn => ({
  name,
  type,
  required: false,
  ...(values ? { values } : {}),
});

const signedMoney = (name: string): DatasetColumn => ({ name, type: 'money', required: false, signed: true });

export const STATUTS = ['actif', 'resilie', 'projet', 'validee', 'signataire'] as const;

/** The `unite` of a territorial indicator (default `nombre`). */
export const TERRITORIAL_UNIT_CODES = ['nombre', 'pourcentage', 'euros'] as const;

export const DATASETS = {
  structures: {
    name: 'structures',
    key: ['id_structure'],
    columns: [
      required('id_structure', 'id'),
      required('type_structure', 'enum', STRUCTURE_TYPES),
      optional('categorie', 'enum', Object.keys(CDS_CATEGORIES)),
      optional('nom', 'text'),
      required('code_commune', 'code'),
      optional('departement', 'code'),
      optional('date_adhesion', 'date'),
      optional('date_resiliation', 'date'),
      optional('statut', 'enum', STATUTS),
      optional('multi_sites', 'boolean'),
      optional('population_couverte', 'integer'),
    ],
  },
  patientele: {
    name: 'patientele',
    key: ['id_structure', 'annee'],
    columns: [
      required('id_structure', 'id'),
      required('annee', 'year'),
      // A CDS may leave them empty: a dental centre has no médecin traitant patients (version 2).
      { ...required('patientele_mt', 'integer'), optionalFor: ['CDS'] },
      { ...required('enfants_0_16', 'integer'), optionalFor: ['CDS'] },
      { ...required('file_active', 'integer'), optionalFor: ['CDS'] },
      optional('part_css', 'percent'),
      optional('part_ame', 'percent'),
      optional('patientele_mt_elargie', 'integer'),
      optional('file_active_dentaire', 'integer'),
      optional('file_active_infirmiere', 'integer'),
    ],
  },
  remunerations: {
    name: 'remunerations',
    key: ['id_structure', 'annee'],
    columns: [
      required('id_structure', 'id'),
      required('annee', 'year'),
      required('montant_total', 'money'),
      optional('avance', 'money'),
      // Negative when the advance paid exceeded the amount due (a trop-perçu).
      signedMoney('solde'),
      optional('prerequis_atteints', 'boolean'),
      optional('annee_complete', 'boolean'),
      optional('avance_annee_suivante', 'money'),
    ],
  },
  professionnels: {
    name: 'professionnels',
    key: ['id_structure', 'annee', 'profession'],
    columns: [
      required('id_structure', 'id'),
      required('annee', 'year'),
      required('profession', 'enum', Object.keys(PROFESSIONS)),
      required('effectif', 'integer'),
      optional('etp', 'decimal'),
    ],
  },
  cpts_communes: {
    name: 'cpts_communes',
    key: ['id_structure', 'code_commune'],
    columns: [required('id_structure', 'id'), required('code_commune', 'code')],
  },
  depistage: {
    name: 'depistage',
    key: ['territoire', 'annee', 'programme'],
    columns: [
      required('territoire', 'code'),
      required('annee', 'year'),
      required('programme', 'enum', Object.keys(PROGRAMMES)),
      optional('taux', 'percent'),
      optional('nb_depistes', 'integer'),
      optional('population_cible', 'integer'),
    ],
  },
  indicateurs: {
    name: 'indicateurs',
    key: ['id_structure', 'annee', 'indicateur'],
    columns: [
      required('id_structure', 'id'),
      required('annee', 'year'),
      // A code of the reference list (data/reference/indicateurs.csv) for the structure's type.
      required('indicateur', 'code'),
      required('atteint', 'boolean'),
      optional('points', 'decimal'),
      optional('montant', 'money'),
    ],
  },
  indicateurs_territoriaux: {
    name: 'indicateurs_territoriaux',
    // Version 3: a row may give one modality of a breakdown (both empty: the indicator's total).
    key: ['territoire', 'periode', 'indicateur', 'dimension', 'modalite'],
    columns: [
      required('territoire', 'code'),
      required('periode', 'period'),
      required('indicateur', 'code'),
      required('valeur', 'decimal'),
      optional('libelle', 'text'),
      optional('unite', 'enum', TERRITORIAL_UNIT_CODES),
      optional('additif', 'boolean'),
      optional('dimension', 'code'),
      optional('modalite', 'code'),
      optional('libelle_modalite', 'text'),
    ],
  },
  evenements_structures: {
    name: 'evenements_structures',
    key: ['id_structure', 'date', 'evenement'],
    columns: [
      required('id_structure', 'id'),
      required('date', 'date'),
      required('evenement', 'enum', Object.keys(STRUCTURE_EVENTS)),
      // For the fund only: never in a table nor a partner output (read for nb_groupes).
      optional('groupe', 'text'),
      optional('motif', 'text'),
    ],
  },
} as const satisfies Record<string, Omit<DatasetSpec, 'name'> & { name: string }>;

export type DatasetName = keyof typeof DATASETS;

/** Datasets in load order: `structures` first, since the others refer to it. */
export const DATASET_NAMES: readonly DatasetName[] = [
  'structures',
  'patientele',
  'remunerations',
  'professionnels',
  'cpts_communes',
  'depistage',
  'indicateurs',
  'indicateurs_territoriaux',
  'evenements_structures',
];

export function datasetSpec(name: DatasetName): DatasetSpec {
  return DATASETS[name];
}

/** The exports as the fund names them, for people (« Export « patientèle » non fourni »). */
export const DATASET_LABELS: Readonly<Record<string, string>> = {
  structures: 'structures',
  patientele: 'patientèle',
  remunerations: 'rémunérations ACI',
  professionnels: 'professionnels',
  cpts_communes: 'territoires des CPTS',
  depistage: 'dépistage organisé',
  indicateurs: 'indicateurs de rémunération',
  indicateurs_territoriaux: 'indicateurs territoriaux',
  evenements_structures: 'événements des structures',
};
