// Cross-checks between the exports and the tables, run after the models: one SQL file per control in
// this folder, each a SELECT of (gravite, dataset, id_structure, niveau, code, annee, attendu,
// constate, message), its name the file's. Controls only read: they never change a figure.
// A control that needs datasets or tables a run may not have says so on a `-- requires:` line and
// is skipped, with the reason, when one of them is absent.
import { readdir, readFile } from 'node:fs/promises';
import { CONTROL_COLUMNS, type ControlRow, type Gravity, TABLE_NAMES, tableSpec } from '../../core';
import { sqlIdentifier, sqlString, type Warehouse } from '../load';
import { OUTPUT_SCHEMA } from '../model';

export interface ControlOptions {
  /** Relative change against the previous year beyond which a count, amount or mean is an alerte. */
  readonly relativeThreshold?: number;
  /** Change in points beyond which a rate is an alerte. */
  readonly pointsThreshold?: number;
}

export const DEFAULT_THRESHOLDS = { relativeThreshold: 0.5, pointsThreshold: 10 } as const;

export interface Control {
  readonly name: string;
  readonly sql: string;
  readonly requires: readonly string[];
}

export interface ControlsResult {
  readonly rows: readonly ControlRow[];
  readonly counts: Readonly<Record<Gravity, number>>;
  /** Controls not run, with the relation they lacked. */
  readonly skipped: readonly { readonly name: string; readonly missing: readonly string[] }[];
}

export const CONTROLS_TABLE = 'controles';

const FOLDER = new URL('./', import.meta.url);

export async function loadControls(): Promise<Control[]> {
  const files = (await readdir(FOLDER)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(new URL(file, FOLDER), 'utf8');
      const requires =
        /^-- requires:(.*)$/m
          .exec(sql)?.[1]
          ?.split(',')
          .map((name) => name.trim())
          .filter(Boolean) ?? [];
      return { name: file.slice(0, -'.sql'.length), sql, requires };
    }),
  );
}

/**
 * The published tables' figures of their last two years, one row per value: what the controls
 * comparing a year with the one before read (evolution.sql). Earlier years are left out here, where
 * it is cheap, rather than after unpivoting every year of every table.
 */
async function prepareValues(warehouse: Warehouse): Promise<void> {
  const columns: string[] = [];
  const selects: string[] = [];
  for (const name of TABLE_NAMES) {
    const spec = tableSpec(name);
    const numeric = spec.values.filter((column) => ['count', 'euro', 'mean', 'percent'].includes(column.unit));
    for (const column of numeric) columns.push(`(${sqlString(name)}, ${sqlString(column.name)}, ${sqlString(column.label)}, ${sqlString(column.unit)})`);
    if (!spec.keys.some((key) => key.name === 'annee') || numeric.length === 0) continue;
    const others = spec.keys.map((key) => key.name).filter((key) => !['niveau', 'code', 'annee'].includes(key));
    const cle = others.length > 0 ? `concat_ws(' / ', ${others.map(sqlIdentifier).join(', ')})` : "''";
    const casts = numeric.map((column) => `${sqlIdentifier(column.name)}::DOUBLE AS ${sqlIdentifier(column.name)}`);
    selects.push(`SELECT ${sqlString(name)} AS tableau, niveau, code, annee, cle, colonne, valeur FROM (
  UNPIVOT (SELECT niveau, code, annee, ${cle} AS cle, ${casts.join(', ')} FROM ${OUTPUT_SCHEMA}.${sqlIdentifier(name)}
    WHERE annee >= (SELECT max(annee) - 1 FROM ${OUTPUT_SCHEMA}.${sqlIdentifier(name)}))
  ON ${numeric.map((column) => sqlIdentifier(column.name)).join(', ')} INTO NAME colonne VALUE valeur)`);
  }
  await warehouse.run(`CREATE OR REPLACE TABLE controle_colonnes AS SELECT * FROM (VALUES ${columns.join(', ')}) AS c(tableau, colonne, libelle, unite)`);
  await warehouse.run(`CREATE OR REPLACE VIEW controle_valeurs AS ${selects.join('\nUNION ALL ')}`);
}

async function existingRelations(warehouse: Warehouse): Promise<Set<string>> {
  const rows = await warehouse.rows<{ name: string }>(
    `SELECT DISTINCT CASE WHEN table_schema = 'main' THEN table_name ELSE table_schema || '.' || table_name END AS name FROM information_schema.tables`,
  );
  return new Set(rows.map((row) => row.name));
}

/** Runs every control into the warehouse table `controles` and returns its rows, errors first. */
export async function runControls(warehouse: Warehouse, options: ControlOptions = {}): Promise<ControlsResult> {
  const { relativeThreshold, pointsThreshold } = { ...DEFAULT_THRESHOLDS, ...options };
  await warehouse.run(`SET VARIABLE controle_seuil_relatif = ${Number(relativeThreshold)}`);
  await warehouse.run(`SET VARIABLE controle_seuil_points = ${Number(pointsThreshold)}`);
  await prepareValues(warehouse);
  const relations = await existingRelations(warehouse);
  const skipped: { name: string; missing: string[] }[] = [];
  const columns = CONTROL_COLUMNS.map((column) => `${column.name} ${column.name === 'annee' ? 'INTEGER' : 'VARCHAR'}`);
  await warehouse.run(`CREATE OR REPLACE TABLE ${CONTROLS_TABLE} (${columns.join(', ')})`);
  // One statement per control: DuckDB plans a union of them all worse than each alone.
  for (const control of await loadControls()) {
    const missing = control.requires.filter((name) => !relations.has(name));
    if (missing.length > 0) {
      skipped.push({ name: control.name, missing });
      continue;
    }
    const body = control.sql.trim().replace(/;$/, '');
    await warehouse.run(`INSERT INTO ${CONTROLS_TABLE}
SELECT ${sqlString(control.name)}, gravite, dataset, id_structure, niveau, code, annee, attendu, constate, message
FROM (\n${body}\n)`);
  }
  // niveau last: a region and its department of one code (Corse, 24…) may give the same line.
  const rows = await warehouse.rows<ControlRow & Record<string, string | number | null>>(
    `SELECT * FROM ${CONTROLS_TABLE}
ORDER BY CASE gravite WHEN 'erreur' THEN 0 ELSE 1 END, controle, code NULLS FIRST, annee NULLS FIRST, id_structure NULLS FIRST, dataset, message,
  niveau NULLS FIRST`,
  );
  const counts = { erreur: 0, alerte: 0 };
  for (const row of rows) counts[row.gravite] += 1;
  return { rows, counts, skipped };
}
