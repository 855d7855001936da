// The lock of a release's register, `diffusions.json.verrou`: every output reads the register and
// writes it back whole, so two outputs recorded at once (the two threads of a batch of regions, two
// commands) take turns, or one of the entries would be lost. The file names its holder: host,
// process, the process's start (in a container every run may be process 27) and a token of its own.
// A lock whose process has died is taken over; one held by a live process is waited for.
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { isAlive } from '../../pipeline';
import { ReportError } from '../errors';

const LOCK_WAIT_MS = 60_000;
/** An empty lock older than this was left by a process killed between making it and naming itself. */
const UNNAMED_AFTER_MS = 10_000;
/** The start of this process in seconds, the same on each of its threads give or take a rounding. */
const PROCESS_START = Math.round(Date.now() / 1000 - process.uptime());

interface Holder {
  readonly host: string;
  readonly pid: number;
  readonly start: number;
  readonly token: string;
}

const line = (holder: Holder) => `${holder.host} ${holder.pid} ${holder.start} ${holder.token}\n`;

function holderOf(text: string): Holder | undefined {
  const [host, pid, start, token] = text.trim().split(' ');
  return host && token && Number(pid) > 0 && Number.isFinite(Number(start)) ? { host, pid: Number(pid), start: Number(start), token } : undefined;
}

/** Whether the lock's holder is gone: its process died, or its id now belongs to this process. */
function gone(holder: Holder | undefined, ageMs: number): boolean {
  if (!holder) return ageMs > UNNAMED_AFTER_MS;
  // Another machine's process cannot be asked: a person decides (the message says how).
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return Math.abs(holder.start - PROCESS_START) > 2;
  return !isAlive(holder.pid);
}

export async function withRegisterLock<T>(file: string, update: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = `${file}.verrou`;
  const me: Holder = { host: hostname(), pid: process.pid, start: PROCESS_START, token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await take(lock, me)) break;
    const text = await readFile(lock, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const holder = holderOf(text);
    const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
    if (gone(holder, age)) {
      await takeOver(lock, text, me.token);
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder ? `processus ${holder.pid} sur ${holder.host}` : 'processus inconnu';
      throw new ReportError(
        `${lock} : le registre des diffusions est pris par une autre production en cours (${who}) ; attendez qu’elle finisse et relancez, ou, si aucune n’est en cours, supprimez ce fichier (aucun fichier n’a été écrit)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  try {
    return await update();
  } finally {
    // Only a lock still ours: never one another output holds.
    if (holderOf(await readFile(lock, 'utf8').catch(() => ''))?.token === me.token) await unlink(lock).catch(() => undefined);
  }
}

/** Makes the lock file naming `me`; false when it exists. A lock half made is removed. */
async function take(lock: string, me: Holder): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(lock, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(line(me));
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(lock).catch(() => undefined);
    throw error;
  }
}

/**
 * Moves a gone holder's lock aside (one rename wins), then drops it; a lock found to be another's
 * by then (taken meanwhile by an output that got there first) is put back.
 */
async function takeOver(lock: string, seen: string, token: string): Promise<void> {
  const aside = `${lock}.${token}.perime`;
  try {
    await rename(lock, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => seen);
  if (moved !== seen) await link(aside, lock).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
