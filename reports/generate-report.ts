// The whole report: read a pipeline run, mask once, then write the deck, the workbook and the CSVs.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { FRANCE_CODE, isAreaRow, TABLE_NAMES } from '../core';
import { processingDate } from '../pipeline';
import { writeFileAtomic } from './atomic-write';
import { tableCsv } from './csv-export';
import { buildDeck, deckBytes, indicatorYear, loadTableSlides } from './deck';
import { diffusionSuffix, refuseOtherVersion } from './diffusion';
import { coverageMap, DEPARTEMENTS_TOPOJSON, type DepartmentMap, readDepartementsTopology, territorialMaps } from './map';
import type { ReportOptions } from './options';
import { sourceLine } from './provenance';
import { openRelease, type SealedMasks } from './release';
import { buildReportTables, type ReportTables } from './report-table';
import { reproducibleZip } from './reproducible-zip';
import { revisionsSince } from './revisions';
import { outputPath, prepareOutputDir, prepareSubDir, resolveInputDir } from './safe-paths';
import { areaFileName, type ReportScope, resolveScope } from './scope';
import { type ReportSource, type RunInfo, readReportSource } from './source';
import { buildWorkbook, workbookBytes } from './workbook';

export interface ReportEffects {
  /** Progress for a person, one line at a time (the CLI sends it to stderr). */
  readonly log: (line: string) => void;
  /** The time the report is produced, for its provenance. */
  readonly now: () => Date;
  /** Department shapes for the map. */
  readonly topologyFile: string;
}

export interface ReportResult {
  readonly scope: ReportScope;
  readonly deck: string;
  readonly workbook: string;
  readonly csv: readonly string[];
  /** Cells shown as `NS` in every format. */
  readonly maskedCells: number;
  /** False when the department shapes were missing: the deck then has no map slide. */
  readonly map: boolean;
}

const DEFAULT_EFFECTS: ReportEffects = { log: () => {}, now: processingDate, topologyFile: DEPARTEMENTS_TOPOJSON };

/** A run already read, shared by the reports of several regions (reports/regions). */
export interface ReadRun {
  /** The run's folder, resolved (resolveInputDir). */
  readonly from: string;
  readonly source: ReportSource;
  /** Partner masks this thread has opened, by threshold (audited, or vouched by the register's stamp): once for a whole batch. */
  readonly audited: Map<number, SealedMasks>;
}

export async function readRun(from: string): Promise<ReadRun> {
  const resolved = await resolveInputDir(from);
  return { from: resolved, source: await readReportSource(resolved), audited: new Map() };
}

