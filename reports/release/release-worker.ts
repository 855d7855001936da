// The second thread of a partner output's secrecy work (second-thread.ts): its share of the masking
// search (the phase's systems built again from the same tables, seed and threshold: the build is
// deterministic, so they are the same systems in the same order), or the in-house audit while the
// main thread runs the independent one.
import { parentPort } from 'node:worker_threads';
import { auditRelease, highsSolver, type ReleaseMasks, type ReleaseTables, releaseRows, releaseSystems, SecrecyBreach, suppressCells } from '../../core';
import { takeNext } from '../worker-thread';
import { highsOnce } from './highs';

export type WorkerJob =
  | {
      readonly kind: 'search';
      readonly tables: ReleaseTables;
      readonly threshold: number;
      readonly byRegion: boolean;
      readonly seed: ReadonlyMap<string, string>;
      readonly near?: ReadonlySet<string>;
      /** The phase's systems by their index, in the order both threads take them. */
      readonly order: readonly number[];
      /** How many of `order` either thread has taken (an `Int32Array` over it, `Atomics.add`). */
      readonly taken: SharedArrayBuffer;
    }
  | { readonly kind: 'audit'; readonly tables: ReleaseTables; readonly masks: ReleaseMasks; readonly threshold: number };

/** Per system searched here: its masked cells, or that no pattern protects it (the main thread says why). */
export type SearchedSystems = { readonly index: number; readonly masked: readonly string[]; readonly unprotected: boolean }[];

/** What a job found: the masks of the systems it searched, or whether the audit passed (the main thread names a breach). */
export type WorkerResult = SearchedSystems | { readonly passed: boolean };

export type WorkerReply = { readonly ok: true; readonly result: WorkerResult } | { readonly ok: false; readonly error: string };

async function run(job: WorkerJob): Promise<WorkerResult> {
  const solver = highsSolver(await highsOnce());
  if (job.kind === 'audit') {
    try {
      auditRelease(job.tables, job.masks, job.threshold, { solver });
      return { passed: true };
    } catch (error) {
      if (error instanceof SecrecyBreach) return { passed: false };
      throw error;
    }
  }
  try {
    const systems = releaseSystems(releaseRows(job.tables), job.threshold, job.seed, job.byRegion);
    const found: SearchedSystems = [];
    for (let index = takeNext(job.order, job.taken); index !== undefined; index = takeNext(job.order, job.taken)) {
      const { masked, unprotected } = suppressCells(systems[index]!, { ...(job.near ? { near: job.near } : {}), solver });
      found.push({ index, masked: [...masked], unprotected: unprotected !== undefined });
    }
    return found;
  } finally {
    solver.release();
  }
}

parentPort!.once('message', (job: WorkerJob) => {
  run(job).then(
    (result) => parentPort!.postMessage({ ok: true, result } satisfies WorkerReply),
    // The message only: no stack trace reaches a user.
    (error: unknown) => parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
