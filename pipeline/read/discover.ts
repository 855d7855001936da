// Finds the exports of an input folder and names the dataset of each by its file name:
// `patientele.csv`, or `patientele_<anything>.csv` (several files of one dataset are read together).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../../core';
import { InputFileError, UsageError } from '../errors';

export interface InputFile {
  readonly dataset: DatasetName;
  readonly path: string;
  readonly name: string;
}

// Longest names first, so `cpts_communes_2024.csv` is not read as dataset `cpts`.
const BY_LENGTH = [...DATASET_NAMES].sort((a, b) => b.length - a.length);

export function datasetOf(fileName: string): DatasetName | undefined {
  const stem = fileName.toLowerCase().replace(/\.csv$/, '');
  return BY_LENGTH.find((dataset) => stem === dataset || stem.startsWith(`${dataset}_`));
}

export async function discoverInputs(inputDir: string): Promise<InputFile[]> {
  let entries: string[];
  try {
    const info = await stat(inputDir);
    if (!info.isDirectory()) throw new UsageError(`--input ${inputDir} n’est pas un dossier : indiquer le dossier qui contient les exports CSV.`);
    entries = await readdir(inputDir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `--input ${inputDir} : dossier introuvable ou illisible (${(error as NodeJS.ErrnoException).code}) ; vérifier le chemin et les droits de lecture.`,
    );
  }
  const files = entries.filter((entry) => entry.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) {
    throw new UsageError(
      `--input ${inputDir} ne contient aucun fichier .csv : y déposer les exports (structures.csv, patientele.csv…) ou indiquer un autre dossier.`,
    );
  }
  return files.map((name) => {
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
}
