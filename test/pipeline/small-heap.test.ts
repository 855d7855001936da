// Issue 21: no table, structure list or detail is ever held whole in JavaScript. At the stress
// scale (30 M rows, 700 000 structures) a detail read into arrays took the JS heap past 4 GB; here
// the national scale (7 050 structures, details of up to 200 000 rows) runs the command line with
// a heap of 64 MB, which reading any detail or the structure lists whole exceeds (the code before
// the streaming writers died of « JavaScript heap out of memory » at 96 MB), and its outputs must
// be byte for byte those of a normal run.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureRun, sharedGeneration } from '../support/fixture-runs';
import { tempDir } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SMALL_HEAP_MB = 64;

/** The files of `dir` (one level), by name. */
async function filesOf(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe(`the pipeline with a JS heap of ${SMALL_HEAP_MB} MB`, () => {
  it('completes the national scale with the outputs of a normal run', async () => {
    const input = (await sharedGeneration('national')).dir;
    const normal = await fixtureRun('national');
    const out = path.join(await tempDir(), 'out');
    const result = await promisify(execFile)(
      process.execPath,
      [`--max-old-space-size=${SMALL_HEAP_MB}`, '--import', 'tsx', 'pipeline/cli.ts', '--input', input, '--out', out],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '', stdout: '' }));
    const stderr = 'code' in result ? result.stderr : '';
    expect(stderr.includes('heap out of memory'), 'JavaScript heap out of memory').toBe(false);
    expect('code' in result ? result.code : 0, stderr.slice(-2000)).toBe(0);

    for (const table of normal.summary.tables) {
      const rows = (await readFile(path.join(out, 'tables', path.basename(table.csv)), 'utf8')).split('\n').length - 2;
      expect(rows, table.name).toBe(table.rows);
    }
    // The streamed files (the details, the drill-down lists, the structures' identities) as a normal run writes them.
    for (const folder of ['tables', 'detail', 'dashboard/structures']) {
      const names = await filesOf(path.join(normal.out, folder));
      expect(await filesOf(path.join(out, folder))).toEqual(names);
      for (const name of names.filter((file) => !file.endsWith('.parquet'))) {
        const [expected, actual] = await Promise.all([readFile(path.join(normal.out, folder, name)), readFile(path.join(out, folder, name))]);
        expect(actual.equals(expected), `${folder}/${name}`).toBe(true);
      }
    }
  });
});
