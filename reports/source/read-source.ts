// Reads a pipeline output folder: its published tables and its run.json.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ControlRow, PublishedTables } from '../../core';
import { CONTROLS_FILE, readControls, readPublishedTables } from '../../pipeline';
import { ReportError } from '../errors';
import { normalizeRunInfo, type RunInfo } from './run-info';

export interface ReportSource {
  readonly tables: PublishedTables;
  readonly run: RunInfo;
  /** The run's cross-checks; none for a run made before controls existed. */
  readonly controls: readonly ControlRow[];
}

export async function readReportSource(fromDir: string): Promise<ReportSource> {
  const isDir = await stat(fromDir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDir) {
    throw new ReportError(`dossier d’entrée introuvable : ${fromDir} (lancez d’abord « npm run pipeline » ou indiquez --from)`);
  }
  const runFile = path.join(fromDir, 'run.json');
  const runText = await readFile(runFile, 'utf8').catch(() => {
    throw new ReportError(`${runFile} introuvable : --from doit désigner le dossier --out d’un run du pipeline`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(runText);
  } catch (error) {
    throw new ReportError(`${runFile} : JSON illisible (${(error as Error).message})`);
  }
  const run = normalizeRunInfo(raw, runFile);
  const tables = await readPublishedTables(fromDir).catch((error: NodeJS.ErrnoException) => {
    const detail = error.code === 'ENOENT' ? `fichier manquant ${error.path ?? ''}` : error.message;
    throw new ReportError(`${path.join(fromDir, 'tables')} : ${detail}`);
  });
  const controls = await readControls(path.join(fromDir, CONTROLS_FILE)).catch((error: Error) => {
    throw new ReportError(`${path.join(fromDir, CONTROLS_FILE)} : ${error.message}`);
  });
  return { tables, run, controls };
}
