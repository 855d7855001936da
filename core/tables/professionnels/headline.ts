// MSP – professionals of year N (the June 2024 deck: « 2 726 professionnels sont impliqués dans les
// MSP », then the professions most MSP have).
import { formatCount, formatPercent } from '../../format';
import { isAreaRow } from '../../geography';
import { PROFESSIONS } from '../../schema/columns';
import { both, isMsp, ofYear, type StoryContext } from '../../story/context';
import { evolution, formatEvolution } from '../../story/evolution';
import { facts, type HeadlineTemplate, lowerFirst, written } from '../../story/headline';
import { top } from '../../story/ties';

/** Aggregates a later contract adds (every profession, all physicians): never added to the rest. */
const AGGREGATES = new Set(['ensemble', 'medecin']);

function regionRows(context: StoryContext, year: number) {
  const table = context.tables.professionnels;
  if (!table) return [];
  return table.rows.filter((row) => isAreaRow(context.region, row) && both(isMsp, ofYear(year))(row));
}

/** Professionals of every profession: the `ensemble` row when published, else the sum (null if one is masked). */
function total(context: StoryContext, year: number): number | null {
  const table = context.tables.professionnels;
  const rows = regionRows(context, year);
  if (!table || rows.length === 0) return null;
  const all = rows.find((row) => row.profession === 'ensemble');
  if (all) return table.value(all, 'nb_professionnels');
  const values = rows.filter((row) => !AGGREGATES.has(String(row.profession))).map((row) => table.value(row, 'nb_professionnels'));
  return values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + value!, 0);
}

function totalSentence(context: StoryContext): string | null {
  const now = total(context, context.year);
  if (now === null) return null;
  const change = evolution('count', total(context, context.year - 1), now);
  const since = change ? ` (${formatEvolution(change)} par rapport à ${context.year - 1})` : '';
  return `${formatCount(now, 'professionnel est impliqué', 'professionnels sont impliqués')} dans les MSP en ${context.year}${since}.`;
}

function widespreadSentence(context: StoryContext): string | null {
  const table = context.tables.professionnels;
  if (!table) return null;
  const shares = regionRows(context, context.year)
    .filter((row) => !AGGREGATES.has(String(row.profession)))
    .map((row) => ({ profession: String(row.profession), share: table.value(row, 'pct_structures_avec') }));
  // A masked share could be any of them: ranking would hint at it, so no sentence.
  if (shares.length < 2 || shares.some((item) => item.share === null)) return null;
  const label = (code: string) => lowerFirst(PROFESSIONS[code as keyof typeof PROFESSIONS] ?? code);
  // The two most present, and every profession tied with the second as shown.
  const first = top(
    shares.map((item) => ({ name: item.profession, value: item.share! })),
    2,
    (value) => formatPercent(value),
  );
  const words = first.map((entry) => `${label(entry.item.name)} (${formatPercent(entry.item.value)} des MSP${entry.tie ? ', ex aequo' : ''})`);
  return `Professions présentes dans le plus de MSP : ${words.join(', ')}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) => written(totalSentence(context), widespreadSentence(context)),
  facts(context) {
    const change = evolution('count', total(context, context.year - 1), total(context, context.year));
    if (!change) return [];
    return facts({
      table: 'professionnels',
      sentence: `Professionnels impliqués dans les MSP : ${formatCount(change.to, 'professionnel', 'professionnels')} en ${context.year}, ${formatEvolution(change)} par rapport à ${context.year - 1}.`,
      size: Math.abs(change.value) / 100,
    });
  },
};
