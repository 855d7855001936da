// The rules of the contract that look beyond one cell: references to other datasets and to the
// geography, sums that must agree, and statuses that must fit the type of structure.
import { type DatasetColumn, type DatasetName, datasetSpec } from '../../core';
import { sqlIdentifier, sqlString } from '../load/warehouse';
import { problem, quoted, REF_PLACEHOLDER, rawName } from './column-checks';
import { AFTER_ARRETE } from './parameters';
import { REJECTED_STRUCTURE_ROWS_SQL } from './rejected-structures';

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
  /** Statements run once the dataset is checked. */
  readonly afterCheck?: readonly string[];
}

// The kept structure of each row, and the first rejected line of structures.csv with its identifier
// (rejected_structures, see rejected-structures.ts): a malformed record has a line, no ordinal.
const structureJoin = `LEFT JOIN structures s ON s.id_structure = typed.id_structure
      LEFT JOIN (
        SELECT id_structure, arg_min({'file': file_id, 'ord': ord, 'line': line}, file_id::BIGINT * 4294967296 + coalesce(line, ord + 2)) AS ref
        FROM rejected_structures GROUP BY id_structure
      ) AS rs ON rs.id_structure = typed.id_structure`;

// A structure whose own line was rejected is named with that line: correcting it keeps both rows,
// whereas « unknown structure » would send the person looking for a missing export.
const unknownStructure: Rule = {
  when: 's.id_structure IS NULL',
  problem: `CASE WHEN rs.id_structure IS NULL THEN ${problem(
    'id_structure',
    'raw_id_structure',
    quoted('raw_id_structure', 'n’est pas une structure de structures.csv (ou sa ligne y a été rejetée) : corriger l’identifiant ou ajouter la structure'),
  )} ELSE ${problem(
    'id_structure',
    'raw_id_structure',
    sqlString(`structure rejetée : ${REF_PLACEHOLDER} ; corriger d’abord cette ligne (son motif figure dans ce même fichier de rejets), puis relancer`),
    { file: 'rs.ref.file', ord: 'rs.ref.ord', line: 'rs.ref.line' },
  )} END`,
};

// The structure's department, type and CDS category travel with the rows that refer to it: the
// models then aggregate millions of rows without joining them to the structures again.
const structureColumns = ['s.departement AS departement', 's.type_structure AS type_structure', 's.categorie AS categorie'];

const knownStructure: DatasetRules = { joins: structureJoin, rules: [unknownStructure], extra: structureColumns };

/**
 * A required column that rows of some types of structure may leave empty (`optionalFor`; contract
 * version 2: a dental centre has no médecin traitant patients, so its empty cell means "not
 * applicable", kept as null). The other rows are rejected when it is empty or masked (an
 * unreadable value was already rejected by the column's own checks: null here is blank or masked).
 */
function requiredUnlessOptionalFor(column: DatasetColumn): Rule {
  const raw = rawName(column.name);
  const types = column.optionalFor ?? [];
  const except = types.map((type) => (type === 'CDS' ? 'un centre de santé' : `une ${type}`)).join(' ou ');
  return {
    when: `typed.${sqlIdentifier(column.name)} IS NULL AND s.type_structure NOT IN (${types.map(sqlString).join(', ')})`,
    problem: problem(
      column.name,
      raw,
      `CASE WHEN cell_blank(${raw})
        THEN ${sqlString(`${column.name} est obligatoire et vide (seul ${except} peut la laisser vide) : renseigner la valeur dans l’export source`)}
        ELSE '« ' || ${raw} || ' » ' || ${sqlString(`: valeur non diffusée dans une colonne obligatoire (${column.name}, sauf pour ${except}) ; la ligne ne peut pas être comptée, demander la valeur à la source`)} END`,
    ),
  };
}

const partlyRequired = (dataset: DatasetName): Rule[] =>
  datasetSpec(dataset)
    .columns.filter((column) => column.required && column.optionalFor)
    .map(requiredUnlessOptionalFor);

