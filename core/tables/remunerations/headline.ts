// MSP – ACI remuneration of year N: who was paid, the total and both means, each against N−1
// (the June 2024 deck's four sentences, with the evolution computed: +26,3 %, not +30 %).
import { formatCount, formatEuro } from '../../format';
import { both, isMsp, ofYear, regionFigure, type StoryContext } from '../../story/context';
import { evolution, evolutionWords } from '../../story/evolution';
import { facts, type HeadlineTemplate, written, yearFact } from '../../story/headline';

function figures(context: StoryContext, year: number) {
  const at = (column: string) => regionFigure(context, 'remunerations', both(isMsp, ofYear(year)), column);
  return {
    paid: at('nb_remunerees'),
    missed: at('nb_prerequis_non_atteints'),
    total: at('montant_total'),
    mean: at('moyenne'),
    fullYearMean: at('moyenne_annee_complete'),
  };
}

function paidSentence(paid: number | null, missed: number | null, year: number): string | null {
  if (paid === null) return null;
  const first = `${formatCount(paid, 'MSP rémunérée', 'MSP rémunérées')} au titre de l’ACI pour ${year}`;
  if (missed === null) return `${first}.`;
  if (missed === 0) return `${first} ; toutes les MSP atteignent les prérequis.`;
  return `${first} ; ${formatCount(missed, 'MSP n’atteint', 'MSP n’atteignent')} pas les prérequis (avant contestation éventuelle).`;
}

function totalSentence(now: number | null, before: number | null, year: number): string | null {
  if (now === null) return null;
  const start = `Les rémunérations versées aux MSP au titre de l’ACI pour ${year} représentent au total ${formatEuro(now)}`;
  const change = evolution('euro', before, now);
  if (!change || before === null) return `${start}.`;
  const words = evolutionWords(change);
  return words === 'stable'
    ? `${start}, stables par rapport à ${year - 1} (${formatEuro(before)}).`
    : `${start}, ${words} par rapport à ${year - 1} (${formatEuro(before)}).`;
}

function meanSentence(start: string, now: number | null, before: number | null, year: number): string | null {
  if (now === null) return null;
  const change = evolution('euro', before, now);
  if (!change || before === null) return `${start} ${formatEuro(now)}.`;
  const words = evolutionWords(change);
  return `${start} ${formatEuro(now)} contre ${formatEuro(before)} en ${year - 1}${words === 'stable' ? '' : `, ${words}`}.`;
}

export const headline: HeadlineTemplate = {
  sentences(context) {
    const year = context.year;
    const now = figures(context, year);
    const before = figures(context, year - 1);
    return written(
      paidSentence(now.paid, now.missed, year),
      totalSentence(now.total, before.total, year),
      meanSentence(`La rémunération ${year} moyenne par MSP est de`, now.mean, before.mean, year),
      meanSentence(
        `Pour les MSP adhérentes sur l’intégralité de l’année ${year}, la rémunération moyenne s’élève à`,
        now.fullYearMean,
        before.fullYearMean,
        year,
      ),
    );
  },
  facts: (context) =>
    facts(
      yearFact(context, 'remunerations', isMsp, 'montant_total', 'euro', 'Rémunération ACI des MSP, montant total'),
      yearFact(context, 'remunerations', isMsp, 'moyenne', 'euro', 'Rémunération ACI moyenne par MSP'),
      yearFact(context, 'remunerations', isMsp, 'nb_remunerees', 'count', 'MSP rémunérées au titre de l’ACI'),
    ),
};
