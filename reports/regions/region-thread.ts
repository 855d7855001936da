// Starts the second thread of a batch (region-worker.ts) and hands each region it makes to `said`.
// A thread that stops says why through `stopped`, once; the batch then makes its remaining regions
// itself.
import { startWorker } from '../worker-thread';
import type { RegionOutcome } from './region-report';
import type { RegionJob, RegionMessage } from './region-worker';

export function onRegionThread(job: RegionJob, said: (outcome: RegionOutcome) => void, stopped: (why: string) => void): Promise<void> {
  const worker = startWorker(new URL('./region-worker.ts', import.meta.url));
  worker.postMessage(job);
  let why: string | undefined;
  return new Promise((resolve) => {
    worker.on('message', (message: RegionMessage) => {
      if ('outcome' in message) said(message.outcome);
      else why ??= message.error;
    });
    // Node's own words (a memory limit, a module that did not load) are English: kept in brackets.
    worker.once('error', (error) => {
      why ??= `erreur inattendue : ${error.message.split('\n')[0]}`;
    });
    worker.once('exit', (code) => {
      if (why !== undefined || code !== 0) stopped(why ?? `sorti avec le code ${code}`);
      resolve();
    });
  });
}
