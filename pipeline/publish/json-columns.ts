// Column-major JSON (`[v, v, …]` per column, the dashboard's layout) written straight from a query,
// chunk by chunk: a column's values go to a scratch file of their own as DuckDB hands them over,
// and the files are joined once the query is done. A list never sits whole in JavaScript however
// many structures or rows there are (a stress-scale detail holds millions), and the bytes are those
// JSON.stringify gives the same values held in arrays.
import { createReadStream } from 'node:fs';
import { type FileHandle, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SqlValue, Warehouse } from '../load';

/** What a column's scratch file buffers before writing: few writes, little memory. */
const FLUSH_CHARS = 1 << 16;

class ColumnFile {
  private text = '';
  private empty = true;
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(file: string): Promise<ColumnFile> {
    return new ColumnFile(file, await open(file, 'w'));
  }

  async add(values: readonly SqlValue[]): Promise<void> {
    if (values.length === 0) return;
    // JSON.stringify of the chunk's array writes each value as it would inside the whole column.
    const items = JSON.stringify(values).slice(1, -1);
    this.text += this.empty ? items : `,${items}`;
    this.empty = false;
    if (this.text.length >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.text === '') return;
    await this.handle.write(this.text);
    this.text = '';
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }
}

/**
 * Appends the query's columns to `out`, each as a JSON array preceded by its `openers` entry (one
 * per column of the query, in order). `scratch` is a folder for the columns' temporary files.
 */
export async function writeJsonColumns(warehouse: Warehouse, out: FileHandle, sql: string, openers: readonly string[], scratch: string): Promise<void> {
  const files: ColumnFile[] = [];
  try {
    for (const [i] of openers.entries()) files.push(await ColumnFile.create(path.join(scratch, `colonne-${i}.json`)));
    for await (const columns of warehouse.columnChunks(sql)) {
      if (columns.length !== files.length) throw new Error(`writeJsonColumns: ${columns.length} columns for ${files.length} openers`);
      for (const [i, file] of files.entries()) await file.add(columns[i]!);
    }
    for (const file of files) await file.close();
    for (const [i, file] of files.entries()) {
      await out.write(`${openers[i]}[`);
      for await (const bytes of createReadStream(file.file)) await out.write(bytes as Buffer);
      await out.write(']');
    }
  } finally {
    for (const file of files) await file.close().catch(() => undefined);
    await Promise.all(files.map((file) => rm(file.file, { force: true })));
  }
}
