// Same exports, options and SOURCE_DATE_EPOCH, the same bytes: the pipeline, the internal and
// partner reports and the dashboard, run twice through their commands in two folders seconds apart,
// compared file by file by their SHA-256. Without it a fund cannot archive what it sent and show
// later that a file is the one it made.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_V2 } from '../support/fixture-runs';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
/** 3 June 2024, 08:00 UTC. */
const EPOCH = '1717401600';
// The warehouse is DuckDB's working file, not an output; the register records each output's folder.
const NOT_OUTPUTS = new Set(['warehouse.duckdb', 'diffusions.json']);

async function hashes(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || NOT_OUTPUTS.has(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

async function chain(root: string, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const run = path.join(root, 'run');
  const options = { cwd: ROOT, env: { ...env, CPR_OUT: run, CPR_BUILD_QUIET: '1' } };
  await exec(TSX, ['pipeline/cli.ts', '--input', path.join(FIXTURE_V2, 'input'), '--out', run], options);
  await exec(TSX, ['reports/cli.ts', '--from', run, '--out', path.join(root, 'rapport')], options);
  await exec(TSX, ['reports/cli.ts', '--from', run, '--out', path.join(root, 'partenaire'), '--secret', '11'], options);
  await exec(TSX, ['dashboard/tools/build-cli.ts', '--out-dir', path.join(root, 'dist')], options);
  return hashes(root);
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'reproducible-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('SOURCE_DATE_EPOCH', () => {
  it('two runs of pipeline, reports and dashboard in two folders give the same bytes, file by file', async () => {
    const env = { ...process.env, SOURCE_DATE_EPOCH: EPOCH };
    const first = await chain(path.join(scratch, 'a'), env);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await chain(path.join(scratch, 'b'), env);
    expect(Object.keys(first).length).toBeGreaterThan(60);
    for (const kind of ['.pptx', '.xlsx', '.csv', '.parquet', 'run.json', 'dist/index.html']) {
      expect(Object.keys(first).some((file) => file.endsWith(kind))).toBe(true);
    }
    expect(second).toEqual(first);
    const run = JSON.parse(await readFile(path.join(scratch, 'a', 'run', 'run.json'), 'utf8')) as { generatedAt: string };
    expect(run.generatedAt).toBe('2024-06-03T08:00:00.000Z');
  }, 300_000);

  it('a value that is not a number of seconds is refused in French, before anything is written', async () => {
    const env = { ...process.env, SOURCE_DATE_EPOCH: 'hier' };
    const out = path.join(scratch, 'refused');
    const failure = await exec(TSX, ['pipeline/cli.ts', '--input', path.join(FIXTURE_V2, 'input'), '--out', out], { cwd: ROOT, env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('SOURCE_DATE_EPOCH vaut « hier » : il faut un nombre entier de secondes depuis le 01/01/1970');
    await expect(readdir(out)).rejects.toThrow();
  });
});
