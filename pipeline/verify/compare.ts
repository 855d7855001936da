// Each figure of a deck against the published tables: equal within what its rounding allows (less
// than one unit of its last shown digit, so a rounded or a truncated figure passes), different, or
// not found; a different figure gets its likely cause (causes.ts).
import type { PublishedTables, Row, TableName } from '../../core';
import { likelyCause } from './causes';
import type { DeckFigure } from './deck-figures';
import { agrees, rowKey, type VerifyContext } from './figure-match';

export type Verdict = 'conforme' | 'different' | 'introuvable';

export interface Finding {
  readonly figure: DeckFigure;
  readonly verdict: Verdict;
  /** The published value (null when the row or the value is absent). */
  readonly computed: number | null;
  readonly cause: string | null;
}

function context(tables: PublishedTables, figures: readonly DeckFigure[]): VerifyContext {
  const rows = new Map<string, Row>();
  const seen = new Set<TableName>();
  const index = (table: TableName) => {
    if (seen.has(table)) return;
    seen.add(table);
    for (const row of tables[table]) rows.set(`${table}|${rowKey(table, row)}`, row);
  };
  const byRow = new Map<string, DeckFigure[]>();
  for (const figure of figures) {
    const key = `${figure.table}|${rowKey(figure.table, figure.keys)}`;
    byRow.set(key, [...(byRow.get(key) ?? []), figure]);
  }
  return {
    tables,
    figures,
    computedRow(figure) {
      index(figure.table);
      return rows.get(`${figure.table}|${rowKey(figure.table, figure.keys)}`);
    },
    deckRow: (figure) => byRow.get(`${figure.table}|${rowKey(figure.table, figure.keys)}`) ?? [],
  };
}

export function verifyDeck(tables: PublishedTables, figures: readonly DeckFigure[]): Finding[] {
  const ctx = context(tables, figures);
  return figures.map((figure) => {
    const row = ctx.computedRow(figure);
    const value = row?.[figure.column.name];
    if (typeof value !== 'number') return { figure, verdict: 'introuvable', computed: null, cause: null };
    if (agrees(figure, value)) return { figure, verdict: 'conforme', computed: value, cause: null };
    return { figure, verdict: 'different', computed: value, cause: likelyCause(figure, ctx) };
  });
}
