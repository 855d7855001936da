// Builds small input folders on disk and runs the real pipeline on them; the fixtures' runs are
// shared by the test files (test/support/fixture-runs.ts).
import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { type RunSummary, runPipeline } from '../../pipeline';
import { type SqlRow, Warehouse } from '../../pipeline/load';
import { type FixtureName, fixtureRun } from '../support/fixture-runs';

export { FIXTURE, FIXTURE_V2 } from '../support/fixture-runs';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function tempDir(prefix = 'cpr-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** `npm run pipeline -- <args>` as a person runs it: exit status, stdout, stderr. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a fixture's input folder, for a test that changes its exports (the fixture stays as it is). */
export async function fixtureInputCopy(fixture: string): Promise<string> {
  const dir = path.join(await tempDir('cpr-input-'), 'exports');
  await cp(path.join(fixture, 'input'), dir, { recursive: true });
  return dir;
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
  /** A warehouse file of the run that the test may open and change (a copy when the run is shared). */
  warehouse(): Promise<string>;
  /** Rows of a query on the run's warehouse. */
  query(sql: string): Promise<SqlRow[]>;
  rejects(): Promise<Record<string, string>[]>;
  table(name: string): Promise<Record<string, string>[]>;
}

export async function run(input: string): Promise<Run> {
  const out = path.join(await tempDir('cpr-out-'), 'out');
  const summary = await runPipeline({ input, out });
  return runOf(summary, out, async () => path.join(out, 'warehouse.duckdb'));
}

/**
 * A fixture's pipeline run, made once per `vitest run` and shared: its output folder is read-only,
 * so its warehouse is queried through a copy of the test file's own (DuckDB writes to a file it opens).
 */
export async function fixtureRunOf(name: FixtureName): Promise<Run> {
  const { out, summary } = await fixtureRun(name);
  let copy: Promise<string> | undefined;
  return runOf(summary, out, () => {
    copy ??= tempDir('cpr-warehouse-').then(async (dir) => {
      const file = path.join(dir, 'warehouse.duckdb');
      await copyFile(path.join(out, 'warehouse.duckdb'), file);
      return file;
    });
    return copy;
  });
}

function runOf(summary: RunSummary, out: string, warehouse: () => Promise<string>): Run {
  const csv = async (file: string) =>
    Papa.parse<Record<string, string>>(await readFile(path.join(out, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return {
    summary,
    out,
    warehouse,
    async query(sql) {
      const opened = await Warehouse.open(await warehouse());
      try {
        return await opened.rows(sql);
      } finally {
        opened.close();
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
