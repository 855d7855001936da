// Controls and removals of centres (the June 2024 deck: « 1 nouveau contrôle lancé au cours du
// premier trimestre 2024 concernant un groupe », « 1 procédure conventionnelle en cours concernant
// un centre appartenant à un groupe », « 6 centres de santé dentaires franciliens appartenant à un
// même groupe ont été déconventionnés depuis le début de l’année 2024 », « 21 centres de santé
// avaient été déconventionnés en 2023 dont 10 en IDF »). The events of the cut-off's year (the deck
// of N presented in N+1 speaks of N+1 so far), and the removals of the year before as a reminder.
// Counts only: a group's name and a control's motive never leave the fund.
import { formatCount, formatDate, formatInteger } from '../../format';
import type { Row } from '../../published';
import { isYearToDate, regionFigure, type StoryContext } from '../../story/context';
import { agree, type HeadlineTemplate, written } from '../../story/headline';

const CATEGORY_WORDS: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  polyvalent_medical: ['centre de santé polyvalent ou médical', 'centres de santé polyvalents ou médicaux'],
  dentaire: ['centre de santé dentaire', 'centres de santé dentaires'],
  infirmier: ['centre de santé infirmier', 'centres de santé infirmiers'],
};

type Type = 'CDS' | 'MSP' | 'CPTS';

/** What a structure of a type is called, and whether the word is feminine (agreement of participles). */
const TYPE_WORDS: Readonly<Record<Type, { singular: string; plural: string; feminine: boolean }>> = {
  CDS: { singular: 'centre de santé', plural: 'centres de santé', feminine: false },
  MSP: { singular: 'MSP', plural: 'MSP', feminine: true },
  CPTS: { singular: 'CPTS', plural: 'CPTS', feminine: true },
};

const TYPES = Object.keys(TYPE_WORDS) as Type[];

const ofEvent =
  (year: number, type: Type, evenement: string, categorie = 'ensemble') =>
  (row: Row) =>
    row.annee === year && row.type_structure === type && row.evenement === evenement && row.categorie === categorie;

/** The year whose events the deck tells: the cut-off's when it follows the report's year. */
const eventsYear = (context: StoryContext) => context.contractsYear;

/** `depuis le début de l’année 2024 (au 30/04/2024)` for a year counted to the cut-off, `en 2023` for a whole year. */
function when(context: StoryContext, year: number): string {
  return isYearToDate(context, year) ? `depuis le début de l’année ${year} (au ${formatDate(context.arrete)})` : `en ${year}`;
}

interface Counted {
  readonly structures: number;
  readonly groups: number | null;
}

function counted(context: StoryContext, where: (row: Row) => boolean): Counted | null {
  const structures = regionFigure(context, 'evenements', where, 'nb_structures');
  if (structures === null || structures === 0) return null;
  return { structures, groups: regionFigure(context, 'evenements', where, 'nb_groupes') };
}

/** « 1 nouveau contrôle lancé depuis le début de l’année 2024 concernant un groupe (3 centres de santé). » */
function controlSentence(context: StoryContext, type: Type, year: number): string | null {
  const found = counted(context, ofEvent(year, type, 'controle_lance'));
  if (!found) return null;
  const words = TYPE_WORDS[type];
  const structures = formatCount(found.structures, words.singular, words.plural);
  if (found.groups !== null && found.groups > 0) {
    const groups = found.groups === 1 ? 'un groupe' : `${formatInteger(found.groups)} groupes`;
    return `${formatCount(found.groups, 'nouveau contrôle lancé', 'nouveaux contrôles lancés')} ${when(context, year)} concernant ${groups} (${structures}).`;
  }
  // Without a group (or with its count masked) the number of controls is not known: the structures are.
  return `Nouveaux contrôles lancés ${when(context, year)} : ${structures}.`;
}

