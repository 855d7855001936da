// Structures by prerequisites and balance (the June 2024 deck: « seuls les 683 CDS des groupes 1, 2
// et 3 remplissent les prérequis … (771 pour 2022) … 67 CDS ne remplissent pas les prérequis »).
import { formatCount, formatInteger } from '../../format';
import { regionFigure, type StoryContext } from '../../story/context';
import { agree, type HeadlineTemplate, written } from '../../story/headline';

const TYPES = ['MSP', 'CDS'];

function groupsSum(context: StoryContext, type: string, year: number, groups: readonly number[]): number | null {
  const values = groups.map((group) =>
    regionFigure(
      context,
      'remunerations_groupes',
      (row) => row.annee === year && row.type_structure === type && String(row.groupe) === String(group),
      'nb_structures',
    ),
  );
  return values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + value!, 0);
}

function typeSentence(context: StoryContext, type: string): string | null {
  const year = context.year;
  const met = groupsSum(context, type, year, [1, 2, 3]);
  const missed = groupsSum(context, type, year, [4, 5]);
  if (met === null || missed === null || met + missed === 0) return null;
  const before = groupsSum(context, type, year - 1, [1, 2, 3]);
  const previous = before === null ? '' : ` (${formatInteger(before)} en ${year - 1})`;
  return `${formatCount(met, type, type)} des groupes 1 à 3 ${agree(met, 'atteint', 'atteignent')} les prérequis en ${year}${previous} ; ${formatInteger(missed)} ne les ${agree(missed, 'atteint', 'atteignent')} pas.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context, part) => written(...TYPES.filter((type) => !part || part === type).map((type) => typeSentence(context, type))),
  facts: () => [],
};
