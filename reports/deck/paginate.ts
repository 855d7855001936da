// Splits a long table over slides: pages of balanced length, never more than `perPage` rows, the
// total rows on the last page (a reader looks for the total at the end).
import type { DeckRow } from './deck-table';

export function paginateRows(rows: readonly DeckRow[], perPage: number): DeckRow[][] {
  if (perPage < 1) throw new Error(`paginateRows: perPage ${perPage} < 1`);
  if (rows.length <= perPage) return [[...rows]];
  const totals = rows.filter((row) => row.total);
  const body = rows.filter((row) => !row.total);
  const pages = Math.ceil(rows.length / perPage);
  const size = Math.ceil(body.length / pages);
  const result: DeckRow[][] = [];
  for (let start = 0; start < body.length; start += size) result.push(body.slice(start, start + size));
  let last = result.at(-1)!;
  if (last.length + totals.length > perPage) {
    last = [];
    result.push(last);
  }
  last.push(...totals);
  return result;
}
