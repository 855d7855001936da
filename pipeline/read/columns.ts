// Matches a file's header to its dataset's columns: a missing required column stops the run with
// the columns found and the ones expected; unknown extra columns are ignored and listed.
import { InputFileError } from '../errors';
import { datasetSpec, type DatasetName } from '../schema';
import type { InspectedFile } from './inspect';

/** The file's header cells that no column of the dataset matches, as written in the file. */
export function matchColumns(file: InspectedFile, dataset: DatasetName): string[] {
  const spec = datasetSpec(dataset);
  const present = new Set(file.columns);
  const missing = spec.columns.filter((column) => column.required && !present.has(column.name)).map((column) => column.name);
  if (missing.length > 0) {
    const plural = missing.length > 1 ? 's' : '';
    const expected = spec.columns.map((column) => (column.required ? `${column.name} (obligatoire)` : column.name));
    throw new InputFileError(
      file.name,
      `colonne${plural} obligatoire${plural} absente${plural} : ${missing.join(', ')}`,
      `Colonnes trouvées : ${file.header.join(', ')}. Colonnes attendues pour ${dataset} : ${expected.join(', ')}. ` +
        'Renommer la colonne dans l’export (accents, casse et séparateurs sont libres).',
      1,
    );
  }
  const known = new Set(spec.columns.map((column) => column.name));
  return file.header.filter((_, index) => !known.has(file.columns[index]!));
}
