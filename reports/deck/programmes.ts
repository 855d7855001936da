// Where each territorial indicator (indicateurs_territoriaux) stands in the commission deck: the
// June 2024 deck opens on shared transport, shows Prado after the CPTS, Mon soutien psy before
// screening and Mon bilan prévention after it. A code not listed here goes to the end, under
// « Autres programmes »: adding a programme to the data needs no code.
const PROGRAMME_PLACES = ['ouverture', 'apres-cpts', 'avant-depistage', 'apres-depistage', 'fin'] as const;
export type ProgrammePlace = (typeof PROGRAMME_PLACES)[number];

export const isProgrammePlace = (place: string): place is ProgrammePlace => (PROGRAMME_PLACES as readonly string[]).includes(place);

/** By code prefix, first match wins. */
const PLACES: readonly (readonly [prefix: string, place: ProgrammePlace])[] = [
  ['taux_transport_partage', 'ouverture'],
  ['prado', 'apres-cpts'],
  ['psychologues_mon_soutien_psy', 'avant-depistage'],
  ['mon_soutien_psy', 'avant-depistage'],
  ['mon_bilan_prevention', 'apres-depistage'],
];

export function programmePlace(indicateur: string): ProgrammePlace {
  return PLACES.find(([prefix]) => indicateur.startsWith(prefix))?.[1] ?? 'fin';
}

/** `2024-02` → `février 2024` (core's formatPeriod, the one French period format). */
export { formatPeriod as periodLabel } from '../../core';
