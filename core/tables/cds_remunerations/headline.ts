// Centres de santé – the rémunération forfaitaire spécifique of year N (the June 2024 deck: « au
// total 34 395 166,83 € … une diminution de 8,51 % par rapport à l’année précédente
// (37 595 726,72 €) », the mean per centre and that of the polyvalent/medical centres).
import { formatCount, formatEuro } from '../../format';
import { regionFigure, type StoryContext } from '../../story/context';
import { evolution, evolutionWords } from '../../story/evolution';
import { facts, type HeadlineTemplate, written, yearFact } from '../../story/headline';

const of = (year: number, group: string) => (row: { annee?: unknown; categorie?: unknown }) => row.annee === year && row.categorie === group;

function totalSentence(context: StoryContext): string | null {
  const year = context.year;
  const now = regionFigure(context, 'cds_remunerations', of(year, 'ensemble'), 'montant_total');
  const paid = regionFigure(context, 'cds_remunerations', of(year, 'ensemble'), 'nb_remunerees');
  if (now === null || paid === null) return null;
  const before = regionFigure(context, 'cds_remunerations', of(year - 1, 'ensemble'), 'montant_total');
  const change = evolution('euro', before, now);
  const start = `${formatCount(paid, 'centre de santé rémunéré', 'centres de santé rémunérés')} au titre de ${year} : ${formatEuro(now)} au total`;
  return change && before !== null ? `${start}, ${evolutionWords(change)} par rapport à ${year - 1} (${formatEuro(before)}).` : `${start}.`;
}

function meanSentence(context: StoryContext, group: string, start: string): string | null {
  const year = context.year;
  const now = regionFigure(context, 'cds_remunerations', of(year, group), 'moyenne');
  if (now === null) return null;
  const before = regionFigure(context, 'cds_remunerations', of(year - 1, group), 'moyenne');
  const change = evolution('euro', before, now);
  return change && before !== null
    ? `${start} ${formatEuro(now)} contre ${formatEuro(before)} en ${year - 1} (${evolutionWords(change)}).`
    : `${start} ${formatEuro(now)}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) =>
    written(
      totalSentence(context),
      meanSentence(context, 'ensemble', `Rémunération ${context.year} moyenne par centre rémunéré :`),
      meanSentence(context, 'polyvalent_medical', 'Centres polyvalents ou médicaux :'),
    ),
  facts: (context) =>
    facts(
      yearFact(
        context,
        'cds_remunerations',
        (row) => row.categorie === 'ensemble',
        'montant_total',
        'euro',
        'Rémunération forfaitaire des centres de santé, montant total',
      ),
    ),
};
