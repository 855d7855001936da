// Centres de santé active at the cut-off date, by category (the June 2024 deck: « la région compte
// 998 CDS actifs … 477 CDS polyvalents et médicaux, 511 CDS dentaires et 10 CDS infirmiers »).
import { formatCount, formatInteger } from '../../format';
import { partFigures, partWords, regionFigure, type StoryContext, stockDate } from '../../story/context';
import { type HeadlineTemplate, written } from '../../story/headline';
import { top } from '../../story/ties';

const all = () => true;

function countSentence(context: StoryContext): string | null {
  const at = (column: string) => regionFigure(context, 'cds', all, column);
  const total = at('nb_total');
  if (total === null) return null;
  const dental = at('nb_dentaire');
  const nursing = at('nb_infirmier');
  const medical = at('nb_medical');
  const polyvalent = at('nb_polyvalent');
  const start = `${formatCount(total, 'centre de santé actif', 'centres de santé actifs')} au ${stockDate(context)}`;
  if (dental === null || nursing === null || medical === null || polyvalent === null) return `${start}.`;
  const kinds = [
    formatCount(medical + polyvalent, 'médical ou polyvalent', 'médicaux ou polyvalents'),
    formatCount(dental, 'dentaire', 'dentaires'),
    formatCount(nursing, 'infirmier', 'infirmiers'),
  ];
  return `${start} : ${kinds[0]}, ${kinds[1]} et ${kinds[2]}.`;
}

function densestSentence(context: StoryContext): string | null {
  const medical = partFigures(context, 'cds', all, 'nb_medical');
  const polyvalent = partFigures(context, 'cds', all, 'nb_polyvalent');
  if (medical.length < 3 || [...medical, ...polyvalent].some((item) => item.value === null)) return null;
  const sums = medical.map((item) => ({ name: item.name, value: item.value! + (polyvalent.find((p) => p.code === item.code)?.value ?? 0) }));
  // The two largest, and every department tied with the second.
  const first = top(sums, 2, formatInteger);
  const names = first.map((entry) => `${entry.item.name} (${formatInteger(entry.item.value)}${entry.tie ? ', ex aequo' : ''})`);
  const parts = partWords(context);
  return `${parts.headingPlural} les plus ${parts.feminine ? 'dotées' : 'dotés'} en centres médicaux ou polyvalents : ${names.slice(0, -1).join(', ')} et ${names.at(-1)}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) => written(countSentence(context), densestSentence(context)),
  facts: () => [],
};
