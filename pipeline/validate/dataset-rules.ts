// The rules of the contract that look beyond one cell: references to other datasets and to the
// geography, sums that must agree, and statuses that must fit the type of structure.
import type { DatasetName } from '../schema';
import { problem, quoted } from './column-checks';

export interface DatasetRules {
  /** Joins added to the checked rows (aliased `typed`); each must match at most one row. */
  readonly joins: string;
  /** `WHEN … THEN problem` branches, tested after the column checks. */
  readonly rules: readonly string[];
  /** Replaces or adds columns of the kept rows (`typed.* REPLACE (…)` list, then extra columns). */
  readonly replace?: string;
  readonly extra?: readonly string[];
}

const knownStructure: DatasetRules = {
  joins: 'LEFT JOIN structures s ON s.id_structure = typed.id_structure',
  rules: [
    `WHEN s.id_structure IS NULL THEN ${problem(
      'id_structure',
      'raw_id_structure',
      quoted('raw_id_structure', 'n’est pas une structure de structures.csv (ou sa ligne y a été rejetée) : corriger l’identifiant ou ajouter la structure'),
    )}`,
  ],
};

export const DATASET_RULES: Record<DatasetName, DatasetRules> = {
  structures: {
    joins: 'LEFT JOIN ref_lieux l ON l.code = typed.code_commune',
    rules: [
      `WHEN l.code IS NULL THEN ${problem(
        'code_commune',
        'raw_code_commune',
        quoted('raw_code_commune', 'n’est pas un code commune INSEE connu (5 caractères, ex. 01053, 2A004, 97101) : corriger le code de la commune siège'),
      )}`,
      `WHEN typed.departement IS NOT NULL AND typed.departement <> l.departement THEN ${problem(
        'departement',
        'raw_departement',
        `'« ' || raw_departement || ' » ne correspond pas à la commune ' || typed.code_commune || ', située dans le département ' || l.departement || ' : corriger le département ou la commune'`,
      )}`,
      `WHEN typed.type_structure = 'CPTS' AND typed.statut IN ('actif', 'resilie')
         OR typed.type_structure <> 'CPTS' AND typed.statut IN ('projet', 'validee', 'signataire') THEN ${problem(
           'statut',
           'raw_statut',
           `'« ' || raw_statut || ' » n’est pas un statut possible pour une structure de type ' || typed.type_structure || ' (MSP et CDS : actif, resilie ; CPTS : projet, validee, signataire)'`,
         )}`,
    ],
    replace: 'coalesce(typed.departement, l.departement) AS departement',
    extra: ['l.region AS region'],
  },
  patientele: knownStructure,
  remunerations: {
    joins: knownStructure.joins,
    rules: [
      ...knownStructure.rules,
      `WHEN abs(typed.avance + typed.solde - typed.montant_total) > 0.01 THEN ${problem(
        'montant_total',
        'raw_montant_total',
        `'avance (' || typed.avance || ') + solde (' || typed.solde || ') = ' || (typed.avance + typed.solde) || ', différent de montant_total (' || typed.montant_total || ') : corriger l’un des trois montants'`,
      )}`,
    ],
  },
  professionnels: knownStructure,
  cpts_communes: {
    joins: `${knownStructure.joins} LEFT JOIN ref_lieux l ON l.code = typed.code_commune`,
    rules: [
      `WHEN s.id_structure IS NOT NULL AND s.type_structure <> 'CPTS' THEN ${problem(
        'id_structure',
        'raw_id_structure',
        `'« ' || raw_id_structure || ' » est une ' || s.type_structure || ', pas une CPTS : seules les CPTS ont un territoire'`,
      )}`,
      ...knownStructure.rules,
      `WHEN l.code IS NULL THEN ${problem(
        'code_commune',
        'raw_code_commune',
        quoted('raw_code_commune', 'n’est pas un code commune INSEE connu : corriger le code de la commune du territoire'),
      )}`,
    ],
  },
  depistage: {
    joins: `LEFT JOIN ref_departements d ON d.code = typed.territoire
      LEFT JOIN ref_regions r ON 'R' || r.code = typed.territoire`,
    rules: [
      `WHEN d.code IS NULL AND r.code IS NULL THEN ${problem(
        'territoire',
        'raw_territoire',
        quoted('raw_territoire', 'n’est ni un code de département (ex. 75, 2A, 971) ni R suivi d’un code de région (ex. R11) : corriger le territoire'),
      )}`,
      `WHEN typed.nb_depistes > typed.population_cible THEN ${problem(
        'nb_depistes',
        'raw_nb_depistes',
        `'« ' || raw_nb_depistes || ' » personnes dépistées dépasse la population cible (' || typed.population_cible || ') : corriger l’un des deux effectifs'`,
      )}`,
      `WHEN typed.taux IS NULL AND (typed.nb_depistes IS NULL OR typed.population_cible IS NULL OR typed.population_cible = 0) THEN ${problem(
        'taux',
        'raw_taux',
        `'ni taux, ni effectifs utilisables (nb_depistes et population_cible > 0) : renseigner l’un ou l’autre'`,
      )}`,
    ],
  },
};
