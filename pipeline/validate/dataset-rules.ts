// The rules of the contract that look beyond one cell: references to other datasets and to the
// geography, sums that must agree, and statuses that must fit the type of structure.
import type { DatasetName } from '../schema';
import { problem, quoted } from './column-checks';

export interface Rule {
  /** SQL condition, true when the row breaks the rule. */
  readonly when: string;
  /** SQL struct built with `problem()`. */
  readonly problem: string;
}

export interface DatasetRules {
  /** Joins added to the checked rows (aliased `typed`); each must match at most one row. */
  readonly joins: string;
  /** Rules tested after the column checks: a row breaking `when` gets `problem`. */
  readonly rules: readonly Rule[];
  /** Replaces or adds columns of the kept rows (`typed.* REPLACE (…)` list, then extra columns). */
  readonly replace?: string;
  readonly extra?: readonly string[];
}

const structureJoin = 'LEFT JOIN structures s ON s.id_structure = typed.id_structure';

const unknownStructure: Rule = {
  when: 's.id_structure IS NULL',
  problem: problem(
    'id_structure',
    'raw_id_structure',
    quoted('raw_id_structure', 'n’est pas une structure de structures.csv (ou sa ligne y a été rejetée) : corriger l’identifiant ou ajouter la structure'),
  ),
};

// The structure's department and type travel with the rows that refer to it: the models then
// aggregate millions of rows without joining them to the structures again.
const structureColumns = ['s.departement AS departement', 's.type_structure AS type_structure'];

const knownStructure: DatasetRules = { joins: structureJoin, rules: [unknownStructure], extra: structureColumns };

export const DATASET_RULES: Record<DatasetName, DatasetRules> = {
  structures: {
    joins: 'LEFT JOIN ref_lieux l ON l.code = typed.code_commune',
    rules: [
      {
        when: 'l.code IS NULL',
        problem: problem(
          'code_commune',
          'raw_code_commune',
          quoted('raw_code_commune', 'n’est pas un code commune INSEE connu (5 caractères, ex. 01053, 2A004, 97101) : corriger le code de la commune siège'),
        ),
      },
      {
        when: 'typed.departement IS NOT NULL AND typed.departement <> l.departement',
        problem: problem(
          'departement',
          'raw_departement',
          `'« ' || raw_departement || ' » ne correspond pas à la commune ' || typed.code_commune
            || ', située dans le département ' || l.departement || ' : corriger le département ou la commune'`,
        ),
      },
      {
        when: `typed.type_structure = 'CPTS' AND typed.statut IN ('actif', 'resilie')
          OR typed.type_structure <> 'CPTS' AND typed.statut IN ('projet', 'validee', 'signataire')`,
        problem: problem(
          'statut',
          'raw_statut',
          `'« ' || raw_statut || ' » n’est pas un statut possible pour une structure de type ' || typed.type_structure
            || ' (MSP et CDS : actif, resilie ; CPTS : projet, validee, signataire)'`,
        ),
      },
    ],
    replace: 'coalesce(typed.departement, l.departement) AS departement',
    extra: ['l.region AS region'],
  },
  patientele: knownStructure,
  remunerations: {
    joins: structureJoin,
    extra: structureColumns,
    rules: [
      unknownStructure,
      {
        when: 'abs(typed.avance + typed.solde - typed.montant_total) > 0.01',
        problem: problem(
          'montant_total',
          'raw_montant_total',
          `'avance (' || euros_text(typed.avance) || ') + solde (' || euros_text(typed.solde) || ') = ' || euros_text(typed.avance + typed.solde)
            || ', différent de montant_total (' || euros_text(typed.montant_total) || ') : corriger l’un des trois montants'`,
        ),
      },
    ],
  },
  professionnels: knownStructure,
  cpts_communes: {
    joins: `${structureJoin} LEFT JOIN ref_lieux l ON l.code = typed.code_commune`,
    rules: [
      {
        when: "s.type_structure <> 'CPTS'",
        problem: problem(
          'id_structure',
          'raw_id_structure',
          `'« ' || raw_id_structure || ' » est une ' || s.type_structure || ', pas une CPTS : seules les CPTS ont un territoire'`,
        ),
      },
      unknownStructure,
      {
        when: 'l.code IS NULL',
        problem: problem(
          'code_commune',
          'raw_code_commune',
          quoted('raw_code_commune', 'n’est pas un code commune INSEE connu : corriger le code de la commune du territoire'),
        ),
      },
    ],
  },
  depistage: {
    joins: `LEFT JOIN ref_departements d ON d.code = typed.territoire
      LEFT JOIN ref_regions r ON 'R' || r.code = typed.territoire`,
    rules: [
      {
        when: 'd.code IS NULL AND r.code IS NULL',
        problem: problem(
          'territoire',
          'raw_territoire',
          quoted('raw_territoire', 'n’est ni un code de département (ex. 75, 2A, 971) ni R suivi d’un code de région (ex. R11) : corriger le territoire'),
        ),
      },
      {
        when: 'typed.nb_depistes > typed.population_cible',
        problem: problem(
          'nb_depistes',
          'raw_nb_depistes',
          `'« ' || raw_nb_depistes || ' » personnes dépistées dépasse la population cible (' || typed.population_cible || ') : corriger l’un des deux effectifs'`,
        ),
      },
      {
        when: 'typed.taux IS NULL AND (typed.nb_depistes IS NULL OR typed.population_cible IS NULL OR typed.population_cible = 0)',
        problem: problem('taux', 'raw_taux', `'ni taux, ni effectifs utilisables (nb_depistes et population_cible > 0) : renseigner l’un ou l’autre'`),
      },
    ],
  },
};
