// The benchmark's baseline, run as its own process so that its time and peak memory are its own:
// DuckDB's read_csv (auto-detection, 2 threads) of each export into a table of a fresh database file.
// Prints `{ "tables": [{ "file", "rows", "seconds" }], "seconds" }` on stdout.
//   tsx bench/baseline.ts <database> <file.csv>...
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

async function main(): Promise<void> {
  const [database, ...files] = process.argv.slice(2);
  if (!database || files.length === 0) throw new Error('usage: tsx bench/baseline.ts <database> <file.csv>...');
  const started = performance.now();
  const instance = await DuckDBInstance.create(database);
  const connection = await instance.connect();
  const tables: { file: string; rows: number; seconds: number }[] = [];
  for (const file of files) {
    const fileStarted = performance.now();
    const table = path.basename(file, '.csv');
    const literal = `'${file.replace(/'/g, "''")}'`;
    await connection.run(`CREATE TABLE "${table}" AS SELECT * FROM read_csv(${literal})`);
    const reader = await connection.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM "${table}"`);
    const rows = Number(reader.getRows()[0]![0]);
    tables.push({ file: path.basename(file), rows, seconds: (performance.now() - fileStarted) / 1000 });
  }
  connection.disconnectSync();
  instance.closeSync();
  process.stdout.write(`${JSON.stringify({ tables, seconds: (performance.now() - started) / 1000 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
