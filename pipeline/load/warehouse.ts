// The DuckDB warehouse: one file per run, its connection (and, for work done beside it, a second
// one: `beside`), closed before the file is published (DuckDB keeps a lock on the file until the
// connections and the instance are closed).
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

/** DuckDB's threads: the machine's two cores. */
export const WAREHOUSE_THREADS = 2;

export class Warehouse {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** A second connection (`beside`) leaves the instance to the first. */
    private readonly ownsInstance: boolean,
  ) {}

  static async open(file: string): Promise<Warehouse> {
    const instance = await DuckDBInstance.create(file, { threads: String(WAREHOUSE_THREADS) });
    return new Warehouse(instance, await instance.connect(), true);
  }

  /**
   * Runs `work` on a second connection to the same database, beside this one's statements: many
   * small statements leave DuckDB's threads idle between them. Its temporary tables are its own.
   */
  async beside<T>(work: (other: Warehouse) => Promise<T>): Promise<T> {
    const other = new Warehouse(this.instance, await this.instance.connect(), false);
    const onStatement = this.onStatement;
    // Its statements run beside this connection's: marked, since their times overlap.
    if (onStatement) other.onStatement = (sql, milliseconds) => onStatement(`[2] ${sql}`, milliseconds);
    try {
      return await work(other);
    } finally {
      other.close();
    }
  }

  /** Called after each statement with its duration: `CPR_PROFILE=1` prints them, to find the slow step. */
  onStatement: ((sql: string, milliseconds: number) => void) | undefined;

  async run(sql: string): Promise<void> {
    const start = performance.now();
    await this.connection.run(sql);
    this.onStatement?.(sql, performance.now() - start);
  }

  /** Rows as plain values: BIGINT and DECIMAL become numbers, dates and timestamps ISO strings. */
  async rows<T extends SqlRow = SqlRow>(sql: string): Promise<T[]> {
    const start = performance.now();
    const reader = await this.connection.runAndReadAll(sql);
    this.onStatement?.(sql, performance.now() - start);
    return reader.getRowObjectsJS().map((row) => {
      const plain: SqlRow = {};
      for (const [key, value] of Object.entries(row)) plain[key] = plainValue(value);
      return plain as T;
    });
  }

  close(): void {
    this.connection.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}

function plainValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return Number(String(value));
  return value as SqlValue;
}

/** A string as a SQL literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A name as a SQL identifier. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
