// One table's secrecy systems for the engine's unit tests, with its cells named by the table's own
// row indexes (the engine numbers the rows of a release in one canonical order).
import type { Row, SecrecyRule, TableName } from '../../../core';
import { cellKey, type PublishedSystem } from '../../../core/secrecy/published-system';
import { releaseSystems } from '../../../core/secrecy/release-masks';
import { releaseRows } from '../../../core/secrecy/release-rows';

/** `rule`: the table's rule for the test, instead of its declaration's. */
export function tableSystems(
  name: TableName,
  rows: readonly Row[],
  threshold: number,
  rule?: SecrecyRule,
): { systems: PublishedSystem[]; key: (row: number, column: string) => string } {
  const release = releaseRows({ [name]: rows });
  const systems = releaseSystems(release, threshold, undefined, false, rule ? () => rule : undefined);
  return { systems, key: (row, column) => cellKey(release.index(name, row), column) };
}
