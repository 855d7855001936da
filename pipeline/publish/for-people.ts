// The outputs derived from the published tables: the dashboard's data and the French-Excel exports
// (the tables, and the rejected lines as `exports/rejets.csv`).
// They start from the CSV tables as published, so they show exactly what the tables say.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DASHBOARD_CONTROLS_FILE, encodeDashboardControls, TABLE_NAMES } from '../../core';
import { CONTROLS_FILE, controlsExcelCsv, readControls } from './controls';
import { writeDashboardData } from './dashboard-data';
import { excelTableCsv } from './excel-tables';
import { readPublishedTables } from './read-tables';
import { writeExcelRejects } from './rejects';

export async function publishForPeople(outDir: string): Promise<void> {
  const tables = await readPublishedTables(outDir);
  const controls = await readControls(path.join(outDir, CONTROLS_FILE));
  await writeDashboardData(tables, path.join(outDir, 'dashboard'));
  // Beside data.json, not in it: the lines name structures, so a partner build leaves the file out.
  await writeFile(path.join(outDir, 'dashboard', DASHBOARD_CONTROLS_FILE), encodeDashboardControls(controls));
  await mkdir(path.join(outDir, 'exports'));
  for (const name of TABLE_NAMES) {
    await writeFile(path.join(outDir, 'exports', `${name}.csv`), excelTableCsv(name, tables[name]));
  }
  await writeExcelRejects(path.join(outDir, 'rejects.csv'), path.join(outDir, 'exports', 'rejets.csv'));
  await writeFile(path.join(outDir, 'exports', CONTROLS_FILE), controlsExcelCsv(controls));
}
