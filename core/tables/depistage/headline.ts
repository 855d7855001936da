// Organised screening, one slide per programme: the region's participation, its change against the
// previous year and over the window shown (« Évolution 2021/2023 en pts »), and the gap between
// departments (the June 2024 deck: « des taux en IDF … avec des écarts entre départements »).
import { formatPercent } from '../../format';
import { PROGRAMMES, type Programme } from '../../schema/columns';
import { partFigures, partWords, regionFigure, type StoryContext } from '../../story/context';
import { evolution, formatEvolution } from '../../story/evolution';
import { facts, type HeadlineTemplate, lowerFirst, written, yearFact } from '../../story/headline';
import { extremes, tiedText } from '../../story/ties';

/** Years the deck shows for a programme: the last three up to N. */
export const SCREENING_WINDOW = 3;

const ofProgramme = (programme: string) => (row: { programme?: unknown }) => row.programme === programme;

export function screeningWindow(context: StoryContext, programme: string): number[] {
  const rows = context.tables.depistage?.rows ?? [];
  const years = new Set(rows.filter((row) => row.programme === programme && typeof row.annee === 'number').map((row) => row.annee as number));
  return [...years]
    .filter((year) => year <= context.year)
    .sort((a, b) => a - b)
    .slice(-SCREENING_WINDOW);
}

function rateSentence(context: StoryContext, programme: Programme): string | null {
  const years = screeningWindow(context, programme);
  const last = years.at(-1);
  if (last === undefined) return null;
  const rate = (year: number) => regionFigure(context, 'depistage', (row) => row.programme === programme && row.annee === year, 'taux');
  const now = rate(last);
  if (now === null) return null;
  const changes: string[] = [];
  const yearly = evolution('percent', rate(last - 1), now);
  if (yearly) changes.push(`${formatEvolution(yearly)} par rapport à ${last - 1}`);
  const first = years[0]!;
  const window = first < last - 1 ? evolution('percent', rate(first), now) : null;
  if (window) changes.push(`${formatEvolution(window)} depuis ${first}`);
  const label = lowerFirst(PROGRAMMES[programme]);
  return `Dépistage organisé du ${label} : ${formatPercent(now)} de participation en ${last} en ${context.regionName}${changes.length > 0 ? ` (${changes.join(', ')})` : ''}.`;
}

function gapSentence(context: StoryContext, programme: Programme): string | null {
  const last = screeningWindow(context, programme).at(-1);
  if (last === undefined) return null;
  const rates = partFigures(context, 'depistage', (row) => row.programme === programme && row.annee === last, 'taux');
  if (rates.length < 2 || rates.some((item) => item.value === null)) return null;
  const ends = extremes(
    rates.map((item) => ({ name: item.name, value: item.value! })),
    (value) => formatPercent(value),
  );
  if (!ends || ends.low.text === ends.high.text) return null;
  return `Écart entre ${partWords(context).plural} : de ${tiedText(ends.low)} à ${tiedText(ends.high)}.`;
}

const programmes = () => Object.keys(PROGRAMMES) as Programme[];

export const headline: HeadlineTemplate = {
  sentences(context, part) {
    const chosen = part ? programmes().filter((programme) => programme === part) : programmes();
    return chosen.flatMap((programme) => written(rateSentence(context, programme), gapSentence(context, programme)));
  },
  facts: (context) =>
    facts(
      ...programmes().map((programme) =>
        yearFact(context, 'depistage', ofProgramme(programme), 'taux', 'percent', `Participation au dépistage du ${lowerFirst(PROGRAMMES[programme])}`),
      ),
    ),
};
