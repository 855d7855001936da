// One pipeline output folder as a comparison reads it: its tables, the structures behind each
// department figure, its rejected lines (known by their record) and its controls.
import { access, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { type ControlRow, type PublishedTables, type RejectedLine, type Row, type RunContents, TABLE_NAMES, type TableName, tableSpec } from '../../core';
import { CONTROLS_FILE, DETAIL_DIR, MANIFEST, REJECT_RECORDS_FILE, type RunManifest, readControls, readPublishedTables } from '../../pipeline';
import { ReportError } from '../errors';

export interface RunFolder extends RunContents {
  readonly dir: string;
  readonly manifest: RunManifest;
  readonly tables: PublishedTables;
  /** Per table of structures, its `detail/` rows (keys, id_structure, additive columns as numbers). */
  readonly detail: ReadonlyMap<TableName, readonly Row[]>;
  readonly rejects: readonly RejectedLine[];
  readonly controls: readonly ControlRow[];
}

const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function readDetail(dir: string, name: TableName): Promise<Row[]> {
  const spec = tableSpec(name);
  if (spec.rows.of !== 'structures') return [];
  const file = path.join(dir, DETAIL_DIR, `${name}.csv`);
  if (!(await exists(file))) return [];
  const additive = new Set([...spec.rows.additive, ...(spec.rows.listed ?? [])]);
  return parseCsv(await readFile(file, 'utf8')).map((record) => {
    const row: Row = {};
    for (const [column, cell] of Object.entries(record)) row[column] = cell === '' ? null : additive.has(column) ? Number(cell) : cell;
    return row;
  });
}

async function readRejects(dir: string): Promise<RejectedLine[]> {
  const rows = parseCsv(await readFile(path.join(dir, 'rejects.csv'), 'utf8'));
  const recordsFile = path.join(dir, REJECT_RECORDS_FILE);
  const records = (await exists(recordsFile)) ? parseCsv(await readFile(recordsFile, 'utf8')) : [];
  const recordOf = new Map(records.map((r) => [`${r.file}\u0000${r.line}`, r.record ?? '']));
  return rows.map((r) => ({
    file: r.file ?? '',
    line: Number(r.line),
    column: r.column ?? '',
    value: r.value ?? '',
    reason: r.reason ?? '',
    record: recordOf.get(`${r.file}\u0000${r.line}`) ?? '',
  }));
}

/** Reads a complete output folder (its real path); an incomplete or foreign one is an error naming it. */
export async function readRunFolder(given: string, option: string): Promise<RunFolder> {
  const dir = await realpath(path.resolve(given)).catch(() => {
    throw new ReportError(`${option} ${given} : dossier introuvable ; indiquez le dossier --out d’un run du pipeline`, 1);
  });
  const manifestFile = path.join(dir, MANIFEST);
  if (!(await exists(manifestFile))) {
    throw new ReportError(
      `${option} ${given} : ce dossier n’est pas une sortie complète du pipeline (${MANIFEST} absent) ; indiquez le dossier --out d’un run terminé`,
      1,
    );
  }
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as RunManifest;
  const detail = new Map<TableName, Row[]>();
  for (const name of TABLE_NAMES) detail.set(name, await readDetail(dir, name));
  return {
    dir,
    manifest,
    tables: await readPublishedTables(dir),
    detail,
    rejects: await readRejects(dir),
    controls: await readControls(path.join(dir, CONTROLS_FILE)),
  };
}
