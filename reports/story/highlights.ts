// The « Faits marquants »: the largest changes against the previous year across the tables, one
// sentence each, for the presenter. Changes in percent and in points are ranked together by their
// size relative to where they started (evolutionSize): +26 % on a total and +0,5 pt on a 57 % rate
// are 0,26 and 0,009.
import type { StoryContext } from './context';
import type { Fact } from './headline';
import { HEADLINES } from './headlines';

export const HIGHLIGHTS = 5;

import type { TableName } from '../../pipeline/schema';

/** `among`: the tables the deck shows (default: every table with a template). */
export function highlights(context: StoryContext, count = HIGHLIGHTS, among?: ReadonlySet<TableName>): Fact[] {
  return HEADLINES.filter((template) => !among || among.has(template.table))
    .flatMap((template) => template.facts(context))
    .sort((a, b) => b.size - a.size || a.sentence.localeCompare(b.sentence, 'fr'))
    .slice(0, count);
}
