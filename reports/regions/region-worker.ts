// The second thread of a batch of regions (generate-regions.ts): it reads the run itself, then makes
// the reports of the regions it takes from the counter both threads share, one message each.
// Partner masks come from the release's register, written by the first region of the main thread.
import { parentPort } from 'node:worker_threads';
import { ReportError } from '../errors';
import { readRun } from '../generate-report';
import type { ReportOptions } from '../options';
import { takeNext } from '../worker-thread';
import { type RegionOutcome, reasonOf, regionReport, traceOf } from './region-report';

export interface RegionJob {
  /** With `from` the run's folder as the first thread resolved it. */
  readonly options: ReportOptions;
  /** The run's processing time, as the first thread read it: the folder must not have changed. */
  readonly generatedAt: string;
  /** The batch's folder, already prepared. */
  readonly out: string;
  readonly order: readonly string[];
  readonly taken: SharedArrayBuffer;
  /** The batch's production time (ISO), the same on both threads. */
  readonly producedAt: string;
  readonly topologyFile?: string;
}

export type RegionMessage = { readonly outcome: RegionOutcome } | { readonly error: string; readonly trace?: string };

parentPort!.once('message', (job: RegionJob) => {
  const work = async () => {
    const read = await readRun(job.options.from);
    if (read.source.run.generatedAt !== job.generatedAt) {
      throw new ReportError(`${read.from} : ce run du pipeline a été refait pendant la production des rapports ; relancez-la`);
    }
    const now = () => new Date(job.producedAt);
    for (let code = takeNext(job.order, job.taken); code !== undefined; code = takeNext(job.order, job.taken)) {
      const outcome = await regionReport(code, job.options, job.out, read, { now, ...(job.topologyFile ? { topologyFile: job.topologyFile } : {}) });
      parentPort!.postMessage({ outcome } satisfies RegionMessage);
    }
  };
  // One sentence: no stack trace reaches a user.
  work().catch((error: unknown) => {
    const trace = traceOf(error);
    parentPort!.postMessage({ error: reasonOf(error, job.out), ...(trace ? { trace } : {}) } satisfies RegionMessage);
  });
});
