// The one place a partner output gets its masks from: the deck, the workbook, the CSVs and the
// dashboard's partner build all take the masks of their release from here (or from the release's
// register, checked here again), so they mask the same cells and none is written unaudited.
import { auditRelease, highsSolver, type ReleaseMasks, type ReleaseOptions, type ReleaseTables, releaseMasks } from '../../core';
import { highsOnce } from './highs';
import { independentAudit } from './independent-audit';

/**
 * The cells of every table to show as `NS` at the threshold `threshold` (nothing at ≤ 1), decided
 * once for the whole release at full precision (the search's large programs on HiGHS), then
 * audited twice: by the in-house audit (the engine's programs, HiGHS for its large groups) and by
 * HiGHS on programs of its own. Rejects with a
 * `SecrecyBreach` naming the table, the cell and the figures that would reveal it, before the
 * caller writes anything.
 */
export async function partnerMasks(tables: ReleaseTables, threshold: number, options: ReleaseOptions = {}): Promise<ReleaseMasks> {
  const masks = releaseMasks(tables, threshold, { ...options, solver: highsSolver(await highsOnce()) });
  await checkMasks(tables, masks, threshold);
  return masks;
}

/** Both audits of masks about to be published, whoever computed them (a register read back). */
export async function checkMasks(tables: ReleaseTables, masks: ReleaseMasks, threshold: number): Promise<void> {
  if (threshold <= 1) return;
  // The audits do not trust the producer: a later change to the masking cannot leak unnoticed.
  auditRelease(tables, masks, threshold, { solver: highsSolver(await highsOnce()) });
  await independentAudit(tables, masks, threshold);
}
