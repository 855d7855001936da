// Column-major JSON (`[v, v, …]` per column, the dashboard's layout) written straight from a query:
// the query's rows are stored once in a scratch table, then DuckDB writes each column's values as
// JSON (`to_json`), one a line, to a file of its own, and the lines are joined into the column's
// array as the file is copied out. A list never sits in JavaScript, row or value (a stress-scale
// detail holds millions of rows), and DuckDB formats the values: read back in JavaScript and
// stringified one by one, they took half of « calcul des tableaux » on national data.
import { createReadStream } from 'node:fs';
import { type FileHandle, rm } from 'node:fs/promises';
import path from 'node:path';
import { sqlIdentifier, sqlString, type Warehouse } from '../load';

const SCRATCH_TABLE = 'publication_colonnes';
const NEWLINE = 0x0a;
const COMMA = 0x2c;

/**
 * Appends the query's columns to `out`, each as a JSON array preceded by its `openers` entry (one
 * per column of the query, in order). `scratch` is a folder for the columns' temporary files.
 */
export async function writeJsonColumns(warehouse: Warehouse, out: FileHandle, sql: string, openers: readonly string[], scratch: string): Promise<void> {
  // Stored in the query's order: every later scan of the table keeps it (insertion order).
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${SCRATCH_TABLE} AS ${sql}`);
  try {
    const columns = await warehouse.rows<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_catalog = 'temp' AND table_name = ${sqlString(SCRATCH_TABLE)} ORDER BY ordinal_position`,
    );
    if (columns.length !== openers.length) throw new Error(`writeJsonColumns: ${columns.length} columns for ${openers.length} openers`);
    for (const [i, { name }] of columns.entries()) {
      const file = path.join(scratch, `colonne-${i}.txt`);
      try {
        // A JSON value holds no raw line break nor control character: with those as the quote and
        // the delimiter, the CSV writer leaves every value as it is, one a line.
        await warehouse.run(
          `COPY (SELECT coalesce(to_json(${sqlIdentifier(name)})::VARCHAR, 'null') FROM ${SCRATCH_TABLE}) TO ${sqlString(file)} ` +
            `(FORMAT csv, HEADER false, QUOTE '\x1e', ESCAPE '\x1e', DELIMITER '\x1f')`,
        );
        await out.write(`${openers[i]}[`);
        await appendJoined(out, file);
        await out.write(']');
      } finally {
        await rm(file, { force: true });
      }
    }
  } finally {
    await warehouse.run(`DROP TABLE IF EXISTS ${SCRATCH_TABLE}`);
  }
}

/** The file's lines joined by commas (the last line break dropped), chunk by chunk. */
async function appendJoined(out: FileHandle, file: string): Promise<void> {
  let held: Buffer | undefined;
  for await (const chunk of createReadStream(file)) {
    const bytes = Buffer.from(chunk as Buffer);
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) bytes[at] = COMMA;
    // The last byte waits for the next chunk: it may be the final line break.
    if (held) await out.write(held);
    held = bytes.subarray(bytes.length - 1);
    if (bytes.length > 1) await out.write(bytes.subarray(0, bytes.length - 1));
  }
  if (held && held[0] !== COMMA) await out.write(held);
}