/** « 1 procédure conventionnelle engagée depuis le début de l’année 2024 concernant un centre de santé appartenant à un groupe. » */
function procedureSentence(context: StoryContext, type: Type, year: number): string | null {
  const found = counted(context, ofEvent(year, type, 'procedure_conventionnelle'));
  if (!found) return null;
  const words = TYPE_WORDS[type];
  const start = `${formatCount(found.structures, 'procédure conventionnelle engagée', 'procédures conventionnelles engagées')} ${when(context, year)}`;
  const one = words.feminine ? 'une' : 'un';
  if (found.structures === 1) {
    return `${start} concernant ${one} ${words.singular}${found.groups === 1 ? ` appartenant à un groupe` : ''}.`;
  }
  const groups =
    found.groups !== null && found.groups > 0
      ? `, dont des centres ${found.groups === 1 ? 'd’un même groupe' : `de ${formatInteger(found.groups)} groupes`}`
      : '';
  return `${start} concernant ${formatCount(found.structures, words.singular, words.plural)}${groups}.`;
}

const PARTICIPLES: Readonly<Record<string, string>> = {
  deconventionnement: 'déconventionné',
  suspension: 'suspendu',
  reconventionnement: 'reconventionné',
};

/** « 6 centres de santé dentaires appartenant à un même groupe ont été déconventionnés depuis le début de l’année 2024. » */
function agreementSentences(context: StoryContext, type: Type, evenement: string, year: number): (string | null)[] {
  const words = TYPE_WORDS[type];
  const participle = (count: number) => `${PARTICIPLES[evenement]}${words.feminine ? 'e' : ''}${count >= 2 ? 's' : ''}`;
  const sentence = (found: Counted, singular: string, plural: string) => {
    const owner = found.groups === 1 && found.structures > 1 ? ' appartenant à un même groupe' : '';
    const verb = agree(found.structures, 'a été', 'ont été');
    return `${formatCount(found.structures, singular, plural)}${owner} ${verb} ${participle(found.structures)} ${when(context, year)}.`;
  };
  if (type !== 'CDS') {
    const found = counted(context, ofEvent(year, type, evenement));
    return [found ? sentence(found, words.singular, words.plural) : null];
  }
  // Centres by group of categories, as the deck tells them (« 6 centres de santé dentaires »).
  const groups = Object.keys(CATEGORY_WORDS).flatMap((categorie) => {
    const found = counted(context, ofEvent(year, type, evenement, categorie));
    return found ? [{ found, categorie }] : [];
  });
  if (groups.length > 0) return groups.map(({ found, categorie }) => sentence(found, ...CATEGORY_WORDS[categorie]!));
  // No group published (centres without a category, or every group masked): the centres as a whole.
  const all = counted(context, ofEvent(year, type, evenement));
  return [all ? sentence(all, words.singular, words.plural) : null];
}

/** « Pour rappel, 21 centres de santé avaient été déconventionnés en 2023 dont 10 en Île-de-France. » */
function reminderSentence(context: StoryContext, year: number): string | null {
  const count = regionFigure(context, 'evenements', ofEvent(year, 'CDS', 'deconventionnement'), 'nb_structures');
  if (count === null || count === 0) return null;
  const table = context.tables.evenements;
  const france = table?.rows.find((row) => row.niveau === 'france' && ofEvent(year, 'CDS', 'deconventionnement')(row));
  const national = france && table ? table.value(france, 'nb_structures') : null;
  const removed = (n: number) =>
    `${formatCount(n, 'centre de santé', 'centres de santé')} ${agree(n, 'avait été déconventionné', 'avaient été déconventionnés')}`;
  return national !== null && national > count
    ? `Pour rappel, ${removed(national)} en ${year} dont ${formatInteger(count)} en ${context.regionName}.`
    : `Pour rappel, ${removed(count)} en ${year} en ${context.regionName}.`;
}

export const headline: HeadlineTemplate = {
  sentences: (context) => {
    const year = eventsYear(context);
    return written(
      ...TYPES.flatMap((type) => [
        controlSentence(context, type, year),
        procedureSentence(context, type, year),
        ...['deconventionnement', 'suspension', 'reconventionnement'].flatMap((evenement) => agreementSentences(context, type, evenement, year)),
      ]),
      reminderSentence(context, year - 1),
    );
  },
  facts: () => [],
};
