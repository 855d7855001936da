// Outputs replace the previous run's as a whole or not at all: a run killed mid-way, or one that
// fails on a bad file, leaves the last good output as it was; a second run on a busy folder is refused.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutputLockedError, runPipeline } from '../../pipeline';
import { FIXTURE, inputDir, STRUCTURES, tempDir } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INPUT = path.join(FIXTURE, 'input');

/** Path → hash of every file under `dir`, so a test sees any change. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

function startCli(input: string, out: string): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  // One process (no tsx wrapper), so the signal reaches the run itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', '--input', input, '--out', out], { cwd: ROOT });
  let text = '';
  child.stderr!.on('data', (data: Buffer) => (text += data.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => text, exited };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 60_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let out: string;
let before: Record<string, string>;
beforeAll(async () => {
  out = path.join(await tempDir(), 'out');
  await runPipeline({ input: INPUT, out });
  before = await snapshot(out);
});

describe('the output folder', () => {
  it.each(['SIGKILL', 'SIGTERM'] as const)('is unchanged after a run killed mid-way (%s), and the next run succeeds', async (signal) => {
    const cli = startCli(INPUT, out);
    await until(() => cli.stderr().includes('contrôle de structures'), 'the run to be mid-way');
    cli.child.kill(signal);
    await cli.exited;
    expect(await snapshot(out)).toEqual(before);
    const summary = await runPipeline({ input: INPUT, out });
    expect(summary.rejected).toBe(0);
    const after = await snapshot(out);
    for (const file of Object.keys(before).filter((name) => name.startsWith('tables/'))) {
      expect(after[file], file).toBe(before[file]);
    }
    expect(await readdir(path.dirname(out))).toEqual(['out']);
    before = after;
  });

  it('is unchanged after a run that stops on a bad file', async () => {
    const input = await inputDir({ 'structures.csv': STRUCTURES, 'patientele.csv': 'id_structure;annee\nMSP1;2023\n' });
    await expect(runPipeline({ input, out })).rejects.toThrow(/colonnes obligatoires absentes/);
    const now = await snapshot(out);
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
    expect(now['tables/remunerations.csv']).toBe(before['tables/remunerations.csv']);
  });

  it('refuses a second run while one is writing it', async () => {
    const cli = startCli(INPUT, out);
    await until(() => cli.stderr().includes('lu '), 'the first run to start');
    await expect(runPipeline({ input: INPUT, out })).rejects.toThrow(OutputLockedError);
    expect(await cli.exited).toBe(0);
  });
});
