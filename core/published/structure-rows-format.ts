// The dashboard's structure-level files (`<out>/dashboard/structures/<table>.json`): the rows of each
// table's detail, which its department figures add up, for the internal build's drill-down lists
// only (a partner build never reads it). Column-major like data.json; each row names its structure by index into one list of
// structures, so a name is written once however many years and professions refer to it.
// Browser-safe: the pipeline encodes with it, the dashboard decodes with it.
import { innerKeys, TABLE_NAMES, type TableName } from '../schema';

export const STRUCTURE_ROWS_DIR = 'structures';
export const STRUCTURE_ROWS_VERSION = 1;

export interface Structure {
  readonly id: string;
  readonly nom: string | null;
  readonly commune: string | null;
  readonly type: string;
  readonly categorie: string | null;
}

export interface StructureRow {
  readonly structure: Structure;
  /** The department the models counted the row in. */
  readonly departement: string;
  /** The table's keys other than the area (annee, type_structure, profession…). */
  readonly keys: Readonly<Record<string, string | number>>;
  /** In the paid figures (a remunerated structure); true where the table has no such notion. */
  readonly compte: boolean;
  readonly statut: string | null;
  /** The table's additive columns, named after them: what the structure contributes. */
  readonly values: Readonly<Record<string, number | null>>;
}

export type StructureRows = Partial<Record<TableName, StructureRow[]>>;

type Cell = string | number | boolean | null;

interface EncodedColumns {
  readonly columns: readonly string[];
  readonly values: readonly (readonly Cell[])[];
}

interface EncodedStructureRows {
  readonly version: typeof STRUCTURE_ROWS_VERSION;
  readonly structures: EncodedColumns;
  readonly tables: Partial<Record<TableName, EncodedColumns>>;
}

export const IDENTITY_COLUMNS = ['id_structure', 'departement', 'compte', 'statut'] as const;
const STRUCTURE_COLUMNS = ['id', 'nom', 'commune', 'type', 'categorie'] as const;

const columnMajor = (columns: readonly string[], rows: readonly Record<string, Cell>[]): EncodedColumns => ({
  columns,
  values: columns.map((column) => rows.map((row) => row[column] ?? null)),
});

/**
 * One table's rows given column by column (`id_structure`, departement, keys, compte, statut,
 * values: arrays of one length), as the pipeline reads a detail table without an object per row;
 * the file lists only the structures its rows name.
 */
export function encodeStructureColumns(structures: readonly Structure[], table: TableName, columns: Readonly<Record<string, readonly Cell[]>>): string {
  const ids = (columns.id_structure ?? []).map(String);
  const named = new Set(ids);
  const listed = structures.filter((structure) => named.has(structure.id));
  const index = new Map(listed.map((structure, i) => [structure.id, i]));
  const names = Object.keys(columns).filter((column) => column !== 'id_structure');
  const encoded: EncodedStructureRows = {
    version: STRUCTURE_ROWS_VERSION,
    structures: columnMajor(STRUCTURE_COLUMNS, listed as unknown as Record<string, Cell>[]),
    tables: {
      [table]: { columns: ['structure', ...names], values: [ids.map((id) => index.get(id) ?? -1), ...names.map((name) => columns[name] ?? [])] },
    },
  };
  return `${JSON.stringify(encoded)}\n`;
}

function rowsOf(table: EncodedColumns): Record<string, Cell>[] {
  const length = table.values[0]?.length ?? 0;
  return Array.from({ length }, (_, r) => Object.fromEntries(table.columns.map((column, c) => [column, table.values[c]?.[r] ?? null])));
}

export function decodeStructureRows(data: unknown): StructureRows {
  const encoded = data as Partial<EncodedStructureRows> | null;
  if (!encoded || encoded.version !== STRUCTURE_ROWS_VERSION || !encoded.structures || !encoded.tables) {
    throw new Error(`structure rows: unsupported format (expected version ${STRUCTURE_ROWS_VERSION})`);
  }
  const structures = rowsOf(encoded.structures).map(
    (s): Structure => ({
      id: String(s.id),
      nom: s.nom as string | null,
      commune: s.commune as string | null,
      type: String(s.type),
      categorie: s.categorie as string | null,
    }),
  );
  const result: StructureRows = {};
  for (const name of TABLE_NAMES) {
    const table = encoded.tables[name];
    if (!table) continue;
    const keys = innerKeys(name);
    const valueColumns = table.columns.filter((c) => c !== 'structure' && !keys.includes(c) && !(IDENTITY_COLUMNS as readonly string[]).includes(c));
    result[name] = rowsOf(table).map((row) => ({
      structure: structures[Number(row.structure)]!,
      departement: String(row.departement),
      keys: Object.fromEntries(keys.filter((k) => row[k] !== undefined && row[k] !== null).map((k) => [k, row[k] as string | number])),
      compte: row.compte === true,
      statut: (row.statut as string | null) ?? null,
      values: Object.fromEntries(valueColumns.map((c) => [c, typeof row[c] === 'number' ? (row[c] as number) : null])),
    }));
  }
  return result;
}
