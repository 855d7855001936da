// What the row checks know of the run itself: the `--arrete` date when given, and the processing
// date, after which nothing can have happened (an event dated 2031 is a typing error).
import { sqlString } from '../load/warehouse';

export function validationParametersSql(arrete: string | undefined, now: Date): string {
  const date = arrete === undefined ? 'NULL::DATE' : `${sqlString(arrete)}::DATE`;
  return `CREATE OR REPLACE TABLE validation_parameters AS
SELECT ${date} AS arrete, ${sqlString(now.toISOString().slice(0, 10))}::DATE AS traitement`;
}

/**
 * Ends the reason of an event dated after `--arrete`: a row the chosen date leaves out, not a sign of
 * a broken export (usable.ts does not count it).
 */
export const AFTER_ARRETE = '(--arrete)';
