// The pipeline runs, generated exports and dashboard builds that several test files read, each made
// once per `vitest run` (shared-output.ts). What they hold is what the test files made for themselves
// before: the same inputs, options and run date.
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDashboard } from '../../dashboard/tools/build-dashboard';
import { type GenerationSummary, generateExports } from '../../data/generate';
import { type RunSummary, runPipeline, silentLogger } from '../../pipeline';
import { earlierExports, laterExports } from './revised-exports';
import { sharedOutput } from './shared-output';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The public Île-de-France fixture (contract version 1). */
export const FIXTURE = path.resolve(REPO, '../shared/fixtures/idf-2023');
/** The version-2 fixture: the same structures plus CDS rows, indicators and territorial indicators. */
export const FIXTURE_V2 = path.resolve(REPO, '../shared/fixtures/idf-2023-v2');
/** The committed sample (data/sample), with its thirteen planted bad rows. */
export const SAMPLE = path.join(REPO, 'data', 'sample');

/**
 * The run's date written in run.json: 3 June 2024, 10:00 in Paris, so the page's « Données publiées
 * le 03/06/2024 » and the workbook's « 03/06/2024 à 10:00 » are the same every time.
 */
export const RUN_DATE = new Date('2024-06-03T08:00:00Z');

/** Two remuneration rows for years before the MSP's contract: two `erreur` lines of the controls. */
export const PLANTED_CONTROL_ERRORS = 'MSP750037;2021;1000,00;1000,00;0,00;oui;non\nMSP950181;2022;5000,00;3000,00;2000,00;oui;non\n';

export interface SharedGeneration {
  /** The generated exports. */
  readonly dir: string;
  readonly summary: GenerationSummary;
}

/** `generateExports` at a scale with the default seed, once per run. */
export async function sharedGeneration(scale: 'region' | 'national'): Promise<SharedGeneration> {
  const dir = await sharedOutput(`generated-${scale}`, async (folder) => {
    const summary = generateExports({ scale, out: path.join(folder, 'exports') });
    await writeFile(path.join(folder, 'summary.json'), JSON.stringify(summary));
  });
  return { dir: path.join(dir, 'exports'), summary: JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as GenerationSummary };
}

const RUNS = {
  /** The IDF fixture, version 1. */
  'idf-2023': async () => path.join(FIXTURE, 'input'),
  /** The IDF fixture, version 2. */
  'idf-2023-v2': async () => path.join(FIXTURE_V2, 'input'),
  /** The version-2 fixture with `--arrete 2024-04-30`. */
  'idf-2023-v2-arrete-2024-04-30': async () => path.join(FIXTURE_V2, 'input'),
  /** The version-1 fixture plus PLANTED_CONTROL_ERRORS. */
  'idf-2023-control-errors': async (scratch: string) => {
    const input = path.join(scratch, 'input');
    await cp(path.join(FIXTURE, 'input'), input, { recursive: true });
    await appendFile(path.join(input, 'remunerations.csv'), PLANTED_CONTROL_ERRORS);
    return input;
  },
  /** The version-2 fixture as exported before a commission (revised-exports.ts). */
  'idf-2023-v2-avant': async (scratch: string) => earlierExports(path.join(FIXTURE_V2, 'input'), path.join(scratch, 'input')),
  /** The same re-exported before the next one: one revision, one MSP added, one dropped, the rejected line fixed. */
  'idf-2023-v2-apres': async (scratch: string) => laterExports(path.join(FIXTURE_V2, 'input'), path.join(scratch, 'input')),
  /** data/sample. */
  sample: async () => SAMPLE,
  /** data/sample with `--arrete 2023-06-30`: stocks counted mid-year. */
  'sample-arrete-2023-06-30': async () => SAMPLE,
  /** The generator's national scale. */
  national: async () => (await sharedGeneration('national')).dir,
} satisfies Record<string, (scratch: string) => Promise<string>>;

export type FixtureName = keyof typeof RUNS;

export interface FixtureRun {
  /** The pipeline's output folder: read it, never write into it. */
  readonly out: string;
  readonly summary: RunSummary;
}

/** The pipeline run on a fixture with the fixed RUN_DATE, once per `vitest run`. */
export async function fixtureRun(name: FixtureName): Promise<FixtureRun> {
  const dir = await sharedOutput(`run-${name}`, async (folder) => {
    const input = await RUNS[name](folder);
    const arrete = /-arrete-(\d{4}-\d{2}-\d{2})$/.exec(name)?.[1];
    const summary = await runPipeline({ input, out: path.join(folder, 'out'), log: silentLogger, now: RUN_DATE, ...(arrete ? { arrete } : {}) });
    await writeFile(path.join(folder, 'summary.json'), JSON.stringify(summary));
  });
  return { out: path.join(dir, 'out'), summary: JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8')) as RunSummary };
}

/** A pipeline output folder copied whole but for its warehouse (a release of its own: its register is the copy's). */
export async function copyRun(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, filter: (source) => path.basename(source) !== 'warehouse.duckdb' });
}

export interface DashboardBuild {
  readonly dist: string;
  /** The pipeline output it was built from: for a partner build, a copy holding the release's register. */
  readonly out: string;
}

/** The dashboard built (`npm run build`, or `-- --secret n`) on a fixture's run, once per `vitest run`. */
export async function dashboardBuild(name: FixtureName, secret?: number): Promise<DashboardBuild> {
  const { out } = await fixtureRun(name);
  const dir = await sharedOutput(`dashboard-${name}-${secret === undefined ? 'internal' : `secret-${secret}`}`, async (folder) => {
    // A partner build is a release of its own: its register goes in a copy, not in the shared run.
    const from = secret === undefined ? out : path.join(folder, 'run');
    if (secret !== undefined) await copyRun(out, from);
    await buildDashboard(from, path.join(folder, 'dist'), secret === undefined ? {} : { secret });
  });
  return { dist: path.join(dir, 'dist'), out: secret === undefined ? out : path.join(dir, 'run') };
}
