// The comparison as files: `comparaison.csv` for machines (the tables' key columns, values at full
// precision, one line per change) and `exports/comparaison.csv` for French Excel (labels, names,
// figures rounded to what they mean).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import {
  areaName,
  type Cell,
  type Change,
  type Comparison,
  columnsOf,
  isTableName,
  keyLabel,
  neutraliseCell,
  roundForPeople,
  TABLE_DECLARATIONS,
  tableSpec,
  toExcelCsv,
} from '../../core';

export const COMPARISON_FILE = 'comparaison.csv';

/** Every key column of the tables, `niveau`, `code`, `annee` first, then the others in the tables' order. */
export const COMPARISON_KEYS: readonly string[] = [
  ...new Set(['niveau', 'code', 'annee', ...TABLE_DECLARATIONS.flatMap((declaration) => declaration.keys.map((column) => column.name))]),
];

const ids = (change: Change) => change.structures.map((move) => move.id).join(' ');

function machineCsv(changes: readonly Change[]): string {
  const header = ['tableau', ...COMPARISON_KEYS, 'colonne', 'avant', 'apres', 'ecart', 'nature', 'structures', 'motif'];
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const rows = changes.map((change) => [
    change.tableau,
    ...COMPARISON_KEYS.map((key) => change.keys[key] ?? ''),
    change.colonne,
    neutraliseCell(cell(change.avant)),
    neutraliseCell(cell(change.apres)),
    cell(change.ecart),
    change.nature,
    ids(change),
    neutraliseCell(change.motif),
  ]);
  return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}

const TABLE_WORDS: Record<string, string> = { rejets: 'Lignes rejetées', controles: 'Contrôles croisés' };

/** The figure's column label and its value rounded as a person reads it. */
function forPeople(change: Change): { column: string; avant: Cell; apres: Cell; ecart: Cell } {
  if (!isTableName(change.tableau) || change.colonne === '') {
    const text = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? value : null);
    return { column: change.colonne, avant: text(change.avant), apres: text(change.apres), ecart: null };
  }
  const column = columnsOf(change.tableau).find((candidate) => candidate.name === change.colonne);
  if (!column) return { column: change.colonne, avant: null, apres: null, ecart: null };
  const unit = change.unit ?? column.unit;
  const round = (value: unknown): Cell => (typeof value === 'number' ? roundForPeople(value, unit) : typeof value === 'string' ? value : null);
  return { column: column.label, avant: round(change.avant), apres: round(change.apres), ecart: change.ecart };
}

function excelCsv(changes: readonly Change[]): string {
  const header = ['Tableau', 'Zone', 'Année', 'Précision', 'Indicateur', 'Avant', 'Après', 'Écart', 'Nature', 'Structures', 'Motif'];
  const rows = changes.map((change): Cell[] => {
    const people = forPeople(change);
    const table = isTableName(change.tableau) ? tableSpec(change.tableau).title : (TABLE_WORDS[change.tableau] ?? change.tableau);
    const { niveau, code, annee, ...others } = change.keys;
    const zone = niveau && code ? areaName(niveau, code) : '';
    const precision = Object.entries(others)
      .filter(([, value]) => value)
      .map(([key, value]) => keyLabel(key, value))
      .join(', ');
    return [
      table,
      zone,
      annee ? Number(annee) : null,
      precision,
      people.column,
      people.avant,
      people.apres,
      people.ecart,
      change.nature,
      ids(change),
      change.motif,
    ];
  });
  return toExcelCsv([header, ...rows]);
}

/** Writes both files under `dir` (the second in `dir/exports/`); returns their paths. */
export async function writeComparison(dir: string, comparison: Comparison): Promise<string[]> {
  const machine = path.join(dir, COMPARISON_FILE);
  const people = path.join(dir, 'exports', COMPARISON_FILE);
  await mkdir(path.dirname(people), { recursive: true });
  await writeFile(machine, machineCsv(comparison.changes));
  await writeFile(people, excelCsv(comparison.changes));
  return [machine, people];
}
