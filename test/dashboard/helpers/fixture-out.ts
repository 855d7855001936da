// Fills an output folder from the IDF fixture the way the pipeline does. Once pipeline/index.ts
// exists this runs the real pipeline; until then it lays out the fixture's expected tables as a
// stand-in (tables/, run.json, dashboard/) so the dashboard can be built and tested against them.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeDashboardData } from '../../../pipeline/publish/dashboard-data';
import { readPublishedTables } from '../../../pipeline/publish/published-tables';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = path.resolve(repoRoot, '../shared/fixtures/idf-2023');
const PIPELINE = path.join(repoRoot, 'pipeline', 'index.ts');

type RunPipeline = (options: { input: string; out: string; strict?: boolean }) => Promise<unknown>;

async function standIn(out: string): Promise<void> {
  const tables = path.join(out, 'tables');
  await mkdir(tables, { recursive: true });
  const expected = path.join(FIXTURE, 'expected');
  for (const file of await readdir(expected)) {
    if (file.endsWith('.csv') && file !== 'rejects.csv') await writeFile(path.join(tables, file), await readFile(path.join(expected, file)));
  }
  await writeFile(path.join(out, 'rejects.csv'), await readFile(path.join(expected, 'rejects.csv')));
  const published = await readPublishedTables(out);
  const years = Object.values(published).flatMap((rows) => rows.map((row) => row.annee)).filter((y): y is number => typeof y === 'number');
  const input = path.join(FIXTURE, 'input');
  const inputs = await Promise.all(
    (await readdir(input)).sort().map(async (file) => {
      const rows = (await readFile(path.join(input, file), 'utf8')).split(/\r?\n/).filter((l) => l !== '').length - 1;
      return { file, dataset: file.replace(/\.csv$/, ''), encoding: 'utf-8', delimiter: ',', rows, kept: rows, rejected: 0 };
    }),
  );
  const run = { generatedAt: '2024-06-03T09:00:00.000Z', referenceYear: Math.max(...years), regions: ['11'], inputs, rejected: 0 };
  await writeFile(path.join(out, 'run.json'), `${JSON.stringify(run, null, 2)}\n`);
  await writeDashboardData(published, path.join(out, 'dashboard'));
}

/** True when the real pipeline is there to produce the outputs. */
export const pipelineAvailable = () => existsSync(PIPELINE);

export async function fixtureOut(out: string): Promise<void> {
  if (pipelineAvailable()) {
    const { runPipeline } = (await import(pathToFileURL(PIPELINE).href)) as { runPipeline: RunPipeline };
    await runPipeline({ input: path.join(FIXTURE, 'input'), out });
  } else {
    await standIn(out);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? 'out/sample');
  await fixtureOut(out);
  console.error(`${pipelineAvailable() ? 'pipeline' : 'stand-in'} outputs written to ${out}`);
}
