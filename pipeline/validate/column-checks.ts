// SQL for one column of a dataset: how its text is read, and the problems that reject a row,
// derived from the dataset schema so the rules of the contract are written once.
import { sqlIdentifier, sqlString } from '../load/warehouse';
import type { DatasetColumn, ValueType } from '../schema';

const READERS: Record<Exclude<ValueType, 'enum' | 'text'>, string> = {
  id: 'read_code',
  code: 'read_code',
  integer: 'read_whole',
  money: 'read_money',
  percent: 'read_decimal',
  year: 'read_year',
  date: 'read_date',
  boolean: 'read_boolean',
};

const EXPECTED: Record<ValueType, string> = {
  id: 'un identifiant',
  code: 'un code',
  text: 'un texte',
  integer: 'un nombre entier',
  money: 'un montant en euros (au plus deux décimales)',
  percent: 'un pourcentage',
  year: 'une année sur quatre chiffres',
  date: 'une date (AAAA-MM-JJ ou JJ/MM/AAAA)',
  boolean: 'oui ou non',
  enum: 'une valeur de la liste',
};

export const rawName = (column: string) => sqlIdentifier(`raw_${column}`);

/** A row problem as a SQL struct: the column, the raw value and a sentence saying what to do. */
export function problem(column: string, value: string, reason: string): string {
  return `{'column': ${sqlString(column)}, 'value': ${value}, 'reason': ${reason}, 'ref_file': NULL::INTEGER, 'ref_ord': NULL::BIGINT}`;
}

/** `« value » ` followed by a sentence, as a SQL expression. */
export function quoted(value: string, rest: string): string {
  return `'« ' || ${value} || ' » ' || ${sqlString(rest)}`;
}

/** The typed value of a column, read from its raw text (`raw_<name>`). */
export function typedExpression(column: DatasetColumn): string {
  const raw = rawName(column.name);
  if (column.type === 'text') return `nullif(trim(${raw}), '')`;
  if (column.type === 'enum') {
    const cases = (column.values ?? []).map((value) => `WHEN ${sqlString(value.toLowerCase())} THEN ${sqlString(value)}`);
    return `CASE lower(trim(${raw})) ${cases.join(' ')} END`;
  }
  return `CASE WHEN NOT cell_masked(${raw}) THEN ${READERS[column.type]}(${raw}) END`;
}

/** `WHEN … THEN problem` branches for a column, in the order they are tested. */
export function columnProblems(column: DatasetColumn): string[] {
  const raw = rawName(column.name);
  const typed = `typed.${sqlIdentifier(column.name)}`;
  const name = column.name;
  const branches: string[] = [];
  if (column.required) {
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
    const expected =
      column.type === 'enum' ? `une valeur admise pour ${name} (${(column.values ?? []).join(', ')})` : `${EXPECTED[column.type]}`;
    branches.push(
      `WHEN NOT cell_blank(${raw}) AND NOT cell_masked(${raw}) AND ${typed} IS NULL THEN ${problem(name, raw, quoted(raw, `n’est pas ${expected} : corriger ${name} dans l’export source`))}`,
    );
  }
  if (column.type === 'integer' || column.type === 'money') {
    branches.push(
      `WHEN ${typed} < 0 THEN ${problem(name, raw, quoted(raw, `est négatif : ${name} doit être positif ou nul, corriger l’export source`))}`,
    );
  }
  if (column.type === 'percent') {
    branches.push(
      `WHEN ${typed} < 0 OR ${typed} > 100 THEN ${problem(name, raw, quoted(raw, `n’est pas un pourcentage entre 0 et 100 : corriger ${name} dans l’export source`))}`,
    );
  }
  return branches;
}
