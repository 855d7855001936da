// One pipeline run: read → load → validate → model → publish, into a staging folder that
// replaces `--out` only once everything is written.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../core';
import { parseArrete } from './arrete';
import { processingDate } from './clock';
import { type ControlOptions, type ControlsResult, runControls } from './controls';
import { InputFileError } from './errors';
import {
  CsvReadError,
  createRawView,
  dropRawDataset,
  inTurns,
  loadGeography,
  loadIndicatorList,
  loadRawFile,
  type RawFile,
  type SqlRow,
  Warehouse,
} from './load';
import { type Logger, silentLogger } from './log';
import { buildModels, checkDetail } from './model';
import {
  CONTROLS_FILE,
  collectRejects,
  type InputSummary,
  MANIFEST,
  openOutputDir,
  type PublishedTable,
  publishDetail,
  publishForPeople,
  publishTables,
  REJECT_RECORDS_FILE,
  type Reject,
  type RunManifest,
  writeControls,
  writeManifest,
  writeRejectRecords,
  writeRejects,
  writeStructureRows,
} from './publish';
import {
  type AliasMatch,
  absentDatasets,
  discoverInputs,
  type InspectedFile,
  inspectFile,
  keepTextCarriageReturns,
  matchColumns,
  needsRewrite,
  readColumnMapping,
  rescanFile,
  rewriteForDuckDB,
} from './read';
import { sideBySide } from './side-by-side';
import { checkDataset, checkUsable, REJECTS_TABLE_SQL, validationParametersSql } from './validate';

const NO_CONTROLS: ControlsResult = { rows: [], counts: { erreur: 0, alerte: 0 }, skipped: [] };

// DuckDB spills what does not fit to the staging folder, so memory does not grow with the exports.
// The limit covers DuckDB's buffers only: its process also holds the allocator's retained pages,
// Node and the JS heap, about twice the limit at the stress scale (30 M rows). At 400MB that peaked
// at 1 038 Mio, at 300MB 788 Mio on one connection but 1 017 Mio on two; 256MB keeps two under
// 1 Gio with a margin (924 Mio), every statement fitting once the largest run alone (in-turns.ts).
const MEMORY_LIMIT = '256MB';

export interface RunOptions {
  readonly input: string;
  readonly out: string;
  readonly log?: Logger;
  /** The run's date, written in run.json (defaults to now). */
  readonly now?: Date;
  /** `--colonnes`: the user's header labels (`dataset,libelle,colonne`). */
  readonly columnMapping?: string;
  /** Thresholds of the controls; `false` skips them (to measure what they cost: CPR_CONTROLS=off). */
  readonly controls?: ControlOptions | false;
  /** ISO date (YYYY-MM-DD) the stocks are counted at; default: the latest date of the exports. */
  readonly arrete?: string;
  /** For tests only: runs on the warehouse once the tables are built, before they are checked. */
  readonly afterModels?: (warehouse: Warehouse) => Promise<void>;
}

export interface RunSummary {
  readonly out: string;
  readonly inputs: readonly InputSummary[];
  readonly rejected: number;
  readonly tables: readonly PublishedTable[];
  readonly manifest: RunManifest;
  readonly controls: ControlsResult;
}

interface ReadFile {
  readonly inspected: InspectedFile;
  readonly dataset: DatasetName;
  readonly ignored: readonly string[];
  readonly aliases: readonly AliasMatch[];
}

async function readInputs(inputDir: string, log: Logger, columnMapping: string | undefined): Promise<ReadFile[]> {
  const userAliases = columnMapping === undefined ? [] : await readColumnMapping(columnMapping);
  const files: ReadFile[] = [];
  for (const input of await discoverInputs(inputDir)) {
    const { file: matched, ignored, aliases } = matchColumns(await inspectFile(input.path), input.dataset, userAliases);
    // Its free-text columns are known now: a lone CR there does not reject the record.
    const inspected = await keepTextCarriageReturns(matched);
    log({ kind: 'read', file: inspected.name, dataset: input.dataset, encoding: inspected.encoding, delimiter: inspected.delimiter });
    files.push({ inspected, dataset: input.dataset, ignored, aliases });
  }
  return files;
}

/**
 * Loads one file as text. A file the quick look passed but DuckDB refuses (a wrong field count,
 * mixed line breaks…) gets the byte-level scan, which finds its malformed records, then a rewrite.
 * Returns the file as finally read, with its record count.
 */
