// Where each territorial indicator (indicateurs_territoriaux) stands in the commission deck, under
// which section and title: the June 2024 deck opens on shared transport, shows Prado after the
// CPTS, Mon soutien psy before screening, then after screening the organised and individual
// cervical screening, Mon bilan prévention, Beyfortus, the DMP feeds and the e-prescription. A code
// not listed here goes to the end, under « Autres programmes » and its own label: adding a
// programme to the data needs no code. Two indicators are shown with others, never alone: the
// `…_executants` of a programme beside its figures, and the CPTS' heart-failure pathway on the
// pathway slide.
import type { Row } from '../../core';
import { formatPeriod } from '../../core';

const PROGRAMME_PLACES = ['ouverture', 'apres-cpts', 'avant-depistage', 'apres-depistage', 'fin'] as const;
export type ProgrammePlace = (typeof PROGRAMME_PLACES)[number];

export const isProgrammePlace = (place: string): place is ProgrammePlace => (PROGRAMME_PLACES as readonly string[]).includes(place);

interface Programme {
  readonly prefix: string;
  readonly place: ProgrammePlace;
  readonly section: string;
  /** The slide's title as the deck words it; default: the indicator's label. */
  readonly title?: string;
}

/** By code prefix, first match wins; in this order within a place. */
const PROGRAMMES: readonly Programme[] = [
  { prefix: 'taux_transport_partage', place: 'ouverture', section: 'Transports partagés' },
  { prefix: 'prado', place: 'apres-cpts', section: 'Prado' },
  { prefix: 'psychologues_mon_soutien_psy', place: 'avant-depistage', section: 'Mon soutien psy' },
  { prefix: 'mon_soutien_psy', place: 'avant-depistage', section: 'Mon soutien psy' },
  {
    prefix: 'depistage_col_uterus',
    place: 'apres-depistage',
    section: 'Prévention',
    title: 'Dépistage du cancer du col de l’utérus : organisé et individuel',
  },
  { prefix: 'depistage', place: 'apres-depistage', section: 'Prévention' },
  {
    prefix: 'mon_bilan_prevention',
    place: 'apres-depistage',
    section: 'Mon bilan prévention',
    title: 'Mon bilan prévention – premiers éléments de déploiement',
  },
  { prefix: 'beyfortus', place: 'apres-depistage', section: 'Prévention des bronchiolites', title: 'Délivrance du Beyfortus en ville' },
  { prefix: 'dmp', place: 'apres-depistage', section: 'Numérique en santé', title: 'Alimentation du DMP par les acteurs de santé' },
  { prefix: 'e_prescription', place: 'apres-depistage', section: 'Numérique en santé', title: 'L’ordonnance numérique' },
];

const OTHER: Programme = { prefix: '', place: 'fin', section: 'Autres programmes' };

const programmeOf = (indicateur: string) => PROGRAMMES.find((item) => indicateur.startsWith(item.prefix)) ?? OTHER;

export function programmePlace(indicateur: string): ProgrammePlace {
  return programmeOf(indicateur).place;
}

export const programmeSection = (indicateur: string) => programmeOf(indicateur).section;

/** The deck's title of a programme, else its label. */
export const programmeTitle = (indicateur: string, label: string) => programmeOf(indicateur).title ?? label;

/** The deck's order of programmes: by their place in the list above, then as the data has them. */
export function programmeOrder(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const index = PROGRAMMES.indexOf(programmeOf(code));
    return index < 0 ? PROGRAMMES.length : index;
  };
  return codes
    .map((code, index) => ({ code, index }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.index - b.index)
    .map((item) => item.code);
}

/** Contract version 3: a row of the indicator itself, not of one of its breakdown's modalities. */
export const isTotalRow = (row: Row) => !row.dimension && !row.modalite;

export const EXECUTANTS_SUFFIX = '_executants';
export const CPTS_PARCOURS_IC = 'cpts_parcours_ic';

/**
 * The indicator a code is shown with, when never on its own: `X_executants` beside `X` (when the
 * data hold `X`), the CPTS' pathway on the heart-failure slide.
 */
export function shownWith(indicateur: string, present: ReadonlySet<string>): string | null {
  if (indicateur === CPTS_PARCOURS_IC) return 'parcours_ic';
  if (indicateur.endsWith(EXECUTANTS_SUFFIX)) {
    const base = indicateur.slice(0, -EXECUTANTS_SUFFIX.length);
    if (present.has(base)) return base;
  }
  return null;
}

export type PeriodKind = 'annee' | 'trimestre' | 'mois';

export function periodKind(periode: string): PeriodKind {
  if (/^\d{4}-T[1-4]$/.test(periode)) return 'trimestre';
  return /^\d{4}-\d{2}$/.test(periode) ? 'mois' : 'annee';
}

/** `2024-02` → `février 2024`, `2024-T1` → `T1 2024` (core's formatPeriod, the one French period format). */
export { formatPeriod as periodLabel };

const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** A chart's category: `sept. 2023` for a month (a full month name breaks under a narrow bar), else as periodLabel. */
export function periodShortLabel(periode: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(periode);
  return month ? `${SHORT_MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}` : formatPeriod(periode);
}

/** `période de référence avril 2024.`, `périodes de référence T3 2023 à T1 2024.` */
export function periodsReference(periods: readonly string[]): string {
  const sorted = [...periods].sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return first === last ? `période de référence ${formatPeriod(last)}.` : `périodes de référence ${formatPeriod(first)} à ${formatPeriod(last)}.`;
}
