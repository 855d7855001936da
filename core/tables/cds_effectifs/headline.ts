// Centres de santé – salaried staff of year N (the June 2024 deck: « on dénombre 16 594 personnes
// salariées … correspondant à 9 504 équivalents temps plein (ETP) »).
import { formatCount, formatDecimal } from '../../format';
import { regionFigure, type StoryContext } from '../../story/context';
import { facts, type HeadlineTemplate, written, yearFact } from '../../story/headline';

const everyone = (row: { categorie?: unknown; profession?: unknown }) => row.categorie === 'ensemble' && row.profession === 'ensemble';

function staffSentence(context: StoryContext): string | null {
  const at = (column: string) => regionFigure(context, 'cds_effectifs', (row) => row.annee === context.year && everyone(row), column);
  const centres = at('nb_centres');
  const people = at('effectif');
  if (centres === null || people === null) return null;
  const fte = at('etp');
  const start = `En ${context.year}, ${formatCount(centres, 'centre de santé déclare', 'centres de santé déclarent')} ${formatCount(people, 'personne salariée', 'personnes salariées')}`;
  return fte === null ? `${start}.` : `${start}, soit ${formatDecimal(fte, 0)} équivalents temps plein (ETP).`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) => written(staffSentence(context)),
  facts: (context) => facts(yearFact(context, 'cds_effectifs', everyone, 'etp', 'mean', 'ETP salariés des centres de santé')),
};
