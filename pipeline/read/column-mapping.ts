// The user's own header labels (`--colonnes mapping.csv`): one line per label, `dataset,libelle,colonne`
// (`;` also accepted, as French Excel saves it). Checked whole before any export is read.

import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { DATASET_NAMES, type DatasetName, datasetSpec } from '../../core';
import { UsageError } from '../errors';
import type { HeaderAlias } from './aliases';
import { normalizeHeader } from './header';

export const MAPPING_HEADER = ['dataset', 'libelle', 'colonne'] as const;

/** A mapping line as a person adds it to the file (the label quoted when it must be). */
export function mappingLine(dataset: string, label: string, column: string): string {
  return Papa.unparse([[dataset, label, column]], { newline: '\n' });
}

export async function readColumnMapping(file: string): Promise<HeaderAlias[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(
      `--colonnes ${file} : fichier introuvable ou illisible (${(error as NodeJS.ErrnoException).code ?? String(error)}) ; indiquer un fichier CSV « dataset,libelle,colonne ».`,
    );
  }
  const text = (isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'win1252')).replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.map(normalizeHeader).join(',') !== MAPPING_HEADER.join(',')) {
    throw new UsageError(`--colonnes ${file} : la première ligne doit être « ${MAPPING_HEADER.join(',')} » ; la corriger puis relancer.`);
  }
  return rows.map((row, index) => {
    const line = index + 2;
    const [dataset = '', label = '', column = ''] = row.map((cell) => cell.trim());
    const where = `--colonnes ${file}, ligne ${line}`;
    if (!(DATASET_NAMES as readonly string[]).includes(dataset)) {
      throw new UsageError(`${where} : jeu de données « ${dataset} » inconnu ; utiliser l’un de ${DATASET_NAMES.join(', ')}.`);
    }
    const columns = datasetSpec(dataset as DatasetName).columns.map((c) => c.name);
    if (!columns.includes(column)) {
      throw new UsageError(`${where} : « ${column} » n’est pas une colonne de ${dataset} ; utiliser l’une de ${columns.join(', ')}.`);
    }
    if (normalizeHeader(label) === '') throw new UsageError(`${where} : libellé vide ; écrire l’en-tête tel que l’export l’imprime.`);
    return { label, column, datasets: [dataset] };
  });
}
