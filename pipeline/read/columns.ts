// Matches a file's header to its dataset's columns: by name, then by the labels internal tools
// print (aliases.ts) and the user's mapping file. A missing required column stops the run with the
// closest header found and the mapping line to add; a header that looks like a garbled column name
// (a wrong encoding, a typo) stops it too, rather than being ignored; other extra columns are
// ignored and listed.

import { type DatasetName, datasetSpec } from '../../core';
import { InputFileError } from '../errors';
import { HEADER_ALIASES, type HeaderAlias } from './aliases';
import { mappingLine } from './column-mapping';
import { editDistance, nearTolerance } from './edit-distance';
import { normalizeHeader } from './header';
import type { InspectedFile } from './inspect';

/** A header read through an alias: the label as written in the file, the column it fills. */
export interface AliasMatch {
  readonly label: string;
  readonly column: string;
  readonly source: 'intégré' | 'fichier';
}

export interface MatchedFile {
  /** The file with each matched header renamed to its column. */
  readonly file: InspectedFile;
  /** Header cells that no column matches, as written in the file. */
  readonly ignored: string[];
  readonly aliases: AliasMatch[];
}

interface Candidate extends HeaderAlias {
  readonly normalized: string;
  readonly source: AliasMatch['source'];
}

function candidates(dataset: DatasetName, columns: ReadonlySet<string>, userAliases: readonly HeaderAlias[]): Candidate[] {
  const applies = (alias: HeaderAlias) => columns.has(alias.column) && (!alias.datasets || alias.datasets.includes(dataset));
  return [
    ...userAliases.filter(applies).map((alias) => ({ ...alias, normalized: normalizeHeader(alias.label), source: 'fichier' as const })),
    ...HEADER_ALIASES.filter(applies).map((alias) => ({ ...alias, normalized: normalizeHeader(alias.label), source: 'intégré' as const })),
  ];
}

export function matchColumns(file: InspectedFile, dataset: DatasetName, userAliases: readonly HeaderAlias[] = []): MatchedFile {
  const spec = datasetSpec(dataset);
  const known = new Set(spec.columns.map((column) => column.name));
  const aliases = candidates(dataset, known, userAliases);
  // Header index → column it fills.
  const claimed = new Map<number, string>();
  const filled = new Set<string>();
  file.columns.forEach((name, index) => {
    if (known.has(name)) {
      claimed.set(index, name);
      filled.add(name);
    }
  });
  const matches: AliasMatch[] = [];
  for (const alias of aliases) {
    if (filled.has(alias.column)) continue;
    const index = file.columns.findIndex((name, i) => !claimed.has(i) && name === alias.normalized);
    if (index < 0) continue;
    claimed.set(index, alias.column);
    filled.add(alias.column);
    matches.push({ label: file.header[index]!, column: alias.column, source: alias.source });
  }
  const unclaimed = file.columns.map((name, index) => ({ name, label: file.header[index]!, index })).filter(({ index }) => !claimed.has(index));

  const missing = spec.columns.filter((column) => column.required && !filled.has(column.name)).map((column) => column.name);
  if (missing.length > 0) {
    const plural = missing.length > 1 ? 's' : '';
    const expected = spec.columns.map((column) => (column.required ? `${column.name} (obligatoire)` : column.name));
    const first = missing[0]!;
    const closest = unclaimed.map((header) => ({ ...header, distance: editDistance(header.name, first) })).sort((a, b) => a.distance - b.distance)[0];
    const suggestion = closest
      ? `En-tête le plus proche de ${first} dans le fichier : « ${closest.label} » ; si c’est bien cette colonne, ajouter au fichier --colonnes la ligne « ${mappingLine(dataset, closest.label, first)} ». `
      : `Si l’export la nomme autrement, ajouter au fichier --colonnes la ligne « ${mappingLine(dataset, '<en-tête de l’export>', first)} ». `;
    throw new InputFileError(
      file.name,
      `colonne${plural} obligatoire${plural} absente${plural} : ${missing.join(', ')}`,
      `Colonnes trouvées : ${file.header.join(', ')}. Colonnes attendues pour ${dataset} : ${expected.join(', ')}. ` +
        suggestion +
        'Sinon, renommer la colonne dans l’export (accents, casse et séparateurs sont libres).',
      1,
    );
  }

  // A header close to a column still unfilled is taken for a garbled copy of it, never ignored.
  for (const header of unclaimed) {
    for (const column of spec.columns) {
      if (filled.has(column.name)) continue;
      const names = [column.name, ...aliases.filter((alias) => alias.column === column.name).map((alias) => alias.normalized)];
      if (!names.some((name) => editDistance(header.name, name) <= nearTolerance(name))) continue;
      throw new InputFileError(
        file.name,
        `la colonne « ${header.label} » ressemble à la colonne ${column.name} sans lui correspondre`,
        `Si le fichier a été enregistré dans un autre encodage, le ré-exporter en « CSV UTF-8 » ; sinon renommer l’en-tête en ${column.name}, ` +
          `ou ajouter au fichier --colonnes la ligne « ${mappingLine(dataset, header.label, column.name)} ».`,
        1,
        header.label,
      );
    }
  }

  const columns = file.columns.map((name, index) => claimed.get(index) ?? name);
  // Where a lone CR is a character of the text (read as a space): the dataset's free text, and the
  // ignored columns, which nothing reads.
  const textColumns = new Set(spec.columns.filter((column) => column.type === 'text').map((column) => column.name));
  const textFields = columns.flatMap((name, index) => (!claimed.has(index) || textColumns.has(name) ? [index] : []));
  return { file: { ...file, columns, textFields }, ignored: unclaimed.map((header) => header.label), aliases: matches };
}
