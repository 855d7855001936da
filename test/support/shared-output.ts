// Expensive test inputs made once per `vitest run` and read by every test file that needs them: a
// pipeline run on a fixture, a dashboard build. Test files run in parallel worker processes, so the
// first file to ask for an output makes it under a lock and the others wait for it; the folder is
// created by the global setup (test/support/global-setup.ts), which removes it after the run. A test
// file fails if a shared output it read changed (test/support/setup.ts): a test that must change one
// copies it first.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { changesIn, fingerprint, MANIFEST } from './fingerprint';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared outputs. */
    sharedOutputs: string;
  }
}

const DONE = '.done';
const FAILED = '.failed';
const LOCK = '.lock';
/** A build waited on longer than this is taken as lost (its maker crashed without saying so). */
const WAIT_LIMIT_MS = 10 * 60_000;

/** Outputs already made or awaited in this worker (test files may share their worker's modules). */
const pending = new Map<string, Promise<string>>();
/** The outputs the current test file asked for. */
const usedByFile = new Set<string>();

/**
 * Fails the test file if a shared output it read changed: called after all its tests
 * (test/support/setup.ts). Another file's change would show here too, named by its path.
 */
export async function checkSharedOutputsUnchanged(): Promise<void> {
  const keys = [...usedByFile];
  usedByFile.clear();
  const changes: string[] = [];
  for (const key of keys) {
    const dir = await pending.get(key)!.catch(() => undefined);
    if (dir) changes.push(...(await changesIn(dir, key)));
  }
  if (changes.length > 0) {
    throw new Error(`shared test outputs changed (a test must copy one before changing it):\n${changes.slice(0, 20).join('\n')}`);
  }
}

function sharedRoot(): string {
  const root = inject('sharedOutputs');
  if (!root) throw new Error('no folder for shared test outputs: vitest.config.ts must list test/support/global-setup.ts in globalSetup');
  return root;
}

/**
 * The folder `<run>/<key>/`, filled once per run by `make(dir)`. Treat it as read-only: its
 * content is checked after the run.
 */
export async function sharedOutput(key: string, make: (dir: string) => Promise<void>): Promise<string> {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(key)) throw new Error(`shared output key ${JSON.stringify(key)}: lowercase letters, digits, dots and dashes only`);
  usedByFile.add(key);
  const root = sharedRoot();
  let promise = pending.get(key);
  // A rerun in watch mode empties the folder (its lock included): what this worker had is gone.
  if (promise && !(await exists(`${path.join(root, key)}${LOCK}`))) promise = undefined;
  if (!promise) {
    promise = obtain(root, key, make);
    pending.set(key, promise);
  }
  return promise;
}

async function obtain(root: string, key: string, make: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(root, key);
  try {
    // mkdir is atomic: the file that creates the lock makes the output.
    await mkdir(`${dir}${LOCK}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return awaitOther(dir, key);
  }
  try {
    await mkdir(dir);
    await make(dir);
    await writeFile(`${dir}${MANIFEST}`, JSON.stringify(await fingerprint(dir)));
    await writeFile(`${dir}${DONE}`, '');
    return dir;
  } catch (error) {
    await writeFile(`${dir}${FAILED}`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}

async function awaitOther(dir: string, key: string): Promise<string> {
  for (let waited = 0; waited < WAIT_LIMIT_MS; waited += 100) {
    if (await exists(`${dir}${DONE}`)) return dir;
    if (await exists(`${dir}${FAILED}`)) {
      throw new Error(`shared output ${key} failed in another test file:\n${await readFile(`${dir}${FAILED}`, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`shared output ${key}: still not made after ${WAIT_LIMIT_MS / 60_000} minutes`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
