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

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2024-02` → `février 2024`; a year stays as it is. */
export function periodLabel(periode: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(periode);
  if (!match) return periode;
  return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}
