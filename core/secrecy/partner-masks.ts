// The one place a partner output gets its masks from: the deck, the workbook, the CSVs and the
// dashboard's partner build all call it, so they mask the same cells and none is written unaudited.
import type { Row } from '../published/published-tables';
import type { TableName } from '../schema';
import { auditMasks, maskTable, type TableMasks } from './mask-table';

/**
 * The cells of `rows` to show as `NS` at the threshold `threshold` (nothing at ≤ 1), audited against
 * every figure the table shows: throws a `SecrecyBreach` naming the table, the cell and the figures
 * that would reveal it, before the caller writes anything.
 */
export function partnerMasks(name: TableName, rows: readonly Row[], threshold: number): TableMasks {
  const masks = maskTable(name, rows, threshold);
  // The audit does not trust the producer: a later change to the masking cannot leak unnoticed.
  if (threshold > 1) auditMasks(name, rows, masks, threshold);
  return masks;
}
