// The masking search on both cores. Each phase's systems are independent (no cell in two), so
// this thread and a worker thread (release-worker.ts) take them in turn, largest first, each with
// a HiGHS of its own. The masks are the very ones one thread finds: every system is searched
// alone, from the same seed, whichever thread does it. On national data the region-by-region phase
// holds 1 104 systems, the France pass 68.
import { highsSolver, type ReleaseMasks, type ReleaseTables, releaseMasksBy, type Suppression, suppressCells } from '../../core';
import { firstTaken, sharedCounter, takeNext, twoCores } from '../worker-thread';
import { highsOnce } from './highs';
import { onSecondThread } from './second-thread';

/**
 * Cells of a phase, in all, under which one thread searches it: a worker costs its start (loading
 * the modules, a second or so) and a copy of the tables and systems.
 */
export const PARALLEL_FROM_CELLS = 20_000;

export interface ParallelOptions {
  readonly seed?: ReleaseMasks;
  /** Overrides PARALLEL_FROM_CELLS (tests: a small release on two threads). */
  readonly fromCells?: number;
  /** The worker takes each phase's first system (tests: on a small release this thread would take them all). */
  readonly workerFirst?: boolean;
}

export async function parallelReleaseMasks(tables: ReleaseTables, threshold: number, options: ParallelOptions = {}): Promise<ReleaseMasks> {
  const highs = await highsOnce();
  const fromCells = options.fromCells ?? PARALLEL_FROM_CELLS;
  return releaseMasksBy(
    tables,
    threshold,
    async (phase) => {
      const solver = highsSolver(highs);
      const search = (index: number): Suppression => suppressCells(phase.systems[index]!, { ...(phase.near ? { near: phase.near } : {}), solver });
      try {
        const sizes = phase.systems.map((system) => system.cells.size);
        if (!twoCores() || phase.systems.length < 2 || sizes.reduce((a, b) => a + b, 0) < fromCells) return sizes.map((_, index) => search(index));
        // Largest first, each thread taking the next as it finishes one: a system's time is no
        // function of its cells (lanes of equal cells left one thread waiting 90 s on the France pass).
        const order = sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
        const taken = sharedCounter();
        const stop = new AbortController();
        const reply = onSecondThread(
          {
            kind: 'search',
            tables,
            threshold,
            byRegion: phase.byRegion,
            seed: phase.seed,
            ...(phase.near ? { near: phase.near } : {}),
            order,
            taken,
          },
          stop.signal,
        );
        // Searching here blocks this thread; the worker goes on meanwhile and its reply waits.
        const found = new Array<Suppression>(sizes.length);
        try {
          if (options.workerFirst) firstTaken(taken, 60_000);
          for (let index = takeNext(order, taken); index !== undefined; index = takeNext(order, taken)) found[index] = search(index);
        } catch (error) {
          // The worker's share is no longer wanted: it would keep the process alive until done.
          stop.abort();
          reply.catch(() => undefined);
          throw error;
        }
        for (const { index, masked, unprotected } of await reply) {
          // The breach's explanation needs the system: the rare unprotected one is searched again here.
          found[index] = unprotected ? search(index) : { masked: new Set(masked) };
        }
        return found;
      } finally {
        solver.release();
      }
    },
    options.seed,
  );
}
