// Validates the raw rows of one dataset in the warehouse: every row is typed into `checked_<dataset>`
// with its file, ordinal and problem (NULL when it breaks no rule); a view named after the dataset
// shows the kept rows, and `row_rejects` lists the others.

import { type DatasetName, datasetSpec } from '../../core';
import type { RawFile } from '../load';
import { sqlIdentifier, sqlString, type Warehouse } from '../load/warehouse';
import { columnFine, columnProblems, problem, rawName, typedExpression } from './column-checks';
import { DATASET_RULES } from './dataset-rules';
import { REJECTED_STRUCTURES_TABLE_SQL, recordMalformedStructures } from './rejected-structures';

// A row's place in its dataset as one number: file ids are small, ordinals below 2^32.
const POSITION = '(file_id::BIGINT * 4294967296 + ord)';

export function checkSql(dataset: DatasetName): string[] {
  const spec = datasetSpec(dataset);
  const rules = DATASET_RULES[dataset];
  const table = sqlIdentifier(dataset);
  const checked = sqlIdentifier(`checked_${dataset}`);
  const raws = spec.columns.map((column) => `${sqlIdentifier(column.name)} AS ${rawName(column.name)}`);
  const typed = spec.columns.map((column) => `${typedExpression(column)} AS ${sqlIdentifier(column.name)}`);
  const rawColumns = spec.columns.map((column) => rawName(column.name)).join(', ');
  const branches = [...spec.columns.flatMap(columnProblems), ...rules.rules.map((rule) => `WHEN ${rule.when} THEN ${rule.problem}`)];
  // Most rows break no rule: one cheap test on the typed values lets them skip the detailed checks.
  const fine = [
    ...spec.columns.map(columnFine).filter((condition) => condition !== undefined),
    ...rules.rules.map((rule) => `NOT coalesce(${rule.when}, false)`),
  ];
  const kept = [`typed.* EXCLUDE (${rawColumns})${rules.replace ? ` REPLACE (${rules.replace})` : ''}`, ...(rules.extra ?? [])];
  const keys = spec.key.map(sqlIdentifier);
  // An empty optional key cell is a value of the key (a territorial indicator's total has no modality).
  const nullableKeys = new Set(spec.columns.filter((column) => !column.required).map((column) => column.name));
  const record = `array_to_string([${spec.columns.map((column) => `coalesce(r.${sqlIdentifier(column.name)}, '')`).join(', ')}], ';')`;
  const keyValue = `concat_ws(' / ', ${spec.key.map((key) => `c.${sqlIdentifier(key)}::VARCHAR`).join(', ')})`;
  const duplicate = problem(
    spec.key[0]!,
    keyValue,
    sqlString(`répète la clé (${spec.key.join(', ')}) d’une ligne précédente : supprimer le doublon ou corriger la clé`),
    { file: 'd.first // 4294967296', ord: 'd.first % 4294967296' },
  );

  return [
    `CREATE OR REPLACE TABLE ${checked} AS
WITH raw AS (
  SELECT file_id, ord, ${raws.join(', ')} FROM ${sqlIdentifier(`raw_${dataset}`)}
), typed AS (
  SELECT file_id, ord, ${rawColumns}, ${typed.join(',\n    ')}
  FROM raw
)
SELECT ${kept.join(', ')},
  -- The problem is kept as JSON text: a column of NULL text costs far less to store than a struct.
  CASE WHEN ${fine.join('\n    AND ')} THEN NULL ELSE to_json(CASE
    ${branches.join('\n    ')}
  END)::VARCHAR END AS problem
FROM typed ${rules.joins}`,
    // The first of several rows with one key is kept; the later ones are rejected. Repeats are
    // rare: a hash of the key finds the few candidates before the exact comparison.
    `UPDATE ${checked} AS c SET problem = to_json(${duplicate})::VARCHAR
FROM (
  SELECT ${keys.join(', ')}, min(${POSITION}) AS first
  FROM ${checked}
  WHERE problem IS NULL AND hash(${keys.join(', ')}) IN (
    SELECT hash(${keys.join(', ')}) AS h FROM ${checked} WHERE problem IS NULL GROUP BY h HAVING count(*) > 1
  )
  GROUP BY ALL HAVING count(*) > 1
) AS d
WHERE c.problem IS NULL AND ${spec.key.map((key) => `c.${sqlIdentifier(key)} ${nullableKeys.has(key) ? 'IS NOT DISTINCT FROM' : '='} d.${sqlIdentifier(key)}`).join(' AND ')}
  AND (c.file_id::BIGINT * 4294967296 + c.ord) <> d.first`,
    // With the record's fields as read (the dataset's columns in its order), so that a rejected line
    // is known by its content from one run to the next, wherever it stands in the file.
    `INSERT INTO row_rejects
SELECT ${sqlString(dataset)}, c.file_id, c.ord, problem ->> 'column', problem ->> 'value', problem ->> 'reason',
  (problem ->> 'ref_file')::INTEGER, (problem ->> 'ref_ord')::BIGINT, (problem ->> 'ref_line')::BIGINT, ${record}
FROM ${checked} AS c JOIN ${sqlIdentifier(`raw_${dataset}`)} AS r ON r.file_id = c.file_id AND r.ord = c.ord
WHERE c.problem IS NOT NULL`,
    // Every row stays in the warehouse with its problem, for audit; the models read the kept ones.
    `CREATE OR REPLACE VIEW ${table} AS
SELECT * EXCLUDE (file_id, ord, problem) FROM ${checked} WHERE problem IS NULL`,
    ...(rules.afterCheck ?? []),
  ];
}

/** Checks a dataset loaded from `files` (their malformed records never reached the warehouse). */
export async function checkDataset(warehouse: Warehouse, dataset: DatasetName, files: readonly RawFile[] = []): Promise<void> {
  for (const statement of checkSql(dataset)) await warehouse.run(statement);
  if (dataset === 'structures') await recordMalformedStructures(warehouse, files);
}

// `ref_*`: the other line a reason points to (a repeated key's first row, a rejected structure).
export const REJECTS_TABLE_SQL = `CREATE TABLE row_rejects (
  dataset VARCHAR, file_id INTEGER, ord BIGINT, "column" VARCHAR, value VARCHAR, reason VARCHAR,
  ref_file INTEGER, ref_ord BIGINT, ref_line BIGINT, record VARCHAR
);
${REJECTED_STRUCTURES_TABLE_SQL}`;
