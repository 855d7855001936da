// MSP – contracts: the grid slide says how the contracts go on year after year, the state slide how
// many MSP are under contract at the cut-off date (the June 2024 deck: « 26 adhésions enregistrées
// en 2021, … 13 adhésions supplémentaires sont déjà intervenues en 2024 », « au 30.04.2024 »).
import { formatCount, formatInteger } from '../../format';
import { both, contractsDate, isMsp, isYearToDate, ofYear, regionFigure, type StoryContext } from '../../story/context';
import { evolution, formatEvolution } from '../../story/evolution';
import { agree, facts, type HeadlineTemplate, written, yearFact } from '../../story/headline';

/** Complete years shown in the sentence on the pace of contracts. */
const PACE_YEARS = 3;

const figure = (context: StoryContext, year: number, column: string) => regionFigure(context, 'adhesions', both(isMsp, ofYear(year)), column);

/** The last complete year of contracts the pace sentence lists. */
const lastCompleteYear = (context: StoryContext) => Math.min(context.year, context.contractsYear - (isYearToDate(context, context.contractsYear) ? 1 : 0));

function paceSentence(context: StoryContext): string | null {
  const last = lastCompleteYear(context);
  const years = Array.from({ length: PACE_YEARS }, (_, index) => last - PACE_YEARS + 1 + index);
  const parts: string[] = [];
  for (const [index, year] of years.entries()) {
    const signed = figure(context, year, 'nb_adhesions');
    const ended = figure(context, year, 'nb_resiliations');
    if (signed === null || ended === null) return null;
    const count = index === 0 ? formatCount(signed, 'adhésion enregistrée', 'adhésions enregistrées') : formatInteger(signed);
    const endings = ended > 0 ? ` (${formatCount(ended, 'résiliation', 'résiliations')})` : '';
    parts.push(`${count} en ${year}${endings}`);
  }
  const list = `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
  return `Les adhésions des MSP à l’ACI se poursuivent : ${list}.`;
}

function yearToDateSentence(context: StoryContext): string | null {
  const year = context.contractsYear;
  // The contracts' last year is said here when the pace sentence stopped before it (counted to date).
  if (year <= lastCompleteYear(context)) return null;
  const signed = figure(context, year, 'nb_adhesions');
  if (signed === null) return null;
  const date = contractsDate(context, year);
  if (!isYearToDate(context, year)) return `${formatCount(signed, 'adhésion a', 'adhésions ont')} été enregistrée${signed >= 2 ? 's' : ''} en ${year}.`;
  if (signed === 0) return `Aucune adhésion n’est encore intervenue en ${year} (au ${date}).`;
  return `${formatCount(signed, 'adhésion supplémentaire est', 'adhésions supplémentaires sont')} déjà intervenue${signed >= 2 ? 's' : ''} en ${year} (au ${date}).`;
}

function stateSentence(context: StoryContext): string | null {
  const year = context.contractsYear;
  const now = figure(context, year, 'nb_actives_fin_annee');
  if (now === null) return null;
  const start = `${formatCount(now, 'MSP', 'MSP')} ${agree(now, 'a', 'ont')} un contrat ACI actif au ${contractsDate(context, year)}`;
  const before = figure(context, year - 1, 'nb_actives_fin_annee');
  const change = evolution('count', before, now);
  if (!change || before === null) return `${start}.`;
  const difference = now - before;
  if (difference === 0) return `${start}, comme au 31/12/${year - 1}.`;
  const signed = difference > 0 ? `+${formatInteger(difference)}` : difference < 0 ? `\u2212${formatInteger(-difference)}` : '0';
  return `${start}, contre ${formatInteger(before)} au 31/12/${year - 1} (${signed} MSP, ${formatEvolution(change)}).`;
}

export const headline: HeadlineTemplate = {
  sentences(context, part) {
    const grid = () => [paceSentence(context), yearToDateSentence(context)];
    if (part === 'grille') return written(...grid());
    if (part === 'etat') return written(stateSentence(context));
    return written(stateSentence(context), ...grid());
  },
  // A year counted to date is not compared with a whole year: only stocks are, at their dates.
  facts: (context) =>
    facts(
      isYearToDate(context, context.year) ? null : yearFact(context, 'adhesions', isMsp, 'nb_adhesions', 'count', 'Nouvelles adhésions de MSP à l’ACI'),
      isYearToDate(context, context.year)
        ? null
        : yearFact(context, 'adhesions', isMsp, 'nb_actives_fin_annee', 'count', `MSP sous contrat ACI au ${contractsDate(context, context.year).slice(0, 5)}`),
    ),
};
