// The reports' input in tests: the real pipeline run on the Île-de-France fixture, once per file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline, silentLogger } from '../../../pipeline';

export const FIXTURE_INPUT = path.resolve(import.meta.dirname, '../../../../shared/fixtures/idf-2023/input');
/** Contract version 2: the same structures plus CDS rows, indicators and territorial indicators. */
export const FIXTURE_V2_INPUT = path.resolve(import.meta.dirname, '../../../../shared/fixtures/idf-2023-v2/input');
/** The run's date written in run.json: 3 June 2024, 10:00 in Paris. */
export const RUN_DATE = new Date('2024-06-03T08:00:00Z');

export interface PipelineRun {
  readonly root: string;
  readonly out: string;
  readonly cleanup: () => Promise<void>;
}

export async function runFixturePipeline(input = FIXTURE_INPUT): Promise<PipelineRun> {
  const root = await mkdtemp(path.join(tmpdir(), 'reports-test-'));
  const out = path.join(root, 'pipeline-out');
  await runPipeline({ input, out, log: silentLogger, now: RUN_DATE });
  return { root, out, cleanup: () => rm(root, { recursive: true, force: true }) };
}
