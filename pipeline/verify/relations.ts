// What the definitions say about the cells of one row of a table, used to recognise why a deck's
// figure is wrong: a count is a sum divided by its mean, some sums are sums of others. Read from the
// table's declaration (its secrecy rule states the same relations a reader could use).
import { secrecyRule, type TableName } from '../../core';

export interface TableRelations {
  /** The count the means divide by, and the (sum, mean) pairs that give it. */
  readonly count?: { readonly column: string; readonly ratios: readonly (readonly [sum: string, mean: string])[] };
  /** A sum that is the sum of other columns of the row. */
  readonly identities: readonly { readonly column: string; readonly parts: readonly string[] }[];
}

export function relationsOf(table: TableName): TableRelations {
  const rule = secrecyRule(table);
  if (!rule) return { identities: [] };
  // The means over the row's own count of structures (the rule's weight), as a deck shows them.
  const ratios = rule.means.filter((mean) => mean.count === rule.weight).map((mean) => [mean.sum, mean.mean] as const);
  return {
    ...(ratios.length > 0 ? { count: { column: rule.weight, ratios } } : {}),
    identities: rule.rowSums.map(([column, ...parts]) => ({ column, parts })),
  };
}

/** The mean column of a (sum, mean) pair, and its sum. */
export function meanOf(table: TableName, column: string): { sum: string; count: string } | undefined {
  const relations = relationsOf(table).count;
  const pair = relations?.ratios.find(([, mean]) => mean === column);
  return pair && relations ? { sum: pair[0], count: relations.column } : undefined;
}
