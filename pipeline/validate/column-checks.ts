// SQL for one column of a dataset: how its text is read, when it is surely fine, and the problems
// that reject a row, derived from the dataset schema so the rules of the contract are written once.
//
// Speed: exports are mostly clean, so each reader first tries the plain form (`1234`, `12,5`,
// `2023-01-31`) with one cheap test, and only the other cells go through the full reading rules.

import { type DatasetColumn, requiredInEveryRow, type ValueType } from '../../core';
import { sqlIdentifier, sqlString } from '../load/warehouse';

const EXPECTED: Record<ValueType, string> = {
  id: 'un identifiant',
  code: 'un code',
  text: 'un texte',
  integer: 'un nombre entier',
  money: 'un montant en euros (au plus deux décimales)',
  decimal: 'un nombre',
  percent: 'un pourcentage',
  year: 'une année sur quatre chiffres',
  period: 'une période (AAAA, AAAA-MM ou AAAA-Tn pour un trimestre)',
  date: 'une date (AAAA-MM-JJ ou JJ/MM/AAAA)',
  boolean: 'oui ou non',
  enum: 'une valeur de la liste',
};

export const rawName = (column: string) => sqlIdentifier(`raw_${column}`);
const typedName = (column: string) => `typed.${sqlIdentifier(column)}`;

/**
 * Another line a problem points to, as SQL expressions: its file id, and its record ordinal or,
 * for a malformed record (which has none), its physical line.
 */
export interface ProblemRef {
  readonly file: string;
  readonly ord?: string;
  readonly line?: string;
}

/**
 * Where a reason names the line it points to (« structures.csv ligne 4 »); a reason without it gets
 * « (première occurrence : <file>, ligne <n>) » at its end (publish/rejects.ts).
 */
export const REF_PLACEHOLDER = '{ref}';

/** A row problem as a SQL struct: the column, the raw value, a sentence saying what to do, maybe another line. */
export function problem(column: string, value: string, reason: string, ref?: ProblemRef): string {
  const sql = (expression: string | undefined, type: string) => (expression === undefined ? `NULL::${type}` : `(${expression})::${type}`);
  return `{'column': ${sqlString(column)}, 'value': ${value}, 'reason': ${reason}, 'ref_file': ${sql(ref?.file, 'INTEGER')}, 'ref_ord': ${sql(ref?.ord, 'BIGINT')}, 'ref_line': ${sql(ref?.line, 'BIGINT')}}`;
}

/** `« value » ` followed by a sentence, as a SQL expression. */
export function quoted(value: string, rest: string): string {
  return `'« ' || ${value} || ' » ' || ${sqlString(rest)}`;
}

function readerOf(column: DatasetColumn, raw: string): string {
  switch (column.type) {
    case 'text':
      return `nullif(trim(${raw}), '')`;
    case 'id':
    case 'code': {
      const code = `CASE WHEN ${raw} = trim(${raw}) THEN nullif(${raw}, '') ELSE read_code(${raw}) END`;
      return requiredInEveryRow(column) ? code : `CASE WHEN NOT cell_masked(${raw}) THEN ${code} END`;
    }
    case 'integer':
      return `CASE WHEN regexp_full_match(${raw}, '[0-9]{1,18}') THEN ${raw}::BIGINT WHEN NOT cell_masked(${raw}) THEN read_whole(${raw}) END`;
    case 'money':
      // Amounts come plain (`1234.56`) or French (`1 234,56 €`, U+00A0/U+202F): both have a fast path.
      return `CASE WHEN regexp_full_match(${raw}, '[0-9]{1,15}([.,][0-9]{1,2})?') THEN replace(${raw}, ',', '.')::DECIMAL(18, 2)
        WHEN regexp_full_match(${raw}, '[0-9]{1,3}(?:[ \\x{00A0}\\x{202F}][0-9]{3}){0,4}(?:,[0-9]{1,2})?(?:[ \\x{00A0}\\x{202F}]?€)?')
          THEN translate(${raw}, ', ' || chr(160) || chr(8239) || '€', '.')::DECIMAL(18, 2)
        WHEN NOT cell_masked(${raw}) THEN read_money(${raw}) END`;
    case 'decimal':
      // Kept in DECIMAL, so sums are exact and the same on every run (6 decimals: far below what an FTE or a point means).
      return `CASE WHEN regexp_full_match(${raw}, '[0-9]{1,12}([.,][0-9]{1,6})?') THEN replace(${raw}, ',', '.')::DECIMAL(18, 6) WHEN NOT cell_masked(${raw}) THEN TRY_CAST(read_decimal(${raw}) AS DECIMAL(18, 6)) END`;
    case 'period':
      return `CASE WHEN regexp_full_match(${raw}, '(19|20)[0-9]{2}(-(0[1-9]|1[0-2]|T[1-4]))?') THEN ${raw} WHEN NOT cell_masked(${raw}) THEN read_period(${raw}) END`;
    case 'percent':
      return `CASE WHEN regexp_full_match(${raw}, '[0-9]{1,3}([.,][0-9]{1,6})?') THEN replace(${raw}, ',', '.')::DOUBLE WHEN NOT cell_masked(${raw}) THEN read_decimal(${raw}) END`;
    case 'year':
      return `CASE WHEN regexp_full_match(${raw}, '(19|20)[0-9]{2}') THEN ${raw}::INTEGER WHEN NOT cell_masked(${raw}) THEN read_year(${raw}) END`;
    case 'date':
      return `CASE WHEN NOT cell_masked(${raw}) THEN read_date(${raw}) END`;
    case 'boolean': {
      // The spellings exports use most, compared as they are; read_boolean takes any other case.
      const yes = ['oui', 'Oui', 'OUI', 'o', 'O', 'true', 'TRUE', '1'].map((text) => `WHEN ${sqlString(text)} THEN true`);
      const no = ['non', 'Non', 'NON', 'n', 'N', 'false', 'FALSE', '0'].map((text) => `WHEN ${sqlString(text)} THEN false`);
      return `CASE ${raw} ${yes.join(' ')} ${no.join(' ')} ELSE CASE WHEN NOT cell_masked(${raw}) THEN read_boolean(${raw}) END END`;
    }
    case 'enum': {
      const values = column.values ?? [];
      const exact = values.map((value) => `WHEN ${sqlString(value)} THEN ${sqlString(value)}`);
      const loose = values.map((value) => `WHEN ${sqlString(value.toLowerCase())} THEN ${sqlString(value)}`);
      return `CASE ${raw} ${exact.join(' ')} ELSE CASE lower(trim(${raw})) ${loose.join(' ')} END END`;
    }
  }
}

