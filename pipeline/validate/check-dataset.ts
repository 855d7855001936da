// Validates the raw rows of one dataset in the warehouse: keeps the rows that pass every rule in a
// typed table named after the dataset, and moves the others to `row_rejects` with their problem.
import { sqlIdentifier, sqlString, type Warehouse } from '../load/warehouse';
import { datasetSpec, type DatasetName } from '../schema';
import { columnProblems, typedExpression, rawName } from './column-checks';
import { DATASET_RULES } from './dataset-rules';

// A row's place in its dataset as one number: file ids are small, ordinals below 2^32.
const POSITION = '(file_id::BIGINT * 4294967296 + ord)';

export function checkSql(dataset: DatasetName): string[] {
  const spec = datasetSpec(dataset);
  const rules = DATASET_RULES[dataset];
  const table = sqlIdentifier(dataset);
  const checked = sqlIdentifier(`checked_${dataset}`);
  const raws = spec.columns.map((column) => `${sqlIdentifier(column.name)} AS ${rawName(column.name)}`);
  const typed = spec.columns.map((column) => `${typedExpression(column)} AS ${sqlIdentifier(column.name)}`);
  const branches = [...spec.columns.flatMap(columnProblems), ...rules.rules];
  const kept = [
    `typed.*${rules.replace ? ` REPLACE (${rules.replace})` : ''}`,
    ...(rules.extra ?? []),
  ];
  const keys = spec.key.map(sqlIdentifier);
  const keyValue = spec.key.map((key) => `c.${sqlIdentifier(key)}::VARCHAR`).join(` || ' / ' || `);
  const duplicate = `{'column': ${sqlString(spec.key[0]!)}, 'value': ${keyValue}, 'reason': ${sqlString(
    `répète la clé (${spec.key.join(', ')}) d’une ligne précédente : supprimer le doublon ou corriger la clé`,
  )}, 'ref_file': (d.first // 4294967296)::INTEGER, 'ref_ord': d.first % 4294967296}`;

  return [
    `CREATE OR REPLACE TABLE ${checked} AS
WITH raw AS (
  SELECT file_id, ord, ${raws.join(', ')} FROM ${sqlIdentifier(`raw_${dataset}`)}
), typed AS (
  SELECT file_id, ord, ${spec.columns.map((column) => rawName(column.name)).join(', ')}, ${typed.join(',\n    ')}
  FROM raw
)
SELECT ${kept.join(', ')},
  CASE
    ${branches.join('\n    ')}
  END AS problem
FROM typed ${rules.joins}`,
    // The first of several rows with one key is kept; the later ones are rejected.
    `UPDATE ${checked} AS c SET problem = ${duplicate}
FROM (
  SELECT ${keys.join(', ')}, min(${POSITION}) AS first
  FROM ${checked} WHERE problem IS NULL
  GROUP BY ALL HAVING count(*) > 1
) AS d
WHERE c.problem IS NULL AND ${spec.key.map((key) => `c.${sqlIdentifier(key)} = d.${sqlIdentifier(key)}`).join(' AND ')}
  AND (c.file_id::BIGINT * 4294967296 + c.ord) <> d.first`,
    `INSERT INTO row_rejects
SELECT ${sqlString(dataset)}, file_id, ord, problem.column, problem.value, problem.reason, problem.ref_file, problem.ref_ord
FROM ${checked} WHERE problem IS NOT NULL`,
    `CREATE OR REPLACE TABLE ${table} AS
SELECT * EXCLUDE (file_id, ord, problem, ${spec.columns.map((column) => rawName(column.name)).join(', ')})
FROM ${checked} WHERE problem IS NULL`,
    `DROP TABLE ${checked}`,
  ];
}

export async function checkDataset(warehouse: Warehouse, dataset: DatasetName): Promise<void> {
  for (const statement of checkSql(dataset)) await warehouse.run(statement);
}

export const REJECTS_TABLE_SQL = `CREATE TABLE row_rejects (
  dataset VARCHAR, file_id INTEGER, ord BIGINT, "column" VARCHAR, value VARCHAR, reason VARCHAR,
  ref_file INTEGER, ref_ord BIGINT
)`;
