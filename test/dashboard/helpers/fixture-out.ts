// Fills an output folder the way the commission's data would: the real pipeline run on the IDF
// fixture's exports (tables/, run.json, and the dashboard's data in dashboard/).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnsOf, TABLE_NAMES } from '../../../core';
import { type PublishedTables, parsePublishedTable } from '../../../core/published/published-tables';
import { runPipeline, silentLogger } from '../../../pipeline';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = path.resolve(repoRoot, '../shared/fixtures/idf-2023');

/** The run's date is fixed so the page's "Données publiées le 03/06/2024" is the same every time. */
export const FIXTURE_RUN_DATE = new Date('2024-06-03T09:00:00Z');

/** The version-2 fixture: the same structures plus the CDS block, indicators and other programmes. */
export const FIXTURE_V2 = path.resolve(repoRoot, '../shared/fixtures/idf-2023-v2');

export async function fixtureOut(out: string): Promise<void> {
  await fixtureOutOf(FIXTURE, out);
}

export async function fixtureOutV2(out: string): Promise<void> {
  await fixtureOutOf(FIXTURE_V2, out);
}

async function fixtureOutOf(fixture: string, out: string): Promise<void> {
  const summary = await runPipeline({ input: path.join(fixture, 'input'), out, log: silentLogger, now: FIXTURE_RUN_DATE });
  if (summary.rejected !== 0) throw new Error(`the fixture ${path.basename(fixture)} should reject nothing, ${summary.rejected} rows were rejected`);
}

/**
 * The fixture's expected tables, i.e. what `<out>/tables` holds after a correct run. The version-1
 * fixture has no file for the tables of contract version 2: they are taken as empty (header only).
 */
export async function readExpectedTables(): Promise<PublishedTables> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      const text = await readFile(path.join(FIXTURE, 'expected', `${name}.csv`), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT')
          return `${columnsOf(name)
            .map((column) => column.name)
            .join(',')}\n`;
        throw error;
      });
      return [name, parsePublishedTable(name, text)] as const;
    }),
  );
  return Object.fromEntries(entries) as PublishedTables;
}