async function loadFile(warehouse: Warehouse, workDir: string, dataset: DatasetName, fileId: number, file: InspectedFile) {
  const rewritten = path.join(workDir, `${fileId}.csv`);
  const load = async (inspected: InspectedFile) => {
    const readPath = needsRewrite(inspected) ? rewritten : inspected.path;
    if (readPath === rewritten) await rewriteForDuckDB(inspected, rewritten);
    const raw: RawFile = { fileId, inspected, readPath };
    const records = await loadRawFile(warehouse, dataset, raw);
    return { raw, inspected: { ...inspected, records } };
  };
  try {
    return await load(file);
  } catch (error) {
    if (!(error instanceof CsvReadError)) throw error;
    const unreadable = (refusal: CsvReadError) =>
      new InputFileError(file.name, `lecture CSV impossible (${refusal.message})`, 'Vérifier que le fichier est un CSV complet, non tronqué.');
    if (file.records !== undefined) throw unreadable(error);
    return load(await rescanFile(file)).catch((second: unknown) => {
      throw second instanceof CsvReadError ? unreadable(second) : second;
    });
  }
}

/**
 * Loads and checks the datasets: `structures` first, as the others refer to it, then the others on
 * two connections (inTurns).
 */
async function loadAndCheck(warehouse: Warehouse, workDir: string, files: readonly ReadFile[], log: Logger): Promise<ReadFile[]> {
  const loaded = [...files];
  const loadAndCheckOne = async (connection: Warehouse, dataset: DatasetName) => {
    log({ kind: 'step', message: `contrôle de ${dataset}` });
    const raw: RawFile[] = [];
    for (const [fileId, file] of files.entries()) {
      if (file.dataset !== dataset) continue;
      const result = await loadFile(connection, workDir, dataset, fileId, file.inspected);
      raw.push(result.raw);
      loaded[fileId] = { ...file, inspected: result.inspected };
    }
    // A dataset with no file still gets its (empty) view, so every model can run.
    await createRawView(connection, dataset, raw);
    await checkDataset(connection, dataset, raw);
    await dropRawDataset(connection, dataset, raw);
  };
  await loadAndCheckOne(warehouse, 'structures');
  const bytes = (dataset: DatasetName) => files.reduce((sum, file) => sum + (file.dataset === dataset ? file.inspected.bytes : 0), 0);
  await inTurns(
    warehouse,
    DATASET_NAMES.filter((dataset) => dataset !== 'structures'),
    loadAndCheckOne,
    (dataset) => bytes(dataset) >= CHECKED_ALONE_FROM_BYTES,
  );
  return loaded;
}

/**
 * Exports from which a dataset is loaded and checked alone, the memory limit being the instance's:
 * at the stress scale, the indicators (628 Mo, 12,5 M rows) and the professionals (302 Mo).
 */
const CHECKED_ALONE_FROM_BYTES = 256 * 2 ** 20;

function summarise(files: readonly ReadFile[], rejects: readonly Reject[]): InputSummary[] {
  const rejectedByFile = new Map<string, number>();
  for (const reject of rejects) rejectedByFile.set(reject.file, (rejectedByFile.get(reject.file) ?? 0) + 1);
  return files.map(({ inspected, dataset, ignored, aliases }) => {
    const rejected = rejectedByFile.get(inspected.name) ?? 0;
    const rows = (inspected.records ?? 0) + inspected.malformed.length;
    const { records, lines, fields } = inspected.textCarriageReturns;
    return {
      file: inspected.name,
      dataset,
      encoding: inspected.encoding,
      delimiter: inspected.delimiter,
      rows,
      kept: rows - rejected,
      rejected,
      ignoredColumns: ignored,
      aliases,
      ...(records > 0 ? { carriageReturns: { rows: records, lines, columns: fields.map((field) => inspected.header[field] ?? '') } } : {}),
    };
  });
}

