// The « Faits marquants »: the largest changes against the previous year across the tables, one
// sentence each, for the presenter. Changes in percent and in points are ranked together by their
// size relative to where they started (evolutionSize): +26 % on a total and +0,5 pt on a 57 % rate
// are 0,26 and 0,009.
import { TABLE_DECLARATIONS, type TableName } from '../tables';
import type { StoryContext } from './context';
import type { Fact } from './headline';

export const HIGHLIGHTS = 5;

/** `among`: the tables the deck shows (default: every table). */
export function highlights(context: StoryContext, count = HIGHLIGHTS, among?: ReadonlySet<TableName>): Fact[] {
  return TABLE_DECLARATIONS.filter((declaration) => !among || among.has(declaration.name))
    .flatMap((declaration) => declaration.headline.facts(context))
    .sort((a, b) => b.size - a.size || a.sentence.localeCompare(b.sentence, 'fr'))
    .slice(0, count);
}