const territoryJoin = `LEFT JOIN ref_departements d ON d.code = typed.territoire
      LEFT JOIN ref_regions r ON 'R' || r.code = typed.territoire`;

const unknownTerritory: Rule = {
  when: 'd.code IS NULL AND r.code IS NULL',
  problem: problem(
    'territoire',
    'raw_territoire',
    quoted('raw_territoire', 'n’est ni un code de département (ex. 75, 2A, 971) ni R suivi d’un code de région (ex. R11) : corriger le territoire'),
  ),
};

// A row's place among the rows of its dataset, in reading order (file, then record).
const POSITION = '(typed.file_id::BIGINT * 4294967296 + typed.ord)';
const TERRITORIAL_UNIT = "coalesce(typed.unite, 'nombre')";
// A period's kind as a person reads it; a year has none (it may stand beside either kind).
const PERIOD_KIND = "CASE WHEN typed.periode LIKE '%-T_' THEN 'trimestre' WHEN length(typed.periode) = 7 THEN 'mois' END";

// The unit each territorial indicator code has on its first row (a readable or empty unit).
const firstUnits = `LEFT JOIN (
        SELECT lower(typed.indicateur) AS code, arg_min(${TERRITORIAL_UNIT}, ${POSITION}) AS unite, min(${POSITION}) AS first
        FROM typed
        WHERE typed.indicateur IS NOT NULL AND (typed.unite IS NOT NULL OR cell_blank(typed.raw_unite))
        GROUP BY ALL
      ) AS u ON u.code = lower(typed.indicateur)`;

// Version 3: the kind of period (month or quarter) each indicator has on its first such row.
const firstPeriodKinds = `LEFT JOIN (
        SELECT lower(typed.indicateur) AS code, arg_min(${PERIOD_KIND}, ${POSITION}) AS kind, min(${POSITION}) AS first
        FROM typed
        WHERE typed.indicateur IS NOT NULL AND ${PERIOD_KIND} IS NOT NULL
        GROUP BY ALL
      ) AS k ON k.code = lower(typed.indicateur)`;

const CODE_PATTERN = "'[a-z0-9_]+'";

