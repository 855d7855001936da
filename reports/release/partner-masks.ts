// The one place a partner output gets its masks from: the deck, the workbook, the CSVs and the
// dashboard's partner build all take the masks of their release from here (or from the release's
// register, checked here again), so they mask the same cells and none is written unaudited.
import { auditRelease, highsSolver, type ReleaseMasks, type ReleaseTables } from '../../core';
import { twoCores } from '../worker-thread';
import { highsOnce } from './highs';
import { independentAudit } from './independent-audit';
import { type ParallelOptions, parallelReleaseMasks } from './parallel-masks';
import { onSecondThread } from './second-thread';

/**
 * The cells of every table to show as `NS` at the threshold `threshold` (nothing at ≤ 1), decided
 * once for the whole release at full precision (the search's large programs on HiGHS, on both
 * cores), then audited twice: by the in-house audit (the engine's programs, HiGHS for its large
 * groups) and by HiGHS on programs of its own. Rejects with a `SecrecyBreach` naming the table,
 * the cell and the figures that would reveal it, before the caller writes anything.
 */
export async function partnerMasks(tables: ReleaseTables, threshold: number, options: ParallelOptions = {}): Promise<ReleaseMasks> {
  const masks = await parallelReleaseMasks(tables, threshold, options);
  await checkMasks(tables, masks, threshold);
  return masks;
}

/** Both audits of masks about to be published, whoever computed them (a register read back). */
export async function checkMasks(
  tables: ReleaseTables,
  masks: ReleaseMasks,
  threshold: number,
  /** Rows from which the audits run on both cores (tests: a small release). */
  apartFromRows = AUDITS_APART_FROM_ROWS,
): Promise<void> {
  if (threshold <= 1) return;
  // The audits do not trust the producer: a later change to the masking cannot leak unnoticed.
  const highs = await highsOnce();
  const inHouse = () => auditRelease(tables, masks, threshold, { solver: highsSolver(highs) });
  if (!twoCores() || rowCount(tables) < apartFromRows) {
    inHouse();
    await independentAudit(tables, masks, threshold);
    return;
  }
  // Both at once, the in-house one on the other core; its breach, if any, is named first (here).
  const [apart, independent] = await Promise.allSettled([
    onSecondThread({ kind: 'audit', tables, masks, threshold }),
    independentAudit(tables, masks, threshold),
  ]);
  if (apart.status === 'rejected') throw apart.reason;
  if (!apart.value.passed) {
    inHouse();
    // The same audit passed here: the threads disagree, which nothing should publish past.
    throw new Error('secret statistique : l’audit interne échoue sur le second fil de calcul et passe sur le premier');
  }
  if (independent.status === 'rejected') throw independent.reason;
}

/** Rows of a release under which both audits run on this thread (a worker costs about a second). */
const AUDITS_APART_FROM_ROWS = 10_000;

const rowCount = (tables: ReleaseTables) => Object.values(tables).reduce((rows, table) => rows + (table?.length ?? 0), 0);
