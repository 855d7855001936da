// The controls' lines: `<out>/controles.csv` for machines (the contract's columns, plain values) and
// `<out>/exports/controles.csv` for French Excel (labelled columns, numbers with a decimal comma).
// Both are opened by people in a spreadsheet: text cells are neutralised, plain numbers kept. The
// French one spells out what the machine one codes (core's controlMessage).
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import {
  type Cell,
  CONTROL_COLUMNS,
  type ControlRow,
  controlLabel,
  controlMessage,
  GRAVITIES,
  GRAVITY_LABELS,
  type Gravity,
  neutraliseCell,
  toExcelCsv,
} from '../../core';
import { INDICATEURS_FILE } from '../load';

export const CONTROLS_FILE = 'controles.csv';

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

function machineCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return PLAIN_NUMBER.test(text) ? text : neutraliseCell(text);
}

export function controlsCsv(rows: readonly ControlRow[]): string {
  const lines = [CONTROL_COLUMNS.map((column) => column.name), ...rows.map((row) => CONTROL_COLUMNS.map((column) => machineCell(row[column.name])))];
  return `${Papa.unparse(lines, { newline: '\n' })}\n`;
}

export async function writeControls(file: string, rows: readonly ControlRow[]): Promise<void> {
  await writeFile(file, controlsCsv(rows));
}

/** Reads controles.csv back (neutralising quotes removed); a missing file reads as no control. */
export function parseControls(text: string): ControlRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const plain = (cell: string | undefined) => (cell === undefined || cell === '' ? null : cell.replace(/^'(?=[=+\-@\t\r])/, ''));
  return parsed.data.map((record) => ({
    controle: record.controle ?? '',
    gravite: (GRAVITIES as readonly string[]).includes(record.gravite ?? '') ? (record.gravite as Gravity) : 'erreur',
    dataset: record.dataset ?? '',
    id_structure: plain(record.id_structure),
    niveau: plain(record.niveau),
    code: plain(record.code),
    annee: record.annee ? Number(record.annee) : null,
    attendu: plain(record.attendu),
    constate: plain(record.constate),
    message: plain(record.message) ?? '',
  }));
}

export async function readControls(file: string): Promise<ControlRow[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return parseControls(text);
}

let referenceLabels: ReadonlyMap<string, string> | undefined;

/** The labels of the reference list's indicators (data/reference/indicateurs.csv), read once. */
function indicatorLabel(code: string): string | undefined {
  referenceLabels ??= new Map(
    Papa.parse<Record<string, string>>(readFileSync(INDICATEURS_FILE, 'utf8'), { header: true, skipEmptyLines: true }).data.map((record) => [
      record.code ?? '',
      record.libelle ?? '',
    ]),
  );
  return referenceLabels.get(code) || undefined;
}

export function controlsExcelCsv(rows: readonly ControlRow[]): string {
  const cell = (row: ControlRow, name: (typeof CONTROL_COLUMNS)[number]['name']): Cell => {
    const value = row[name];
    if (name === 'gravite') return GRAVITY_LABELS[value as Gravity];
    if (name === 'controle') return controlLabel(String(value));
    if (name === 'message') return controlMessage(row, indicatorLabel);
    if ((name === 'attendu' || name === 'constate') && typeof value === 'string' && PLAIN_NUMBER.test(value)) return Number(value);
    return value;
  };
  return toExcelCsv([CONTROL_COLUMNS.map((column) => column.label), ...rows.map((row) => CONTROL_COLUMNS.map((column) => cell(row, column.name)))]);
}
