// Writes the dashboard's data for a pipeline run into `<out>/dashboard/` (see dashboard-data-format.ts
// for the format and why). The dashboard's build bundles this folder; nothing is fetched at run time.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublishedTables } from '../../core';
import { DASHBOARD_DATA_FILE, encodeDashboardData } from '../../core';

export async function writeDashboardData(tables: PublishedTables, destDir: string): Promise<void> {
  await mkdir(destDir, { recursive: true });
  await writeFile(path.join(destDir, DASHBOARD_DATA_FILE), encodeDashboardData(tables));
}
