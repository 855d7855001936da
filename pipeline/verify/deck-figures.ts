// The figures of a published deck, typed into a CSV by a person: one line per figure,
// `table,niveau,code,annee,type_structure,colonne,valeur` (`;` or `,` separated), the value as the
// slide shows it (`13 295 968,61 €`, `57,5 %`). A table keyed by more (profession, programme…) takes
// that key as an extra column. `colonne` is the published column's name or its French label.
import Papa from 'papaparse';
import { type Column, parseWrittenNumber, TABLE_NAMES, type TableName, tableSpec } from '../../core';

export interface DeckFigure {
  /** Physical line in the deck file (header = 1). */
  readonly line: number;
  readonly table: TableName;
  /** The table's key values (niveau, code, annee, type_structure…), as text. */
  readonly keys: Readonly<Record<string, string>>;
  readonly column: Column;
  /** The value as written on the slide. */
  readonly written: string;
  readonly value: number;
  readonly decimals: number;
}

export class DeckFileError extends Error {
  override readonly name = 'DeckFileError';
  readonly exitCode = 3;
}

const REQUIRED = ['table', 'niveau', 'code', 'colonne', 'valeur'] as const;

/** Lower case, accents removed, runs of other characters as `_`: `Patientèle MT` → `patientele_mt`. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const NIVEAUX: Record<string, string> = { departement: 'departement', region: 'region', france: 'france', dept: 'departement' };

function findColumn(table: TableName, written: string): Column | undefined {
  const wanted = normalise(written);
  const values = tableSpec(table).values;
  return values.find((column) => column.name === wanted) ?? values.find((column) => normalise(column.label) === wanted);
}

export function parseDeckFigures(text: string, file: string): DeckFigure[] {
  const body = text.replace(/^\ufeff/, '');
  const header = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => normalise(name),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((name) => !fields.includes(name));
  if (missing.length > 0) {
    throw new DeckFileError(
      `${file} : colonne(s) ${missing.join(', ')} absente(s). L’en-tête attendu est table;niveau;code;annee;type_structure;colonne;valeur.`,
    );
  }
  // Physical line of each data record: blank lines are skipped (a typed deck has no quoted line break).
  const physical = body.split(/\r?\n/).flatMap((text, index) => (index > 0 && text.trim() !== '' ? [index + 1] : []));
  const problems: string[] = [];
  const figures: DeckFigure[] = [];
  parsed.data.forEach((record, index) => {
    const line = physical[index] ?? index + 2;
    const where = (column: string) => `${file}, ligne ${line}, colonne ${column}`;
    const table = (record.table ?? '').trim() as TableName;
    if (!TABLE_NAMES.includes(table)) {
      problems.push(`${where('table')} : « ${record.table ?? ''} » n’est pas un tableau publié (${TABLE_NAMES.join(', ')})`);
      return;
    }
    const column = findColumn(table, record.colonne ?? '');
    if (!column) {
      problems.push(
        `${where('colonne')} : « ${record.colonne ?? ''} » n’est pas une colonne du tableau ${table} (${tableSpec(table)
          .values.map((c) => c.name)
          .join(', ')})`,
      );
      return;
    }
    const written = (record.valeur ?? '').trim();
    const number = parseWrittenNumber(written);
    if (!number) {
      problems.push(`${where('valeur')} : « ${written} » ne se lit pas comme un nombre (ex. 13 295 968,61 € ou 57,5 %)`);
      return;
    }
    const keys: Record<string, string> = {};
    for (const key of tableSpec(table).keys) {
      let value = (record[key.name] ?? '').trim();
      if (key.name === 'niveau') value = NIVEAUX[normalise(value)] ?? value;
      if (value === '') {
        problems.push(
          `${where(key.name)} : vide ; le tableau ${table} a besoin de ${tableSpec(table)
            .keys.map((k) => k.name)
            .join(', ')}`,
        );
        return;
      }
      keys[key.name] = value;
    }
    figures.push({ line, table, keys, column, written, value: number.value, decimals: number.decimals });
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('\n  ');
    const more = problems.length > 10 ? `\n  … et ${problems.length - 10} autre(s)` : '';
    throw new DeckFileError(`${file} : ${problems.length} ligne(s) illisible(s), à corriger :\n  ${shown}${more}`);
  }
  return figures;
}
