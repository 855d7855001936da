// Failures of the machine, as a person meets them on the command line: a read-only output folder
// and a full disk give one French sentence naming the folder and what to do, never a stack trace.
// Real file systems where the machine allows it (tmpfs mounts need root), else an injected error.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, tempDir } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INPUT = path.join(FIXTURE, 'input');

/** The file systems the tests write to, and how they were made. */
interface Disk {
  readonly dir: string;
  readonly mounted: boolean;
}

const mounts: string[] = [];

/** A tmpfs of `options` at a fresh folder, or the plain folder when mounting is not allowed. */
async function disk(options: string): Promise<Disk> {
  const dir = await tempDir('cpr-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return { dir, mounted: true };
  } catch {
    return { dir, mounted: false };
  }
}

/**
 * A preload that makes every write under `dir` fail with `code`, for machines where no small or
 * read-only file system can be mounted.
 */
async function injectedFailure(dir: string, code: string): Promise<string[]> {
  const preload = path.join(await tempDir('cpr-inject-'), 'fail-writes.mjs');
  await writeFile(
    preload,
    `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const fail = (target) => String(target).startsWith(${JSON.stringify(dir)});
const error = (target) => Object.assign(new Error(\`${code}: injected, '\${target}'\`), { code: ${JSON.stringify(code)}, path: String(target) });
const mkdir = fs.promises.mkdir;
fs.promises.mkdir = async (target, ...rest) => { if (fail(target)) throw error(target); return mkdir(target, ...rest); };
const openSync = fs.openSync;
fs.openSync = (target, ...rest) => { if (fail(target)) throw error(target); return openSync(target, ...rest); };
syncBuiltinESMExports();
`,
  );
  return ['--import', preload];
}

function pipeline(preload: string[], ...args: string[]) {
  const result = spawnSync(process.execPath, [...preload, '--import', 'tsx', 'pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(preload: string[], ...args: string[]) {
  const result = spawnSync(process.execPath, [...preload, '--import', 'tsx', 'reports/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of stderr that are errors: exactly one, and no stack frame anywhere. */
function errorLines(stderr: string, prefix: string): string[] {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('Error:');
  return stderr.split('\n').filter((line) => line.startsWith(prefix));
}

let readOnly: Disk;
let full: Disk;
beforeAll(async () => {
  readOnly = await disk('ro,size=64k');
  full = await disk('size=64k');
});
afterAll(() => {
  for (const dir of mounts) execFileSync('umount', [dir]);
});

describe('machine failures on the command line', () => {
  it('a read-only output folder: one sentence naming it, exit 6, no stack trace', async () => {
    const out = path.join(readOnly.dir, 'sortie');
    const preload = readOnly.mounted ? [] : await injectedFailure(readOnly.dir, 'EROFS');
    const { status, stderr } = pipeline(preload, '--input', INPUT, '--out', out);
    expect(status).toBe(6);
    expect(errorLines(stderr, 'Erreur')).toEqual([
      `Erreur : Dossier en lecture seule : impossible d’écrire dans ${out} ; choisir un dossier de sortie sur un disque accessible en écriture, puis relancer (la sortie précédente est intacte).`,
    ]);
    const debug = pipeline(preload, '--input', INPUT, '--out', out, '--debug');
    expect(debug.stderr).toMatch(/^\s+at /m);
  });

  it('a full disk: one sentence naming the folder, exit 6, nothing half-written left behind', async () => {
    const out = path.join(full.dir, 'sortie');
    const preload = full.mounted ? [] : await injectedFailure(full.dir, 'ENOSPC');
    const { status, stderr } = pipeline(preload, '--input', INPUT, '--out', out);
    expect(status).toBe(6);
    expect(errorLines(stderr, 'Erreur')).toEqual([
      `Erreur : Disque plein : impossible d’écrire dans ${out} ; libérer de la place sur ce disque ou choisir un dossier de sortie sur un autre disque, puis relancer (la sortie précédente est intacte).`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(await readdir(full.dir)).toEqual([]);
  });

  it('the report on a read-only folder: one sentence, no stack trace', async () => {
    const from = path.join(await tempDir(), 'run');
    expect(pipeline([], '--input', INPUT, '--out', from).status).toBe(0);
    const out = path.join(readOnly.dir, 'rapport');
    const preload = readOnly.mounted ? [] : await injectedFailure(readOnly.dir, 'EROFS');
    const { status, stderr } = report(preload, '--from', from, '--out', out);
    expect(status).toBe(1);
    expect(errorLines(stderr, 'report :')).toEqual([
      `report : Dossier en lecture seule : impossible d’écrire dans ${out} ; choisir un dossier de sortie sur un disque accessible en écriture, puis relancer (les fichiers déjà présents sont intacts).`,
    ]);
  });

  it('an unexpected failure: one sentence with the folders and what to do, the trace only with --debug', async () => {
    // A folder where the lock file should go: the pipeline cannot create its lock there.
    const parent = await tempDir();
    await mkdir(path.join(parent, '.sortie.lock', 'x'), { recursive: true });
    const out = path.join(parent, 'sortie');
    const { status, stderr } = pipeline([], '--input', INPUT, '--out', out);
    expect(status).toBe(1);
    const [line, ...others] = errorLines(stderr, 'Erreur');
    expect(others).toEqual([]);
    expect(line).toMatch(
      new RegExp(
        `^Erreur inattendue pendant le traitement de ${INPUT} vers ${out} \\(.+\\) : relancer avec --debug pour le détail et le signaler à l’équipe du projet\\.$`,
      ),
    );
  });
});
