// One pipeline run: read → load → validate → model → publish, into a staging folder that
// replaces `--out` only once everything is written.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputFileError } from './errors';
import { loadGeography, loadRawDataset, dropRawDataset, Warehouse, type RawFile } from './load';
import { silentLogger, type Logger } from './log';
import { buildModels } from './model';
import {
  collectRejects,
  excelTableCsv,
  openOutputDir,
  publishTables,
  readPublishedTables,
  writeManifest,
  writeRejects,
  MANIFEST,
  type InputSummary,
  type PublishedTable,
  type RunManifest,
} from './publish';
import { writeDashboardData } from './publish/dashboard-data';
import { discoverInputs, inspectFile, needsRewrite, rewriteForDuckDB, type InspectedFile } from './read';
import { DATASET_NAMES, datasetSpec, TABLE_NAMES, type DatasetName } from './schema';
import { checkDataset, REJECTS_TABLE_SQL } from './validate';
import { writeFile } from 'node:fs/promises';

const MEMORY_LIMIT = '400MB';

export interface RunOptions {
  readonly input: string;
  readonly out: string;
  readonly log?: Logger;
  /** The run's date, written in run.json (defaults to now). */
  readonly now?: Date;
}

export interface RunSummary {
  readonly out: string;
  readonly inputs: readonly InputSummary[];
  readonly rejected: number;
  readonly tables: readonly PublishedTable[];
  readonly manifest: RunManifest;
}

/** Column checks that stop the run: a required column missing from a file. */
function checkColumns(file: InspectedFile, dataset: DatasetName): string[] {
  const spec = datasetSpec(dataset);
  const present = new Set(file.columns);
  const missing = spec.columns.filter((column) => column.required && !present.has(column.name)).map((column) => column.name);
  if (missing.length > 0) {
    throw new InputFileError(
      file.name,
      `colonne${missing.length > 1 ? 's' : ''} obligatoire${missing.length > 1 ? 's' : ''} absente${missing.length > 1 ? 's' : ''} : ${missing.join(', ')}`,
      `Colonnes trouvées : ${file.header.join(', ')}. Colonnes attendues pour ${dataset} : ${spec.columns
        .map((column) => (column.required ? `${column.name} (obligatoire)` : column.name))
        .join(', ')}. Renommer la colonne dans l’export (accents, casse et séparateurs sont libres).`,
      1,
    );
  }
  const known = new Set(spec.columns.map((column) => column.name));
  return file.header.filter((_, index) => !known.has(file.columns[index]!));
}

