// Builds small input folders on disk and runs the real pipeline on them.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { type RunSummary, runPipeline } from '../../pipeline';
import { type SqlRow, Warehouse } from '../../pipeline/load';

export const FIXTURE = path.resolve(import.meta.dirname, '../../../shared/fixtures/idf-2023');
/** The version-2 fixture: the same structures plus CDS rows, indicators and territorial indicators. */
export const FIXTURE_V2 = path.resolve(import.meta.dirname, '../../../shared/fixtures/idf-2023-v2');

export async function tempDir(prefix = 'cpr-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** An input folder holding `files` (text is written as UTF-8, a Buffer as it is). */
export async function inputDir(files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(await tempDir('cpr-input-'), 'exports');
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

export interface Run {
  readonly summary: RunSummary;
  readonly out: string;
  /** Rows of a query on the run's warehouse. */
  query(sql: string): Promise<SqlRow[]>;
  rejects(): Promise<Record<string, string>[]>;
  table(name: string): Promise<Record<string, string>[]>;
}

export async function run(input: string): Promise<Run> {
  const out = path.join(await tempDir('cpr-out-'), 'out');
  const summary = await runPipeline({ input, out });
  const csv = async (file: string) =>
    Papa.parse<Record<string, string>>(await readFile(path.join(out, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return {
    summary,
    out,
    async query(sql) {
      const warehouse = await Warehouse.open(path.join(out, 'warehouse.duckdb'));
      try {
        return await warehouse.rows(sql);
      } finally {
        warehouse.close();
      }
    },
    rejects: () => csv('rejects.csv'),
    table: (name) => csv(`tables/${name}.csv`),
  };
}

/** A valid structures export: two MSP (Paris, Ajaccio), one CDS, one signataire CPTS. */
export const STRUCTURES = [
  'id_structure;type_structure;categorie;nom;code_commune;departement;date_adhesion;date_resiliation;statut',
  'MSP1;MSP;;MSP Belleville;75056;75;2019-03-01;;actif',
  'MSP2;MSP;;MSP Ajaccio;2A004;2A;01/01/2021;;actif',
  'CDS1;CDS;dentaire;Centre dentaire;75056;;2015-01-01;;actif',
  'CPTS1;CPTS;;CPTS Paris Est;75056;75;2021-06-01;;signataire',
].join('\n');
