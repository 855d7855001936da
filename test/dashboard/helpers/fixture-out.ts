// The IDF fixture for the dashboard's tests: its folders, and its expected tables as the pipeline
// publishes them. Its pipeline runs are shared (test/support/fixture-runs.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { columnsOf, TABLE_NAMES } from '../../../core';
import { type PublishedTables, parsePublishedTable } from '../../../core/published/published-tables';
import { FIXTURE } from '../../support/fixture-runs';

export { FIXTURE, FIXTURE_V2 } from '../../support/fixture-runs';

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