/** Builds the warehouse in `staging` and publishes its tables; returns what run.json says. */
async function buildWarehouse(
  staging: string,
  files: readonly ReadFile[],
  log: Logger,
  now: Date,
  controlOptions: ControlOptions | false,
  arrete: string | undefined,
  afterModels: RunOptions['afterModels'],
): Promise<{ manifest: RunManifest; tables: PublishedTable[]; controls: ControlsResult }> {
  const workDir = path.join(staging, '.work');
  await mkdir(workDir);
  const warehouse = await Warehouse.open(path.join(staging, 'warehouse.duckdb'));
  if (process.env.CPR_PROFILE) {
    warehouse.onStatement = (sql, ms) => process.stderr.write(`${(ms / 1000).toFixed(2)} s  ${sql.replace(/\s+/g, ' ').slice(0, 110)}\n`);
  }
  try {
    await warehouse.run(`SET temp_directory = '${workDir.replaceAll("'", "''")}'`);
    await warehouse.run(`SET memory_limit = '${MEMORY_LIMIT}'`);
    await warehouse.run(await readFile(new URL('./validate/macros.sql', import.meta.url), 'utf8'));
    log({ kind: 'step', message: 'chargement de la géographie de référence' });
    await loadGeography(warehouse);
    await loadIndicatorList(warehouse);
    await warehouse.run(REJECTS_TABLE_SQL);
    await warehouse.run(validationParametersSql(arrete, now));
    const loaded = await loadAndCheck(warehouse, workDir, files, log);

    const rejects = await collectRejects(
      warehouse,
      loaded.map((file) => file.inspected),
    );
    const inputs = summarise(loaded, rejects);
    for (const input of inputs) log({ kind: 'checked', input });
    // A mostly rejected export would publish zeros as figures: stop before anything is computed.
    checkUsable(inputs, rejects);

    log({ kind: 'step', message: 'calcul des tableaux' });
    await buildModels(warehouse, arrete === undefined ? {} : { arrete });
    await afterModels?.(warehouse);
    // The structures behind the figures, for the internal dashboard's drill-down lists, written on
    // a second connection beside the checks, the controls and the tables: the tables no longer
    // change, and a failed check fails the run, whose staging folder goes with it. Not beside the
    // details' copy too: at the stress scale the three at once took the run past 1 GiB of RSS.
    const publication = { staging, rejects, controlOptions, log };
    const [{ controls, tables }] = await sideBySide(
      checkAndPublishTables(warehouse, publication),
      warehouse.beside((other) => writeStructureRows(other, path.join(staging, 'dashboard'))),
    );
    // The files for people are JavaScript's work, the details' CSVs DuckDB's (one thread a
    // connection): side by side.
    const [, facts] = await sideBySide(publishForPeople(staging), publishDetailAndFacts(warehouse, staging));
    const manifest: RunManifest = {
      generatedAt: now.toISOString(),
      referenceYear: facts?.annee ?? null,
      arrete: facts?.arrete ?? null,
      regions: facts?.regions ? facts.regions.split(',') : [],
      inputs,
      absent: absentDatasets(files),
      rejected: rejects.length,
      controls: controls.counts,
    };
    return { manifest, tables, controls };
  } finally {
    warehouse.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

interface Publication {
  readonly staging: string;
  readonly rejects: readonly Reject[];
  readonly controlOptions: ControlOptions | false;
  readonly log: Logger;
}

/** The checks of the details, the rejects, the controls and the tables, once the tables are built. */
async function checkAndPublishTables(
  warehouse: Warehouse,
  { staging, rejects, controlOptions, log }: Publication,
): Promise<{ controls: ControlsResult; tables: PublishedTable[] }> {
  // Each department figure is the sum of the structures listed behind it, or nothing is published.
  await checkDetail(warehouse);
  const rejectsFile = path.join(staging, 'rejects.csv');
  await writeRejects(rejectsFile, rejects);
  await writeRejectRecords(path.join(staging, REJECT_RECORDS_FILE), rejects);
  await warehouse.run(`CREATE TABLE rejets AS SELECT * FROM read_csv('${rejectsFile.replaceAll("'", "''")}', header = true, all_varchar = true)`);

  log({ kind: 'step', message: 'contrôles croisés' });
  const controls = controlOptions === false ? NO_CONTROLS : await runControls(warehouse, controlOptions);
  await writeControls(path.join(staging, CONTROLS_FILE), controls.rows);

  log({ kind: 'step', message: 'publication' });
  return { controls, tables: await publishTables(warehouse, staging) };
}

interface RunFacts {
  readonly annee: number | null;
  readonly regions: string;
  readonly arrete: string | null;
}

async function publishDetailAndFacts(warehouse: Warehouse, staging: string): Promise<RunFacts | undefined> {
  await publishDetail(warehouse, staging);
  const [facts] = await warehouse.rows<RunFacts & SqlRow>(
    `SELECT coalesce((SELECT max(annee) FROM (SELECT annee FROM remunerations UNION ALL SELECT annee FROM patientele)),
         (SELECT annee FROM data_last_year)) AS annee,
       (SELECT strftime(arrete, '%Y-%m-%d') FROM data_cutoff) AS arrete,
       (SELECT coalesce(string_agg(region, ',' ORDER BY region), '') FROM data_regions) AS regions`,
  );
  // Written now, beside the files for people, rather than when the warehouse closes, which blocks
  // JavaScript. Nothing else uses the warehouse by then.
  await warehouse.run('CHECKPOINT');
  return facts;
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const arrete = options.arrete === undefined ? undefined : parseArrete(options.arrete);
  const now = options.now ?? processingDate();
  const output = await openOutputDir(options.out, options.input);
  try {
    const files = await readInputs(options.input, log, options.columnMapping);
    const controlOptions = options.controls ?? (process.env.CPR_CONTROLS === 'off' ? false : {});
    const { manifest, tables, controls } = await buildWarehouse(output.staging, files, log, now, controlOptions, arrete, options.afterModels);
    // Written last: its presence marks a complete output folder.
    await writeManifest(path.join(output.staging, MANIFEST), manifest);
    await output.commit();
    const out = output.target;
    return {
      out,
      inputs: manifest.inputs,
      rejected: manifest.rejected,
      tables: tables.map((table) => ({
        ...table,
        csv: path.join(out, 'tables', path.basename(table.csv)),
        parquet: path.join(out, 'tables', path.basename(table.parquet)),
      })),
      manifest,
      controls,
    };
  } finally {
    output.release();
  }
}
