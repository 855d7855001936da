// Finds the exports of an input folder and names the dataset of each by its file name:
// `patientele.csv`, or `patientele_<anything>.csv` (several files of one dataset are read together).
// A run without `structures`, or with an export saved in another format than CSV, stops here,
// before anything is read: every other dataset refers to the structures, so without them each of
// their rows would be rejected and the tables would show zeros.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../../core';
import { InputFileError, UsageError } from '../errors';

export interface InputFile {
  readonly dataset: DatasetName;
  readonly path: string;
  readonly name: string;
}

/** The datasets a run cannot do without: the others refer to them. The other datasets are optional. */
export const REQUIRED_DATASETS: readonly DatasetName[] = ['structures'];

// Longest names first, so `cpts_communes_2024.csv` is not read as dataset `cpts`.
const BY_LENGTH = [...DATASET_NAMES].sort((a, b) => b.length - a.length);

const WORKBOOKS: Record<string, string> = { '.xlsx': 'Excel', '.xlsm': 'Excel', '.xls': 'Excel', '.ods': 'LibreOffice' };

export function datasetOf(fileName: string): DatasetName | undefined {
  const stem = fileName.toLowerCase().replace(/\.csv$/, '');
  return BY_LENGTH.find((dataset) => stem === dataset || stem.startsWith(`${dataset}_`));
}

/** The datasets no file of `files` gives, in load order. */
export function absentDatasets(files: readonly { readonly dataset: DatasetName }[]): DatasetName[] {
  return DATASET_NAMES.filter((dataset) => !files.some((file) => file.dataset === dataset));
}

async function folderEntries(inputDir: string) {
  try {
    const info = await stat(inputDir);
    if (!info.isDirectory()) throw new UsageError(`--input ${inputDir} n’est pas un dossier : indiquer le dossier qui contient les exports CSV.`);
    return await readdir(inputDir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `--input ${inputDir} : dossier introuvable ou illisible (${(error as NodeJS.ErrnoException).code}) ; vérifier le chemin et les droits de lecture.`,
    );
  }
}

/**
 * A file named after a dataset that has no CSV, in another format (`structures.xlsx`): the person
 * meant to give that dataset, so the run stops rather than reading it as absent.
 */
function notCsv(name: string, dataset: DatasetName): InputFileError {
  const extension = path.extname(name).toLowerCase();
  const workbook = WORKBOOKS[extension];
  const save = `l’enregistrer au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) » sous le nom ${dataset}.csv, puis relancer`;
  return workbook
    ? new InputFileError(
        name,
        `classeur ${workbook} (${extension}) et non fichier CSV : le pipeline ne lit que des CSV`,
        `L’ouvrir dans le tableur et ${save}.`,
      )
    : new InputFileError(
        name,
        `extension « ${extension} » : seuls les fichiers .csv sont lus, et ${dataset} n’a pas d’autre fichier`,
        `Si c’est l’export CSV de ${dataset}, le renommer en ${dataset}.csv ; sinon ${save}.`,
      );
}

export async function discoverInputs(inputDir: string): Promise<InputFile[]> {
  const entries = await folderEntries(inputDir);
  const csv = entries.filter((entry) => entry.name.toLowerCase().endsWith('.csv')).map((entry) => entry.name);
  const given = new Set(csv.map(datasetOf));
  for (const entry of entries) {
    const extension = path.extname(entry.name);
    const dataset = extension === '' || !entry.isFile() ? undefined : datasetOf(entry.name.slice(0, -extension.length));
    if (dataset && !given.has(dataset) && extension.toLowerCase() !== '.csv') throw notCsv(entry.name, dataset);
  }
  if (csv.length === 0) {
    throw new UsageError(
      `--input ${inputDir} ne contient aucun fichier .csv : y déposer les exports (structures.csv, patientele.csv…) ou indiquer un autre dossier.`,
    );
  }
  const files = csv.sort().map((name) => {
    const dataset = datasetOf(name);
    if (!dataset) {
      throw new InputFileError(
        name,
        'nom de fichier qui ne correspond à aucun jeu de données',
        `Le nommer d’après son contenu : ${DATASET_NAMES.map((d) => `${d}.csv`).join(', ')} (ou <jeu>_<suffixe>.csv), ou le retirer du dossier.`,
      );
    }
    return { dataset, path: path.join(inputDir, name), name };
  });
  const missing = REQUIRED_DATASETS.find((dataset) => !given.has(dataset));
  if (missing) {
    throw new InputFileError(
      `${missing}.csv`,
      `absent de ${inputDir} : les autres exports y renvoient (type, commune et dates de chaque structure), sans lui toutes leurs lignes seraient rejetées et les tableaux vides`,
      `Déposer l’export des structures sous le nom ${missing}.csv (ou ${missing}_<suffixe>.csv), puis relancer ; rien n’a été écrit.`,
    );
  }
  return files;
}
