// MSP – patientèle and file active of year N (the June 2024 deck: « 915 487 patients sont suivis
// par un médecin traitant exerçant au sein d’une MSP ACI »; its 915 487 was the patientèle de
// référence of one department added in: computed here, the figure is the true one).
import { formatCount, formatDecimal } from '../../format';
import { both, isMsp, ofYear, regionFigure, type StoryContext } from '../../story/context';
import { formatEvolution } from '../../story/evolution';
import { agree, facts, type HeadlineTemplate, written, yearChange, yearFact } from '../../story/headline';

function mtSentence(context: StoryContext): string | null {
  const year = context.year;
  const at = (column: string) => regionFigure(context, 'patientele', both(isMsp, ofYear(year)), column);
  const adults = at('patientele_mt_somme');
  if (adults === null) return null;
  const children = at('enfants_0_16_somme');
  const change = yearChange(context, 'patientele', isMsp, 'patientele_mt_somme', 'count');
  const since = change ? ` (${formatEvolution(change)} par rapport à ${year - 1})` : '';
  const plus = children === null ? '' : `, ainsi que ${formatCount(children, 'enfant de 0 à 16 ans', 'enfants de 0 à 16 ans')}`;
  return `${formatCount(adults, 'patient', 'patients')} de 16 ans et plus ${agree(adults, 'est suivi', 'sont suivis')} par un médecin traitant exerçant au sein d’une MSP ACI en ${year}${since}${plus}.`;
}

function meanSentence(context: StoryContext): string | null {
  const mean = regionFigure(context, 'patientele', both(isMsp, ofYear(context.year)), 'patientele_mt_moyenne');
  return mean === null ? null : `La patientèle médecin traitant moyenne par MSP est de ${formatDecimal(mean, 0)} patients.`;
}

function fileActiveSentence(context: StoryContext): string | null {
  const seen = regionFigure(context, 'patientele', both(isMsp, ofYear(context.year)), 'file_active_somme');
  if (seen === null) return null;
  return `${formatCount(seen, 'patient a', 'patients ont')} été pris en charge au moins une fois dans une MSP en ${context.year}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) => written(mtSentence(context), meanSentence(context), fileActiveSentence(context)),
  facts: (context) =>
    facts(
      yearFact(context, 'patientele', isMsp, 'patientele_mt_somme', 'count', 'Patientèle médecin traitant des MSP'),
      yearFact(context, 'patientele', isMsp, 'file_active_somme', 'count', 'File active des MSP'),
      yearFact(context, 'patientele', isMsp, 'nb_structures', 'count', 'MSP ayant une patientèle déclarée'),
    ),
};