/** The typed value of a column, read from its raw text (`raw_<name>`). */
export function typedExpression(column: DatasetColumn): string {
  return readerOf(column, rawName(column.name));
}

function inRange(column: DatasetColumn): string | undefined {
  const typed = typedName(column.name);
  if (column.signed) return undefined;
  if (column.type === 'integer' || column.type === 'money' || column.type === 'decimal') return `${typed} >= 0`;
  if (column.type === 'percent') return `${typed} BETWEEN 0 AND 100`;
  return undefined;
}

/**
 * A cheap condition, true when the column surely has no problem: a typed value in range, or
 * nothing at all in an optional column. Rows where it is not true get the detailed checks.
 */
export function columnFine(column: DatasetColumn): string | undefined {
  const required = requiredInEveryRow(column);
  if (column.type === 'text' && !required) return undefined;
  const typed = typedName(column.name);
  const range = inRange(column);
  const valid = range ? `(${typed} IS NOT NULL AND ${range})` : `${typed} IS NOT NULL`;
  return required ? valid : `(${valid} OR ${rawName(column.name)} IS NULL)`;
}

/** `WHEN … THEN problem` branches for a column, in the order they are tested. */
export function columnProblems(column: DatasetColumn): string[] {
  const raw = rawName(column.name);
  const typed = typedName(column.name);
  const name = column.name;
  const branches: string[] = [];
  if (requiredInEveryRow(column)) {
    branches.push(
      `WHEN cell_blank(${raw}) THEN ${problem(name, raw, sqlString(`${name} est obligatoire et vide : renseigner la valeur dans l’export source`))}`,
    );
    if (column.type !== 'text') {
      branches.push(
        `WHEN cell_masked(${raw}) THEN ${problem(name, raw, quoted(raw, `: valeur non diffusée dans une colonne obligatoire (${name}) ; la ligne ne peut pas être comptée, demander la valeur à la source`))}`,
      );
    }
  }
  if (column.type !== 'text') {
    const expected = column.type === 'enum' ? `une valeur admise pour ${name} (${(column.values ?? []).join(', ')})` : `${EXPECTED[column.type]}`;
    branches.push(
      `WHEN NOT cell_blank(${raw}) AND NOT cell_masked(${raw}) AND ${typed} IS NULL THEN ${problem(name, raw, quoted(raw, `n’est pas ${expected} : corriger ${name} dans l’export source`))}`,
    );
  }
  if ((column.type === 'integer' || column.type === 'money' || column.type === 'decimal') && !column.signed) {
    branches.push(`WHEN ${typed} < 0 THEN ${problem(name, raw, quoted(raw, `est négatif : ${name} doit être positif ou nul, corriger l’export source`))}`);
  }
  if (column.type === 'percent') {
    branches.push(
      `WHEN ${typed} < 0 OR ${typed} > 100 THEN ${problem(name, raw, quoted(raw, `n’est pas un pourcentage entre 0 et 100 : corriger ${name} dans l’export source`))}`,
    );
  }
  return branches;
}
