// The reports' input in tests: the real pipeline run on the Île-de-France fixture, made once per
// `vitest run` and shared (test/support/fixture-runs.ts); each test file writes its reports in a
// folder of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyRun, FIXTURE, FIXTURE_V2, type FixtureName, fixtureRun, RUN_DATE } from '../../support/fixture-runs';

export { RUN_DATE };
export const FIXTURE_INPUT = path.join(FIXTURE, 'input');
/** Contract version 2: the same structures plus CDS rows, indicators and territorial indicators. */
export const FIXTURE_V2_INPUT = path.join(FIXTURE_V2, 'input');

export interface PipelineRun {
  /** A folder of the test file's own, for its reports. */
  readonly root: string;
  /**
   * The test file's own copy of the shared pipeline output: a partner report writes the release's
   * register there (diffusions.json), which must not reach another test file's release.
   */
  readonly out: string;
  readonly cleanup: () => Promise<void>;
}

export async function runFixturePipeline(fixture: FixtureName = 'idf-2023'): Promise<PipelineRun> {
  const { out: shared } = await fixtureRun(fixture);
  const root = await mkdtemp(path.join(tmpdir(), 'reports-test-'));
  const out = path.join(root, 'run');
  await copyRun(shared, out);
  return { root, out, cleanup: () => rm(root, { recursive: true, force: true }) };
}
