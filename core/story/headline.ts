// A table's headline template: the sentences a slide opens with, and the changes it offers to the
// « Faits marquants ». Each table declares its own (core/tables/<table>/headline.ts). Every sentence is built from published figures only: a figure that is missing or masked
// drops the sentence that needs it. Browser-safe.
import { formatValue } from '../format';
import type { Row } from '../published';
import type { TableName, Unit } from '../schema';
import { regionFigure, regionRow, type StoryContext, type Where } from './context';
import { type Evolution, evolution, evolutionSize, formatEvolution, rankable } from './evolution';

export interface Fact {
  readonly table: TableName;
  /** The figure it speaks of (highlights.ts figureKey): a generic sentence never repeats it. */
  readonly key?: string;
  readonly sentence: string;
  /** How large the change is, comparable across tables (see evolutionSize). */
  readonly size: number;
  /** As large as another one shown (ex aequo). */
  readonly tie?: boolean;
  /** Starting too low to be ranked (evolution.ts RANKED_FROM). */
  readonly small?: boolean;
}

export interface HeadlineTemplate {
  /**
   * The sentences of one slide. `part` names the slide when the table has several (a screening
   * programme, `grille` or `etat` for the contracts, `regions` for CPTS by region); without it,
   * every sentence of the table (the dashboard's section).
   */
  readonly sentences: (context: StoryContext, part?: string) => string[];
  /** Changes against the previous year, for the « Faits marquants ». */
  readonly facts: (context: StoryContext) => Fact[];
}

/** Keeps the sentences that could be written (a template returns null for one it cannot). */
/**
 * The identity of a figure, shared by a headline's fact and the « Faits marquants » generic one:
 * its table, column and row (its year and text fields: the keys, whatever the table).
 */
export function figureKey(table: TableName, row: Row, column: string): string {
  const texts = Object.entries(row)
    .filter(([, value]) => typeof value === 'string')
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return [table, column, String(row.annee ?? ''), ...texts].join('|');
}

export const written = (...sentences: (string | null)[]): string[] => sentences.filter((s): s is string => s !== null);

/** The region's change of a figure between year N−1 and N, or null. */
export function yearChange(context: StoryContext, table: TableName, where: Where, column: string, unit: Unit, year = context.year): Evolution | null {
  const at = (y: number) => regionFigure(context, table, (row) => row.annee === y && where(row), column);
  return evolution(unit, at(year - 1), at(year));
}

/**
 * One « Faits marquants » line: `Label : 13 295 968,61 € en 2023, +26,3 % par rapport à 2022 (10 529 910,00 €).`
 */
export function yearFact(context: StoryContext, table: TableName, where: Where, column: string, unit: Unit, label: string): Fact | null {
  const change = yearChange(context, table, where, column, unit);
  if (!change) return null;
  const year = context.year;
  const row = regionRow(context, table, (candidate) => candidate.annee === year && where(candidate));
  return {
    table,
    ...(row ? { key: figureKey(table, row, column) } : {}),
    sentence: `${label} : ${formatValue(change.to, unit)} en ${year}, ${formatEvolution(change)} par rapport à ${year - 1} (${formatValue(change.from, unit)}).`,
    size: evolutionSize(change),
    ...(rankable(change, unit) ? {} : { small: true }),
  };
}

export const facts = (...found: (Fact | null)[]): Fact[] => found.filter((fact): fact is Fact => fact !== null);

/** French verb agreement with a count: 0 and 1 singular. */
export const agree = (count: number, singular: string, plural: string) => (Math.abs(count) >= 2 ? plural : singular);

/** `médecins généralistes` from a label that starts a line (`Médecins généralistes`); an acronym (`CPTS`, `DMP`) stays. */
export const lowerFirst = (text: string) => (/^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));