async function loadAndCheck(
  warehouse: Warehouse,
  workDir: string,
  files: readonly { inspected: InspectedFile; dataset: DatasetName }[],
  log: Logger,
): Promise<void> {
  for (const dataset of DATASET_NAMES) {
    const raw: RawFile[] = [];
    for (const [fileId, file] of files.entries()) {
      if (file.dataset !== dataset) continue;
      let readPath = file.inspected.path;
      if (needsRewrite(file.inspected)) {
        readPath = path.join(workDir, `${fileId}.csv`);
        await rewriteForDuckDB(file.inspected, readPath);
      }
      raw.push({ fileId, inspected: file.inspected, readPath });
    }
    // A dataset with no file still gets its (empty) table, so every model can run.
    await loadRawDataset(warehouse, dataset, raw);
    log({ kind: 'step', message: `contrôle de ${dataset}` });
    await checkDataset(warehouse, dataset);
    await dropRawDataset(warehouse, dataset, raw);
  }
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  const inputs = await discoverInputs(options.input);
  const output = await openOutputDir(options.out, options.input);
  try {
    const files: { inspected: InspectedFile; dataset: DatasetName; ignored: string[] }[] = [];
    for (const input of inputs) {
      const inspected = await inspectFile(input.path);
      const ignored = checkColumns(inspected, input.dataset);
      log({
        kind: 'read',
        file: inspected.name,
        dataset: input.dataset,
        rows: inspected.records + inspected.malformed.length,
        encoding: inspected.encoding,
        delimiter: inspected.delimiter,
      });
      files.push({ inspected, dataset: input.dataset, ignored });
    }

    const staging = output.staging;
    const workDir = path.join(staging, '.work');
    await mkdir(workDir);
    const warehouse = await Warehouse.open(path.join(staging, 'warehouse.duckdb'));
    if (process.env.CPR_PROFILE) {
      warehouse.onStatement = (sql, ms) => process.stderr.write(`${(ms / 1000).toFixed(2)} s  ${sql.replace(/\s+/g, ' ').slice(0, 110)}\n`);
    }
    let manifest: RunManifest;
    let tables: PublishedTable[];
    let summaries: InputSummary[];
    try {
      // Bounded memory: what does not fit spills to the staging folder, so memory does not grow with the exports.
      await warehouse.run(`SET temp_directory = '${workDir.replaceAll("'", "''")}'`);
      await warehouse.run(`SET memory_limit = '${MEMORY_LIMIT}'`);
      await warehouse.run(await readFile(new URL('./validate/macros.sql', import.meta.url), 'utf8'));
      log({ kind: 'step', message: 'chargement de la géographie de référence' });
      await loadGeography(warehouse);
      await warehouse.run(REJECTS_TABLE_SQL);
      await loadAndCheck(warehouse, workDir, files, log);

      const rejects = await collectRejects(warehouse, files.map((file) => file.inspected));
      const rejectedByFile = new Map<string, number>();
      for (const reject of rejects) rejectedByFile.set(reject.file, (rejectedByFile.get(reject.file) ?? 0) + 1);
      summaries = files.map(({ inspected, dataset, ignored }) => {
        const rejected = rejectedByFile.get(inspected.name) ?? 0;
        const rows = inspected.records + inspected.malformed.length;
        return {
          file: inspected.name,
          dataset,
          encoding: inspected.encoding,
          delimiter: inspected.delimiter,
          rows,
          kept: rows - rejected,
          rejected,
          ignoredColumns: ignored,
        };
      });
      for (const input of summaries) log({ kind: 'checked', input });

      log({ kind: 'step', message: 'calcul des tableaux' });
      await buildModels(warehouse);
      const rejectsFile = path.join(staging, 'rejects.csv');
      await writeRejects(rejectsFile, rejects);
      await warehouse.run(
        `CREATE TABLE rejets AS SELECT * FROM read_csv('${rejectsFile.replaceAll("'", "''")}', header = true, all_varchar = true)`,
      );
      log({ kind: 'step', message: 'publication' });
      tables = await publishTables(warehouse, staging);
      const [facts] = await warehouse.rows<{ annee: number | null; regions: string }>(
        `SELECT coalesce((SELECT max(annee) FROM (SELECT annee FROM remunerations UNION ALL SELECT annee FROM patientele)),
             (SELECT annee FROM data_last_year)) AS annee,
           (SELECT coalesce(string_agg(region, ',' ORDER BY region), '') FROM data_regions) AS regions`,
      );
      manifest = {
        generatedAt: (options.now ?? new Date()).toISOString(),
        referenceYear: facts?.annee ?? null,
        regions: facts?.regions ? facts.regions.split(',') : [],
        inputs: summaries,
        rejected: rejects.length,
      };
    } finally {
      warehouse.close();
    }
    await rm(workDir, { recursive: true, force: true });

    const published = await readPublishedTables(staging);
    await writeDashboardData(published, path.join(staging, 'dashboard'));
    await mkdir(path.join(staging, 'exports'));
    for (const name of TABLE_NAMES) {
      await writeFile(path.join(staging, 'exports', `${name}.csv`), excelTableCsv(name, published[name]));
    }
    // Written last: its presence marks a complete output folder.
    await writeManifest(path.join(staging, MANIFEST), manifest);
    await output.commit();
    const out = output.target;
    return {
      out,
      inputs: summaries,
      rejected: manifest.rejected,
      tables: tables.map((table) => ({
        ...table,
        csv: path.join(out, 'tables', path.basename(table.csv)),
        parquet: path.join(out, 'tables', path.basename(table.parquet)),
      })),
      manifest,
    };
  } finally {
    output.release();
  }
}