export async function generateReport(options: ReportOptions, effects: Partial<ReportEffects> = {}, read?: ReadRun): Promise<ReportResult> {
  const { log, now, topologyFile } = { ...DEFAULT_EFFECTS, ...effects };
  const producedAt = now();
  const { from, source, audited } = read ?? (await readRun(options.from));
  const { tables: published, run, controls } = source;
  const scope = resolveScope(published, run, options);
  // Before the masks, which take minutes on national data: a folder refused is refused at once.
  await refuseOtherVersion(path.resolve(options.out), options.secret);
  // Masked and audited before any folder is made: a secrecy breach leaves nothing behind.
  const release = options.secret
    ? await openRelease({
        runDir: from,
        tables: published,
        threshold: options.secret,
        output: { sortie: 'rapport', region: scope.region, annee: scope.year, dossier: path.resolve(options.out) },
        now,
        ...(options.secret && audited.has(options.secret) ? { audited: audited.get(options.secret)! } : {}),
      })
    : undefined;
  if (release && options.secret) audited.set(options.secret, release.sealed);
  const tables = buildReportTables(published, scope, release && options.secret ? { threshold: options.secret, masks: release.masks } : undefined);
  const revisions = options.since
    ? await revisionsSince({
        since: options.since,
        from,
        now,
        ...(release && options.secret ? { secrecy: { threshold: options.secret, masks: release.masks } } : {}),
      })
    : undefined;
  const out = await prepareOutputDir(options.out, from);
  // Every path is checked before the first byte is written: a refusal leaves nothing half done.
  const csvDir = await prepareSubDir(out, from, 'csv');
  // The release's register knows of this output before any of its files exists.
  await release?.record();
  log(`Rapport ${scope.regionName} (${scope.region}) ${scope.year} à partir de ${from}`);
  for (const note of release?.notes ?? []) log(note);

  const maskedCells = TABLE_NAMES.reduce((sum, name) => sum + tables[name].masks.reduce((n, set) => n + set.size, 0), 0);
  if (options.secret) log(`Secret statistique (seuil ${options.secret}) : ${maskedCells} cases masquées`);

  const shownIndicators = indicatorYear(
    tables.indicateurs.rows.filter((row) => isAreaRow(scope.region, row)),
    scope.year,
  );
  if (shownIndicators !== undefined && shownIndicators !== scope.year) {
    log(`  indicateurs de rémunération ${scope.year} pas encore connus : le diaporama montre ceux de ${shownIndicators}`);
  }
  const { map, programmeMaps } = await departmentMaps(topologyFile, tables, scope, log);
  const stem = `${areaFileName(scope.region)}-${scope.year}${diffusionSuffix(options.secret)}`;
  const deck = outputPath(out, from, `commission-${stem}.pptx`);
  const workbook = outputPath(out, from, `tableaux-${stem}.xlsx`);
  const pptx = buildDeck({
    tables,
    run,
    scope,
    controls,
    slides: await loadTableSlides(),
    ...(options.secret ? { secret: options.secret } : {}),
    ...(map ? { map } : {}),
    programmeMaps,
    ...(revisions ? { revisions } : {}),
  });
  // Dated by the processing date, not the clock: the same run gives the same bytes.
  await writeFileAtomic(deck, await reproducibleZip(await deckBytes(pptx), producedAt));
  log(`  diaporama  ${deck}`);
  const book = buildWorkbook({ tables, run, scope, producedAt: producedAt.toISOString(), ...(options.secret ? { secret: options.secret } : {}) });
  await writeFileAtomic(workbook, await reproducibleZip(await workbookBytes(book), producedAt));
  log(`  classeur   ${workbook}`);
  const csv = await writeCsvFiles(csvDir, from, tables, run, scope);
  log(`  CSV        ${path.join(csvDir, '*.csv')} (${csv.length} fichiers)`);
  return { scope, deck, workbook, csv, maskedCells, map: map !== undefined };
}

/** The CPTS coverage map and the maps of the territorial indicators. */
async function departmentMaps(
  topologyFile: string,
  tables: ReportTables,
  scope: ReportScope,
  log: (line: string) => void,
): Promise<{ map?: DepartmentMap; programmeMaps: Map<string, DepartmentMap> }> {
  // The deck's maps are of a region's departments; France told by its regions has its figures in tables.
  if (scope.region === FRANCE_CODE) return { programmeMaps: new Map() };
  const present = await access(topologyFile).then(
    () => true,
    () => false,
  );
  if (!present) {
    log(`  (cartes omises : contours des départements introuvables, ${topologyFile})`);
    return { programmeMaps: new Map() };
  }
  try {
    const topology = await readDepartementsTopology(topologyFile);
    return { map: coverageMap(topology, tables, scope), programmeMaps: territorialMaps(topology, tables.indicateurs_territoriaux, scope) };
  } catch (error) {
    // The figures matter more than the picture: say why the map is missing and go on.
    log(`  (cartes omises : ${(error as Error).message})`);
    return { programmeMaps: new Map() };
  }
}

async function writeCsvFiles(csvDir: string, from: string, tables: ReportTables, run: RunInfo, scope: ReportScope): Promise<string[]> {
  const files: string[] = [];
  for (const name of TABLE_NAMES) {
    const file = outputPath(csvDir, from, `${name}.csv`);
    await writeFileAtomic(file, tableCsv(tables[name], sourceLine(name, run, scope)));
    files.push(file);
  }
  return files;
}
