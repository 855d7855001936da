// Every run checks, before anything is published, that each department figure of a structure table
// is the sum of its detail rows, column by column: the tables are built from their details, so a
// difference is a defect of the project (a model that stopped reading its detail, a rule added on
// one side only), never of the exports. One query per table, on tables already in the warehouse.
import { innerKeys, TABLES, type TableName } from '../../core';
import { InternalError } from '../errors';
import { sqlIdentifier, sqlString, type Warehouse } from '../load';
import { additiveColumns, DETAIL_SCHEMA, OUTPUT_SCHEMA, STRUCTURE_TABLES } from './detail-files';

/** Relative tolerance for a DOUBLE figure (a sum of decimals cast to DOUBLE). */
const RELATIVE_TOLERANCE = 1e-9;

interface Mismatch {
  readonly code: string;
  readonly nom: string | null;
  readonly cles: string;
  /** The first additive column that differs; null: detail rows under no row of the table. */
  readonly colonne: string | null;
  readonly figure: string | null;
  readonly somme: string | null;
  readonly ecarts: number;
}

async function doubleColumns(warehouse: Warehouse, name: TableName): Promise<Set<string>> {
  const rows = await warehouse.rows<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = ${sqlString(OUTPUT_SCHEMA)} AND table_name = ${sqlString(name)} AND data_type IN ('DOUBLE', 'FLOAT')`,
  );
  return new Set(rows.map((row) => row.column_name));
}

/**
 * The query finding the department rows whose figures differ from the sums of their detail rows.
 * A figure is empty exactly when no detail row gives a value; a figure with no detail row at all is
 * 0 (a department or year where nothing happened).
 */
function mismatchSql(name: TableName, doubles: ReadonlySet<string>): string {
  const keys = innerKeys(name).map(sqlIdentifier);
  const columns = additiveColumns(name);
  const q = (prefix: string, column: string) => sqlIdentifier(`${prefix}${column}`);
  const differs = (column: string) => {
    const f = q('f_', column);
    const d = q('d_', column);
    const unequal = doubles.has(column) ? `abs(${f} - ${d}::DOUBLE) > ${RELATIVE_TOLERANCE} * greatest(abs(${f}), abs(${d}::DOUBLE))` : `${f} <> ${d}`;
    return `CASE WHEN ${f} IS NULL THEN ${d} IS NOT NULL WHEN ${d} IS NULL THEN NOT (_rows IS NULL AND ${f} = 0) ELSE ${unequal} END`;
  };
  const using = ['code', ...keys].join(', ');
  return `
    WITH f AS (
      SELECT code, ${[...keys, ...columns.map((c) => `${sqlIdentifier(c)} AS ${q('f_', c)}`)].join(', ')}, true AS _figure
      FROM ${OUTPUT_SCHEMA}.${name} WHERE niveau = 'departement'
    ),
    d AS (
      SELECT departement AS code, ${[...keys, ...columns.map((c) => `sum(${sqlIdentifier(c)}) AS ${q('d_', c)}`)].join(', ')}, count(*) AS _rows
      FROM ${DETAIL_SCHEMA}.${name} GROUP BY ALL
    ),
    pairs AS (
      SELECT *, CASE WHEN _figure IS NULL THEN '' ${columns.map((c) => `WHEN ${differs(c)} THEN ${sqlString(c)}`).join(' ')} END AS colonne
      FROM f FULL OUTER JOIN d USING (${using})
    )
    SELECT
      p.code, dep.nom,
      concat_ws(' ', ${keys.length > 0 ? keys.map((k) => `p.${k}::VARCHAR`).join(', ') : "''"}) AS cles,
      nullif(p.colonne, '') AS colonne,
      CASE p.colonne ${columns.map((c) => `WHEN ${sqlString(c)} THEN p.${q('f_', c)}::VARCHAR`).join(' ')} END AS figure,
      CASE WHEN p._rows IS NULL THEN '0 (aucune structure)' ${columns.map((c) => `WHEN p.colonne = ${sqlString(c)} THEN p.${q('d_', c)}::VARCHAR`).join(' ')} END AS somme,
      count(*) OVER () AS ecarts
    FROM pairs AS p LEFT JOIN ref_departements AS dep ON dep.code = p.code
    WHERE p.colonne IS NOT NULL
    ORDER BY ${['p.code', ...keys.map((k) => `p.${k}`)].join(', ')}
    LIMIT 1`;
}

function sentence(name: TableName, mismatch: Mismatch): string {
  const where = [`${mismatch.nom ?? mismatch.code} (${mismatch.code})`, mismatch.cles].filter(Boolean).join(' ');
  const others = mismatch.ecarts > 1 ? ` (${mismatch.ecarts} écarts en tout)` : '';
  const value = (text: string | null) => text ?? 'vide';
  const what =
    mismatch.colonne === null
      ? `detail/${name}.csv liste des structures pour ${where}, qui n’a pas de ligne dans tables/${name}.csv`
      : `tables/${name}.csv, ${where}, ${mismatch.colonne} = ${value(mismatch.figure)} mais la somme des structures de detail/${name}.csv = ${value(mismatch.somme)}`;
  return `Erreur interne : ${what}${others} ; rien n’a été publié. À signaler à l’équipe du projet (le tableau « ${TABLES[name].title} » ne se recalcule plus à partir de ses structures).`;
}

/** Throws an InternalError at the first department figure that is not the sum of its detail rows. */
export async function checkDetail(warehouse: Warehouse): Promise<void> {
  for (const name of STRUCTURE_TABLES) {
    const [mismatch] = await warehouse.rows<Mismatch & Record<string, string | number | null>>(mismatchSql(name, await doubleColumns(warehouse, name)));
    if (mismatch) throw new InternalError(sentence(name, mismatch));
  }
}
