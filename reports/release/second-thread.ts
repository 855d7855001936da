// A job of a partner output's secrecy work on the second thread (release-worker.ts), while this
// thread does another.

import { startWorker } from '../worker-thread';
import type { SearchedSystems, WorkerJob, WorkerReply } from './release-worker';

/** `stop`: ends the worker (this thread failed, its result is no longer wanted). */
export function onSecondThread(job: WorkerJob & { kind: 'search' }, stop?: AbortSignal): Promise<SearchedSystems>;
export function onSecondThread(job: WorkerJob & { kind: 'audit' }, stop?: AbortSignal): Promise<{ readonly passed: boolean }>;
export function onSecondThread(job: WorkerJob, stop?: AbortSignal): Promise<unknown> {
  const worker = startWorker(new URL('./release-worker.ts', import.meta.url));
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
