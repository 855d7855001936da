// The register of a release, `<run>/diffusions.json`: every partner output made from the pipeline
// folder (date, threshold, what and where) and the masks of each threshold released. A later
// partner output reuses them, or starts from them at another threshold, so that no two partner
// files of the same data can be differenced into a masked figure.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ReleaseMasks, type ReleaseTables, ReportError, rowKey, TABLE_NAMES, type TableName } from '../../core';
import { writeFileAtomic } from '../atomic-write';

export const REGISTER_FILE = 'diffusions.json';

/** One partner output made from the release. */
export interface ReleaseEntry {
  /** ISO time the output was made. */
  readonly date: string;
  readonly seuil: number;
  /** `rapport` (deck, workbook, CSVs) or `tableau de bord`. */
  readonly sortie: string;
  readonly region?: string;
  readonly annee?: number;
  readonly dossier: string;
}

/** A masked cell by its table, its row's key values and its column. */
type MaskedCell = readonly [TableName, string, string];

export interface Register {
  readonly donnees: string;
  /** The threshold of the first partner output: the one the fund set. */
  readonly seuil: number;
  readonly masques: Readonly<Record<string, readonly MaskedCell[]>>;
  /** Per threshold, the stamp of its masks as audited (audit-stamp.ts): absent, they are audited again. */
  readonly audits?: Readonly<Record<string, string>>;
  readonly diffusions: readonly ReleaseEntry[];
}

export const registerPath = (runDir: string) => path.join(runDir, REGISTER_FILE);

/** The register of `runDir` (frozen: the same object may be given to every reader of the same text). */
export async function readRegister(runDir: string): Promise<Register | undefined> {
  const file = registerPath(runDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text === known?.text) return known.register;
  try {
    const register = JSON.parse(text) as Register;
    if (typeof register.donnees !== 'string' || !Array.isArray(register.diffusions) || typeof register.masques !== 'object')
      throw new Error('format inattendu');
    known = { text, register: frozen(register) };
    return register;
  } catch (error) {
    throw new ReportError(
      `${file} : registre des diffusions illisible (${(error as Error).message}) ; il dit ce qui a déjà été diffusé de ces données : restaurez-le depuis une sauvegarde plutôt que de le supprimer`,
    );
  }
}

// A batch of regions records each region in the register, some 120 000 masked cells on national
// data, read then written whole each time: 5 s of a batch's CPU. The same masks are written as the
// same text, and the text this thread last read or wrote is not parsed again: the register read is
// then the one held, shared by its readers, hence frozen (as are the masks whose text is kept).
let known: { readonly text: string; readonly register: Register } | undefined;
const maskLines = new WeakMap<readonly MaskedCell[], string>();

// One line per release and per masked cell: a register a person can read and compare.
const lines = (items: readonly unknown[], indent: string) => items.map((item) => `${indent}${JSON.stringify(item)}`).join(',\n');

function cellLines(cells: readonly MaskedCell[]): string {
  let text = maskLines.get(cells);
  if (text === undefined) {
    text = lines(cells, '   ');
    maskLines.set(cells, text);
  }
  return text;
}

/**
 * `register` frozen in place down to its lists: nothing can be added to or taken from them, or
 * replaced in them. A masked cell's own three strings are left as they are: 120 000 more objects to
 * freeze at each read of a national register, which a batch's two threads read in turn.
 */
function frozen(register: Register): Register {
  for (const cells of Object.values(register.masques)) Object.freeze(cells);
  for (const entry of register.diffusions) Object.freeze(entry);
  for (const part of [register.masques, register.audits, register.diffusions]) if (part) Object.freeze(part);
  return Object.freeze(register);
}

/** Writes `register`, frozen in place: it is what the next read gives back. */
export async function writeRegister(runDir: string, register: Register): Promise<void> {
  frozen(register);
  const masks = Object.entries(register.masques).map(([seuil, cells]) => `  ${JSON.stringify(seuil)}: [\n${cellLines(cells)}\n  ]`);
  const text = [
    '{',
    ` "donnees": ${JSON.stringify(register.donnees)},`,
    ` "seuil": ${register.seuil},`,
    ` "diffusions": [\n${lines(register.diffusions, '  ')}\n ],`,
    ` "masques": {\n${masks.join(',\n')}\n }${register.audits ? ',' : ''}`,
    ...(register.audits ? [` "audits": ${JSON.stringify(register.audits)}`] : []),
    '}',
  ].join('\n');
  await writeFileAtomic(registerPath(runDir), `${text}\n`);
  known = { text: `${text}\n`, register };
}

export function masksToCells(tables: ReleaseTables, masks: ReleaseMasks): MaskedCell[] {
  const cells: MaskedCell[] = [];
  for (const name of TABLE_NAMES) {
    masks[name]?.forEach((columns, row) => {
      const key = rowKey(name, tables[name]![row]!);
      for (const column of [...columns].sort()) cells.push([name, key, column]);
    });
  }
  return cells.sort((a, b) => (a.join('\u0001') < b.join('\u0001') ? -1 : 1));
}

/** Masks of `tables` from register cells; a cell whose row is not in the tables is returned apart. */
export function cellsToMasks(tables: ReleaseTables, cells: readonly MaskedCell[]): { masks: ReleaseMasks; unknown: number } {
  const index = new Map<string, number>();
  const masks: Partial<Record<TableName, Set<string>[]>> = {};
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    if (!rows) continue;
    masks[name] = rows.map(() => new Set<string>());
    rows.forEach((row, at) => {
      index.set(`${name}\u0001${rowKey(name, row)}`, at);
    });
  }
  let unknown = 0;
  for (const [name, key, column] of cells) {
    const at = index.get(`${name}\u0001${key}`);
    if (at === undefined || !masks[name]) unknown++;
    else masks[name][at]!.add(column);
  }
  return { masks, unknown };
}
