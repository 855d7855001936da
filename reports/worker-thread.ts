// A second thread for this process: the machines this runs on have two cores. Work is shared by
// taking turns from a counter both threads see, so neither waits on a split decided in advance.
// Worker modules are TypeScript, so the thread registers tsx (pinned with the project) first.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Whether a second core is there to take a job. */
export const twoCores = () => availableParallelism() >= 2;

/** A counter of items taken, shared by both threads (read by `takeNext`). */
export const sharedCounter = () => new SharedArrayBuffer(4);

/** The next item of `order` no thread has taken yet, if any: each thread takes one as it finishes the last. */
export function takeNext<T>(order: readonly T[], taken: SharedArrayBuffer): T | undefined {
  const count = new Int32Array(taken);
  const at = Atomics.add(count, 0, 1);
  // Wakes a thread waiting for the other's first (`firstTaken`).
  Atomics.notify(count, 0);
  return at < order.length ? order[at] : undefined;
}

/** Blocks until an item has been taken (tests: the worker takes the first, so that it does some). */
export function firstTaken(taken: SharedArrayBuffer, timeoutMs: number): void {
  Atomics.wait(new Int32Array(taken), 0, 0, timeoutMs);
}

/** Starts the TypeScript module `entry` on a worker thread. */
export function startWorker(entry: URL): Worker {
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}
