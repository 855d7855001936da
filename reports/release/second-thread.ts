// A job of a partner output's secrecy work on a worker thread, while this thread does another: the
// machines this runs on have two cores. The worker's module is TypeScript, so the thread registers
// tsx (pinned with the project) before loading it.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchedSystems, WorkerJob, WorkerReply } from './release-worker';

/** Whether a second core is there to take a job. */
export const twoCores = () => availableParallelism() >= 2;

/** The next system of `order` no thread has taken yet, if any: each thread takes one as it finishes the last. */
export function nextSystem(order: readonly number[], taken: SharedArrayBuffer): number | undefined {
  const count = new Int32Array(taken);
  const at = Atomics.add(count, 0, 1);
  // Wakes a thread waiting for the other's first (`firstTaken`).
  Atomics.notify(count, 0);
  return at < order.length ? order[at] : undefined;
}

/** Blocks until a system has been taken (tests: the worker takes the first, so that it searches some). */
export function firstTaken(taken: SharedArrayBuffer, timeoutMs: number): void {
  Atomics.wait(new Int32Array(taken), 0, 0, timeoutMs);
}

/** `stop`: ends the worker (this thread failed, its result is no longer wanted). */
export function onSecondThread(job: WorkerJob & { kind: 'search' }, stop?: AbortSignal): Promise<SearchedSystems>;
export function onSecondThread(job: WorkerJob & { kind: 'audit' }, stop?: AbortSignal): Promise<{ readonly passed: boolean }>;
export function onSecondThread(job: WorkerJob, stop?: AbortSignal): Promise<unknown> {
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./release-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(boot, { eval: true });
  // Copied now: the caller may go on with the very objects.
  worker.postMessage(job);
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`secret statistique, second fil de calcul : ${reply.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`secret statistique : le second fil de calcul s’est arrêté (code ${code})`)));
    stop?.addEventListener('abort', () => void worker.terminate(), { once: true });
  });
}