// A breakdown (version 3): `dimension` and `modalite` come together, as codes; an indicator keeps
// one kind of period, so that a series is never half months, half quarters.
const BREAKDOWN_RULES: readonly Rule[] = [
  ...(['dimension', 'modalite'] as const).map((name) => ({
    when: `NOT regexp_full_match(lower(typed.${name}), ${CODE_PATTERN})`,
    problem: problem(
      name,
      `raw_${name}`,
      quoted(
        `raw_${name}`,
        `n’est pas un code (lettres sans accent, chiffres et _, ex. ${name === 'dimension' ? 'profession' : 'pharmacien'}) : corriger ${name}`,
      ),
    ),
  })),
  {
    when: 'typed.dimension IS NOT NULL AND typed.modalite IS NULL',
    problem: problem(
      'modalite',
      'raw_modalite',
      `'modalite est vide alors que dimension vaut « ' || typed.dimension || ' » : renseigner la modalité, ou vider la dimension pour le total de l’indicateur'`,
    ),
  },
  {
    when: 'typed.modalite IS NOT NULL AND typed.dimension IS NULL',
    problem: problem(
      'dimension',
      'raw_dimension',
      `'dimension est vide alors que modalite vaut « ' || typed.modalite || ' » : renseigner la dimension (ex. profession), ou vider la modalité pour le total'`,
    ),
  },
  {
    when: `${PERIOD_KIND} <> k.kind`,
    // Points to the indicator's first row of the other kind, like a repeated key.
    problem: problem(
      'periode',
      'raw_periode',
      `'« ' || raw_periode || ' » : l’indicateur ' || lower(typed.indicateur) || ' est donné par ' || k.kind
        || ' sur sa première ligne ; une série est en mois ou en trimestres, pas les deux : corriger la période ou le code'`,
      { file: 'k.first // 4294967296', ord: 'k.first % 4294967296' },
    ),
  },
];

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
    afterCheck: [REJECTED_STRUCTURE_ROWS_SQL],
  },
  patientele: {
    joins: structureJoin,
    extra: structureColumns,
    rules: [unknownStructure, ...partlyRequired('patientele')],
  },
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
    joins: territoryJoin,
    rules: [
      unknownTerritory,
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
  indicateurs: {
    joins: `${structureJoin} LEFT JOIN ref_indicateurs ri ON ri.code = lower(typed.indicateur)`,
    rules: [
      unknownStructure,
      {
        when: 'ri.code IS NULL',
        problem: problem(
          'indicateur',
          'raw_indicateur',
          quoted('raw_indicateur', 'n’est pas un code de la liste des indicateurs (data/reference/indicateurs.csv) : corriger le code de l’indicateur'),
        ),
      },
      {
        when: 'ri.type_structure <> s.type_structure',
        problem: problem(
          'indicateur',
          'raw_indicateur',
          `'« ' || raw_indicateur || ' » est un indicateur des ' || ri.type_structure || ', pas des ' || s.type_structure
            || ' : corriger le code de l’indicateur ou l’identifiant de la structure'`,
        ),
      },
    ],
    replace: 'ri.code AS indicateur',
    extra: structureColumns,
  },
  indicateurs_territoriaux: {
    joins: `${territoryJoin}
      ${firstUnits}
      ${firstPeriodKinds}`,
    rules: [
      unknownTerritory,
      {
        when: "NOT regexp_full_match(lower(typed.indicateur), '[a-z0-9_]+')",
        problem: problem(
          'indicateur',
          'raw_indicateur',
          quoted('raw_indicateur', 'n’est pas un code d’indicateur (lettres sans accent, chiffres et _, ex. prado_ic) : corriger le code'),
        ),
      },
      {
        when: `${TERRITORIAL_UNIT} = 'pourcentage' AND typed.valeur > 100`,
        problem: problem(
          'valeur',
          'raw_valeur',
          quoted('raw_valeur', 'n’est pas un pourcentage entre 0 et 100 (unite = pourcentage) : corriger la valeur ou l’unité'),
        ),
      },
      {
        when: `${TERRITORIAL_UNIT} <> u.unite`,
        // Points to the code's first row, like a repeated key.
        problem: problem(
          'unite',
          'raw_unite',
          `'« ' || ${TERRITORIAL_UNIT} || ' » : l’indicateur ' || lower(typed.indicateur) || ' est en « ' || u.unite
            || ' » sur sa première ligne ; un indicateur n’a qu’une unité : corriger l’unité ou le code'`,
          { file: 'u.first // 4294967296', ord: 'u.first % 4294967296' },
        ),
      },
      ...BREAKDOWN_RULES,
    ],
    // Codes are read in any case; the defaults of the contract are applied once, here.
    replace: `lower(typed.indicateur) AS indicateur, ${TERRITORIAL_UNIT} AS unite,
      coalesce(typed.additif, ${TERRITORIAL_UNIT} <> 'pourcentage') AS additif,
      lower(typed.dimension) AS dimension, lower(typed.modalite) AS modalite`,
    extra: [`${POSITION} AS rang_source`],
  },
  evenements_structures: {
    joins: `${structureJoin} CROSS JOIN validation_parameters AS p`,
    rules: [
      unknownStructure,
      {
        // Without --arrete, the processing date: an event to come cannot be in an export.
        when: 'typed."date" > coalesce(p.arrete, p.traitement)',
        problem: problem(
          'date',
          'raw_date',
          `'« ' || raw_date || ' » est postérieure ' || CASE WHEN p.arrete IS NULL
            THEN 'à la date du traitement (' || date_text(p.traitement) || ') : un événement à venir ne peut pas figurer dans l’export, corriger la date'
            ELSE 'à l’arrêté du ' || date_text(p.arrete) || ' ${AFTER_ARRETE} : ne compte pas pour cet arrêté ; relancer avec un arrêté plus tardif pour le compter, ou corriger la date' END`,
        ),
      },
    ],
    extra: structureColumns,
  },
};
