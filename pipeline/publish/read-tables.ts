// Reads the tables a pipeline run published (`<out>/tables/*.csv`) back into typed rows (Node only:
// the parser is core's, shared with the dashboard).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type PublishedTables, parsePublishedTable, TABLE_NAMES } from '../../core';

export async function readPublishedTables(outDir: string): Promise<PublishedTables> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      const text = await readFile(path.join(outDir, 'tables', `${name}.csv`), 'utf8');
      return [name, parsePublishedTable(name, text)] as const;
    }),
  );
  return Object.fromEntries(entries) as PublishedTables;
}
