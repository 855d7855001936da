// The output folder is replaced as a whole or not at all. A run writes into a staging folder
// beside it, then swaps the two with renames on the same file system; a lock file refuses a
// second run on the same folder while one is running. Leftovers of a killed run (its staging
// folder, a half-done swap, a stale lock) are cleaned by the next run.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputLockedError, UsageError } from '../errors';

/** A file every output folder holds, so a run never replaces a folder that is not its own. */
export const MANIFEST = 'run.json';

export interface OutputDir {
  readonly target: string;
  readonly staging: string;
  /** Moves the staging folder into place; the previous output is removed only after. */
  commit(): Promise<void>;
  /** Removes the staging folder and releases the lock (after a failure or after commit). */
  release(): void;
}

/** Whether the process holding a lock file is still running (EPERM: running, someone else's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acquireLock(lockFile: string, target: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new OutputLockedError(`Une autre exécution (processus ${pid}) écrit déjà dans ${target} : attendre sa fin, ou choisir un autre --out.`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new OutputLockedError(`Impossible de verrouiller ${target} (${lockFile}).`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Checks that `--out` may be replaced: a new or empty folder, or the output of an earlier run. */
async function checkTarget(target: string, inputDir: string): Promise<void> {
  const input = path.resolve(inputDir);
  const inside = (parent: string, child: string) => child === parent || child.startsWith(`${parent}${path.sep}`);
  if (inside(target, input) || inside(input, target)) {
    throw new UsageError(`--out ${target} ne peut être ni le dossier des exports (--input) ni le contenir ou s’y trouver.`);
  }
  if (target === path.parse(target).root) throw new UsageError(`--out ${target} : la racine du disque ne peut pas être un dossier de sortie.`);
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new UsageError(`--out ${target} existe et n’est pas un dossier.`);
  const entries = await readdir(target);
  if (entries.length > 0 && !entries.includes(MANIFEST)) {
    throw new UsageError(
      `--out ${target} contient déjà des fichiers qui ne viennent pas du pipeline (pas de ${MANIFEST}) : choisir un dossier vide ou nouveau, le pipeline remplace tout le dossier.`,
    );
  }
}

const open = new Set<OutputDir>();

/** Releases every output folder still open: for the CLI's signal handlers. */
export function releaseOpenOutputs(): void {
  for (const output of open) output.release();
}

export async function openOutputDir(outDir: string, inputDir: string): Promise<OutputDir> {
  const target = path.resolve(outDir);
  await checkTarget(target, inputDir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  await mkdir(parent, { recursive: true });
  const lockFile = path.join(parent, `.${base}.lock`);
  acquireLock(lockFile, target);

  const previous = path.join(parent, `.${base}.previous`);
  try {
    // A swap cut between its two renames: the previous output is the last good one.
    if (!(await exists(target)) && (await exists(previous))) await rename(previous, target);
    await rm(previous, { recursive: true, force: true });
    for (const entry of await readdir(parent)) {
      if (entry.startsWith(`.${base}.staging-`)) await rm(path.join(parent, entry), { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw error;
  }

  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  await mkdir(staging);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    open.delete(output);
    rmSync(staging, { recursive: true, force: true });
    rmSync(lockFile, { force: true });
  };
  const output: OutputDir = {
    target,
    staging,
    async commit() {
      const hadPrevious = await exists(target);
      if (hadPrevious) await rename(target, previous);
      await rename(staging, target);
      if (hadPrevious) await rm(previous, { recursive: true, force: true });
    },
    release,
  };
  open.add(output);
  return output;
}
