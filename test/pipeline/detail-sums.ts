// Reads a run's published files, not its warehouse: for every table of structures, each department
// row of tables/<table>.csv against the sum of its rows in detail/<table>.csv, column by column.
// Decimals are added exactly (scaled integers); a figure published as a float (etp) within 1e-9.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { innerKeys, TABLES, type TableName } from '../../core';
import { additiveColumns, listedColumns, STRUCTURE_TABLES } from '../../pipeline/model';

type CsvRow = Record<string, string>;

export async function readCsv(file: string): Promise<{ fields: string[]; rows: CsvRow[] }> {
  const parsed = Papa.parse<CsvRow>(await readFile(file, 'utf8'), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

const SCALE = 6;
const PLAIN_DECIMAL = new RegExp(`^-?\\d+(\\.\\d{1,${SCALE}})?$`);

/** A plain decimal as an integer of millionths; null for an empty cell. */
function scaled(text: string): bigint | null {
  if (text === '') return null;
  if (!PLAIN_DECIMAL.test(text)) throw new Error(`not a plain decimal: ${text}`);
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole!) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0'));
  return negative ? -value : value;
}

const asText = (value: bigint | null) => {
  if (value === null) return 'vide';
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const unit = 10n ** BigInt(SCALE);
  return `${sign}${abs / unit}.${String(abs % unit).padStart(SCALE, '0')}`.replace(/\.?0+$/, '');
};

export interface DetailCheck {
  /** One sentence per difference; empty when every figure is the sum of its structures. */
  readonly problems: string[];
  /** Department figures compared (rows × additive columns). */
  readonly compared: number;
  readonly detailRows: number;
}

/** Compares one table's department figures with the sums of its detail rows. */
export async function checkTableDetail(out: string, name: TableName): Promise<DetailCheck> {
  const keys = innerKeys(name);
  const columns = additiveColumns(name);
  const exact = new Set(TABLES[name].values.filter((column) => column.unit === 'count' || column.unit === 'euro').map((column) => column.name));
  const table = await readCsv(path.join(out, 'tables', `${name}.csv`));
  const detail = await readCsv(path.join(out, 'detail', `${name}.csv`));
  const problems: string[] = [];
  const expectedFields = ['niveau', 'code', ...keys, 'id_structure', ...columns, ...listedColumns(name)];
  if (detail.fields.join() !== expectedFields.join()) problems.push(`${name}: detail columns ${detail.fields.join()} ≠ ${expectedFields.join()}`);

  const keyOf = (row: CsvRow) => [row.code, ...keys.map((key) => row[key])].join('|');
  const sums = new Map<string, { rows: number; values: (bigint | null)[] }>();
  const seen = new Set<string>();
  for (const row of detail.rows) {
    if (row.niveau !== 'departement') problems.push(`${name}: detail row of niveau ${row.niveau}`);
    const unique = `${keyOf(row)}|${row.id_structure}`;
    if (seen.has(unique)) problems.push(`${name}: ${unique} listed twice`);
    seen.add(unique);
    const entry = sums.get(keyOf(row)) ?? { rows: 0, values: columns.map(() => null) };
    entry.rows++;
    columns.forEach((column, i) => {
      const value = scaled(row[column]!);
      if (value !== null) entry.values[i] = (entry.values[i] ?? 0n) + value;
    });
    sums.set(keyOf(row), entry);
  }

  let compared = 0;
  const figures = new Set<string>();
  for (const row of table.rows.filter((r) => r.niveau === 'departement')) {
    const key = keyOf(row);
    figures.add(key);
    const entry = sums.get(key);
    columns.forEach((column, i) => {
      compared++;
      const figure = row[column]!;
      // No structure at all: the figure is 0 (or empty); some structures: empty exactly when none gives a value.
      const sum = entry ? (entry.values[i] ?? null) : figure === '' ? null : 0n;
      let same: boolean;
      if (figure === '' || sum === null) same = figure === '' && sum === null;
      else if (exact.has(column)) same = scaled(figure) === sum;
      else {
        const f = Number(figure);
        const s = Number(sum) / 10 ** SCALE;
        same = Math.abs(f - s) <= 1e-9 * Math.max(Math.abs(f), Math.abs(s));
      }
      if (!same) problems.push(`${name} ${key} ${column}: figure ${figure || 'vide'}, detail ${asText(sum)}`);
    });
  }
  for (const key of sums.keys()) if (!figures.has(key)) problems.push(`${name} ${key}: detail rows without a department row`);
  return { problems, compared, detailRows: detail.rows.length };
}

/** Every table of structures of a run's output folder. */
export async function checkDetailSums(out: string): Promise<DetailCheck> {
  const checks = await Promise.all(STRUCTURE_TABLES.map((name) => checkTableDetail(out, name)));
  return {
    problems: checks.flatMap((check) => check.problems),
    compared: checks.reduce((n, check) => n + check.compared, 0),
    detailRows: checks.reduce((n, check) => n + check.detailRows, 0),
  };
}
