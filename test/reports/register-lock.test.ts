// The release's register is read then written again by every partner output: two at once (the two
// threads of a batch of regions, or two commands) take turns, so that neither entry is lost.
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REGISTER_FILE, withRegisterLock } from '../../reports';

let dir: string;
const file = () => path.join(dir, REGISTER_FILE);
const lock = () => `${file()}.verrou`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// This process's start, as the lock writes it.
const started = () => Math.round(Date.now() / 1000 - process.uptime());

// What an output's record does: read the entries, then write them back with its own.
async function record(entry: string): Promise<void> {
  const entries = JSON.parse(await readFile(file(), 'utf8')) as string[];
  await pause(30);
  await writeFile(file(), JSON.stringify([...entries, entry]));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'register-lock-'));
  await writeFile(file(), '[]');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the release register’s lock', () => {
  it('makes two records at once take turns: both entries are kept', async () => {
    await Promise.all(['11', '84', 'FR'].map((code) => withRegisterLock(file(), () => record(code))));
    expect(JSON.parse(await readFile(file(), 'utf8')).sort()).toEqual(['11', '84', 'FR']);
    expect(await readdir(dir)).toEqual([REGISTER_FILE]);
  });

  it('loses one of two records made at once without it (what the lock is for)', async () => {
    await Promise.all(['11', '84'].map((code) => record(code)));
    expect(JSON.parse(await readFile(file(), 'utf8'))).toHaveLength(1);
  });

  it('takes over a lock left by a process that died', async () => {
    // Beyond Linux's largest process id: no such process.
    await writeFile(lock(), `${hostname()} 4194305 ${started()} 0123456789abcdef\n`);
    await withRegisterLock(file(), () => record('11'));
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual(['11']);
    expect(await readdir(dir)).toEqual([REGISTER_FILE]);
  });

  it('takes over a lock of an earlier process that had this process’s id (a container’s next run)', async () => {
    await writeFile(lock(), `${hostname()} ${process.pid} ${started() - 3600} 0123456789abcdef\n`);
    await withRegisterLock(file(), () => record('11'));
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual(['11']);
  });

  it('takes over an empty lock once it is old: its process was killed before naming itself', async () => {
    await writeFile(lock(), '');
    const old = new Date(Date.now() - 60_000);
    await utimes(lock(), old, old);
    await withRegisterLock(file(), () => record('11'));
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual(['11']);
    expect(await readdir(dir)).toEqual([REGISTER_FILE]);
  });

  it('names the lock, its holder and what to do when a live process keeps it', async () => {
    await writeFile(lock(), `${hostname()} ${process.pid} ${started()} 0123456789abcdef\n`);
    const waited = withRegisterLock(file(), () => record('11'), 100);
    await expect(waited).rejects.toThrow(
      `${lock()} : le registre des diffusions est pris par une autre production en cours (processus ${process.pid} sur ${hostname()}) ; attendez qu’elle finisse et relancez, ou, si aucune n’est en cours, supprimez ce fichier (aucun fichier n’a été écrit)`,
    );
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual([]);
    // Not ours: left in place.
    expect(await readdir(dir)).toContain(`${REGISTER_FILE}.verrou`);
  });

  it('waits for a lock of another machine rather than guess whether its process runs', async () => {
    await writeFile(lock(), `un-autre-poste 4194305 ${started()} 0123456789abcdef\n`);
    await expect(withRegisterLock(file(), () => record('11'), 100)).rejects.toThrow('(processus 4194305 sur un-autre-poste)');
  });

  it('lets go of the lock when the update fails', async () => {
    await expect(withRegisterLock(file(), () => Promise.reject(new Error('disque plein')))).rejects.toThrow('disque plein');
    expect(await readdir(dir)).toEqual([REGISTER_FILE]);
  });
});
