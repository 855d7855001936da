// How a deck figure is matched with a published row and judged equal: shared by the comparison
// (compare.ts) and the search for a likely cause (causes.ts).
import type { PublishedTables, Row, TableName } from '../../core';
import { tableSpec } from '../../core';
import type { DeckFigure } from './deck-figures';

/** The unit of the last digit shown: what a figure's rounding can hide. */
export function shownUnit(figure: DeckFigure): number {
  return 10 ** -figure.decimals;
}

export function agrees(figure: DeckFigure, value: number, unit = shownUnit(figure)): boolean {
  return Math.abs(figure.value - value) < unit - 1e-9;
}

export function rowKey(table: TableName, keys: Readonly<Record<string, string | number | null>>): string {
  return tableSpec(table)
    .keys.map((key) => String(keys[key.name] ?? ''))
    .join('|');
}

export interface VerifyContext {
  readonly tables: PublishedTables;
  readonly figures: readonly DeckFigure[];
  /** Published row of a deck figure's key. */
  computedRow(figure: DeckFigure): Row | undefined;
  /** Deck figures of the same row as this one. */
  deckRow(figure: DeckFigure): readonly DeckFigure[];
}
