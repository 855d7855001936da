// Column-major JSON (`[v, v, …]` per column, the dashboard's layout) written straight from DuckDB:
// each column's array, opener included, is one COPY to a file of its own (one value a line, with a
// comma for the line break and the brackets as prefix and suffix), and the files are copied into
// the output in turn. A list never sits in JavaScript, row or value (a stress-scale detail holds
// millions of rows), and DuckDB formats the values: read back in JavaScript and stringified one by
// one, they took half of « calcul des tableaux » on national data.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { sqlIdentifier, sqlString, type Warehouse } from '../load';

const SCRATCH_TABLE = 'publication_colonnes';
/** Shared by every copy: each runs whole, synchronously, before another can start. */
const COPY_BUFFER = Buffer.alloc(1 << 20);

/** A column of the output: its SQL value over the source's rows, and what precedes its array. */
export interface JsonColumn {
  readonly opener: string;
  readonly value: string;
}

/**
 * Appends to `out` (a file descriptor) each column's JSON array, preceded by its opener, over the
 * rows of `from`, a stored table read in its insertion order. `scratch` is a folder for the
 * columns' temporary files.
 */
export async function appendJsonColumns(warehouse: Warehouse, out: number, from: string, columns: readonly JsonColumn[], scratch: string): Promise<void> {
  for (const [i, { opener, value }] of columns.entries()) {
    const file = path.join(scratch, `colonne-${i}.txt`);
    try {
      // A JSON value holds no raw line break nor control character: with those as the quote and
      // the delimiter, the CSV writer quotes no value but one holding `#` (a comment character when
      // CSV is read back), which only a string can hold: written `\u0023` there, the same text
      // once parsed. A comma ends each value but the last.
      await warehouse.run(
        `COPY (SELECT replace(coalesce(to_json(${value})::VARCHAR, 'null'), '#', '\\u0023') FROM ${from}) TO ${sqlString(file)} ` +
          `(FORMAT csv, HEADER false, QUOTE '\x1e', ESCAPE '\x1e', DELIMITER '\x1f', NEW_LINE ',', PREFIX ${sqlString(`${opener}[`)}, SUFFIX ']')`,
      );
      appendFile(out, file);
    } finally {
      rmSync(file, { force: true });
    }
  }
}

/**
 * `appendJsonColumns` over the named columns of a query, in its order: its rows are stored once in
 * a scratch table, which every later scan reads in that order (insertion order).
 */
export async function appendQueryColumns(
  warehouse: Warehouse,
  out: number,
  sql: string,
  columns: readonly { readonly name: string; readonly opener: string }[],
  scratch: string,
): Promise<void> {
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${SCRATCH_TABLE} AS ${sql}`);
  try {
    const values = columns.map(({ name, opener }) => ({ opener, value: sqlIdentifier(name) }));
    await appendJsonColumns(warehouse, out, SCRATCH_TABLE, values, scratch);
  } finally {
    await warehouse.run(`DROP TABLE IF EXISTS ${SCRATCH_TABLE}`);
  }
}

/** Writes every byte of `text` to `out`. */
export function writeAll(out: number, text: string | Buffer): void {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let at = 0; at < bytes.length; ) at += writeSync(out, bytes, at, bytes.length - at);
}

function appendFile(out: number, file: string): void {
  const input = openSync(file, 'r');
  try {
    for (let read = readSync(input, COPY_BUFFER); read > 0; read = readSync(input, COPY_BUFFER)) writeAll(out, COPY_BUFFER.subarray(0, read));
  } finally {
    closeSync(input);
  }
}
