// Fills an output folder the way the commission's data would: the real pipeline run on the IDF
// fixture's exports (tables/, run.json, and the dashboard's data in dashboard/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline, silentLogger } from '../../../pipeline';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = path.resolve(repoRoot, '../shared/fixtures/idf-2023');

/** The run's date is fixed so the page's "Données publiées le 03/06/2024" is the same every time. */
export const FIXTURE_RUN_DATE = new Date('2024-06-03T09:00:00Z');

export async function fixtureOut(out: string): Promise<void> {
  const summary = await runPipeline({ input: path.join(FIXTURE, 'input'), out, log: silentLogger, now: FIXTURE_RUN_DATE });
  if (summary.rejected !== 0) throw new Error(`the IDF fixture should reject nothing, ${summary.rejected} rows were rejected`);
}
