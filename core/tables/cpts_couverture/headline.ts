// CPTS – coverage of the population at the cut-off date (the June 2024 deck: « Les 91 CPTS ACI
// couvrent 79 % de la population », « en prenant en compte les projets de CPTS … 92,06 % »).
import { formatCount, formatPercent } from '../../format';
import { FRANCE_CODE } from '../../geography';
import { areaAdjective, regionFigure, type StoryContext, stockDate } from '../../story/context';
import { agree, type HeadlineTemplate, written } from '../../story/headline';

const all = () => true;

function coverageSentence(context: StoryContext): string | null {
  const signed = regionFigure(context, 'cpts_couverture', all, 'nb_signataires');
  const rate = regionFigure(context, 'cpts_couverture', all, 'taux_couverture');
  if (signed === null || rate === null) return null;
  return `${context.regionName}, au ${stockDate(context)} : ${formatCount(signed, 'CPTS signataire', 'CPTS signataires')} de l’ACI ${agree(signed, 'couvre', 'couvrent')} ${formatPercent(rate)} de la population.`;
}

function projectsSentence(context: StoryContext): string | null {
  const projects = regionFigure(context, 'cpts_couverture', all, 'nb_en_projet');
  if (projects === null) return null;
  // Published from contract version 2 on: the coverage counting the territories of projects too.
  const withProjects = regionFigure(context, 'cpts_couverture', all, 'taux_couverture_avec_projets');
  const start =
    projects === 0
      ? 'Aucun projet de CPTS n’est en cours de constitution'
      : `${formatCount(projects, 'projet de CPTS est', 'projets de CPTS sont')} en cours de constitution`;
  return withProjects === null
    ? `${start}.`
    : `${start} ; en les prenant en compte, le taux de couverture ${areaAdjective(context)} est de ${formatPercent(withProjects)}.`;
}

function franceSentence(context: StoryContext): string | null {
  const table = context.tables.cpts_couverture;
  // France told by its regions is not compared with itself.
  if (context.region === FRANCE_CODE) return null;
  const france = table?.rows.find((row) => row.niveau === 'france');
  const rate = regionFigure(context, 'cpts_couverture', all, 'taux_couverture');
  const national = france && table ? table.value(france, 'taux_couverture') : null;
  if (rate === null || national === null) return null;
  return `Au ${stockDate(context)}, ${formatPercent(rate)} de la population de la région ${context.regionName} est couverte par une CPTS signataire, contre ${formatPercent(national)} ${context.franceName === 'France' ? 'en France entière' : `sur l’ensemble des régions des données (${context.franceName})`}.`;
}

export const headline: HeadlineTemplate = {
  sentences(context, part) {
    if (part === 'regions') return written(franceSentence(context));
    return written(coverageSentence(context), projectsSentence(context));
  },
  // No years in this table: it shows a stock, not a change.
  facts: () => [],
};
