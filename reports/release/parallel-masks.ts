// The masking search on both cores. Each phase's systems are independent (no cell in two), so
// they are split into two lanes of about equal size: this thread searches one, a worker thread
// (release-worker.ts) the other, each with a HiGHS of its own. The masks are the very ones one
// thread finds: every system is searched alone, from the same seed, whichever thread does it. On
// national data the region-by-region phase holds 1 104 systems, the France pass 68.
import { highsSolver, type ReleaseMasks, type ReleaseTables, releaseMasksBy, type Suppression, suppressCells } from '../../core';
import { highsOnce } from './highs';
import { onSecondThread, twoCores } from './second-thread';

/**
 * Cells of a phase, in all, under which one thread searches it: a worker costs its start (loading
 * the modules, a second or so) and a copy of the tables and systems.
 */
export const PARALLEL_FROM_CELLS = 20_000;

export interface ParallelOptions {
  readonly seed?: ReleaseMasks;
  /** Overrides PARALLEL_FROM_CELLS (tests: a small release on two threads). */
  readonly fromCells?: number;
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
        const [mine, theirs] = lanes(sizes);
        const stop = new AbortController();
        const reply = onSecondThread(
          {
            kind: 'search',
            tables,
            threshold,
            byRegion: phase.byRegion,
            seed: phase.seed,
            ...(phase.near ? { near: phase.near } : {}),
            indices: theirs,
          },
          stop.signal,
        );
        // Searching here blocks this thread; the worker goes on meanwhile and its reply waits.
        const found = new Array<Suppression>(sizes.length);
        try {
          for (const index of mine) found[index] = search(index);
        } catch (error) {
          // The worker's lane is no longer wanted: it would keep the process alive until done.
          stop.abort();
          reply.catch(() => undefined);
          throw error;
        }
        const other = await reply;
        theirs.forEach((index, at) => {
          const { masked, unprotected } = other[at]!;
          // The breach's explanation needs the system: the rare unprotected one is searched again here.
          found[index] = unprotected ? search(index) : { masked: new Set(masked) };
        });
        return found;
      } finally {
        solver.release();
      }
    },
    options.seed,
  );
}

/** The systems' indices in two lanes of about equal cells, largest first (each to the lighter lane). */
function lanes(sizes: readonly number[]): [number[], number[]] {
  const split: [number[], number[]] = [[], []];
  const load = [0, 0];
  const order = sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  for (const index of order) {
    const lane = load[0]! <= load[1]! ? 0 : 1;
    split[lane].push(index);
    load[lane]! += sizes[index]!;
  }
  for (const lane of split) lane.sort((a, b) => a - b);
  return split;
}
