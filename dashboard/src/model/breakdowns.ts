// The breakdowns of the other programmes (contract version 3): a territorial indicator's total, or
// one modality of one dimension (« Par acteur » – « Pharmacies »), at a month, a quarter or a year.
// Every figure of that table is named by its programme, its modality and its period, never by its
// column (« Valeur »): what the map, the cards, the panel and the tables say of it comes from here.
import type { Row } from '../../../core';
import { formatPeriod } from '../../../core';

/** The table whose rows are programmes, broken down or not. */
export const PROGRAMMES_TABLE = 'indicateurs_territoriaux';

/** What the reader picks, in this order: each narrows the next (a quarter is offered only where the modality has one). */
export const PROGRAMME_KEYS = ['indicateur', 'dimension', 'modalite', 'periode'] as const;

/** The total's dimension and modality: both empty in the data (null once decoded). */
export const TOTAL = '';

export const TOTAL_LABEL = 'Total';

/**
 * The dimensions a source breaks a programme down by (the contract's examples, and the sample's):
 * the choice « Par acteur » and the heading of a table of its modalities « Acteur ».
 */
const DIMENSIONS: Readonly<Record<string, { readonly by: string; readonly heading: string }>> = {
  profession: { by: 'Par profession', heading: 'Profession' },
  service: { by: 'Par service', heading: 'Service' },
  acteur: { by: 'Par acteur', heading: 'Acteur' },
  mode: { by: 'Par mode', heading: 'Mode' },
  situation: { by: 'Par situation', heading: 'Situation' },
};

/** A key's value as the filters compare it: an empty key (a total's dimension) is ''. */
export function keyValue(row: Row, key: string): string {
  const value = row[key];
  return value === null || value === undefined ? '' : String(value);
}

/** A code no catalogue knows, in words: `bilan_18_25` → « bilan 18 25 ». */
export function codeWords(code: string): string {
  return code.replace(/_/g, ' ');
}

/** « Total », « Par acteur », or an unknown dimension's code in words (`type_acte` → « type acte »). */
export function dimensionLabel(code: string): string {
  if (code === TOTAL) return TOTAL_LABEL;
  return DIMENSIONS[code]?.by ?? codeWords(code);
}

/** The heading of a table of a dimension's modalities: « Acteur », « Modalité » for an unknown dimension. */
export function dimensionHeading(code: string): string {
  return DIMENSIONS[code]?.heading ?? 'Modalité';
}

/** The last non-empty text of `column` among rows (the pipeline's rule for labels: the last one wins). */
function lastLabel(rows: readonly Row[], column: string): string | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = rows[i]![column];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** A programme's name: its rows' `libelle`, else its code. */
export function programmeLabel(rows: readonly Row[], indicateur: string): string {
  return (
    lastLabel(
      rows.filter((row) => keyValue(row, 'indicateur') === indicateur),
      'libelle',
    ) ?? indicateur
  );
}

/**
 * A modality's name: its rows' `libelle_modalite` (those of the same programme and dimension when
 * `within` says which), else its code in words; the total's « Total ».
 */
export function modalityLabel(rows: readonly Row[], modalite: string, within: { indicateur?: string; dimension?: string } = {}): string {
  if (modalite === TOTAL) return TOTAL_LABEL;
  const own = rows.filter(
    (row) =>
      keyValue(row, 'modalite') === modalite &&
      (within.indicateur === undefined || keyValue(row, 'indicateur') === within.indicateur) &&
      (within.dimension === undefined || keyValue(row, 'dimension') === within.dimension),
  );
  return lastLabel(own, 'libelle_modalite') ?? codeWords(modalite);
}

/** The choice of a programme view: which programme, breakdown, modality and period. */
export interface ProgrammeChoice {
  readonly indicateur: string;
  readonly dimension: string;
  readonly modalite: string;
  readonly periode: string;
}

export function choiceOf(filters: Readonly<Record<string, string>>): ProgrammeChoice {
  return {
    indicateur: filters.indicateur ?? '',
    dimension: filters.dimension ?? TOTAL,
    modalite: filters.modalite ?? TOTAL,
    periode: filters.periode ?? '',
  };
}

/**
 * « Documents DMP – Pharmacies »: what a figure is, without its period. A total is the programme's
 * name, « Documents DMP – Total » when the programme is also broken down.
 */
export function figureName(rows: readonly Row[], choice: Omit<ProgrammeChoice, 'periode'>): string {
  const programme = programmeLabel(rows, choice.indicateur);
  if (choice.dimension === TOTAL) return isBrokenDown(rows, choice.indicateur) ? `${programme} – ${TOTAL_LABEL}` : programme;
  return `${programme} – ${modalityLabel(rows, choice.modalite, choice)}`;
}

/** « Documents DMP – Pharmacies, T1 2024 »: a figure and its period, as a map's legend names it. */
export function figureTitle(rows: readonly Row[], choice: ProgrammeChoice): string {
  const name = figureName(rows, choice);
  return choice.periode === '' ? name : `${name}, ${formatPeriod(choice.periode)}`;
}

/** Rows of one programme, dimension and period (every modality), at one area level and code. */
export function modalityRows(rows: readonly Row[], choice: ProgrammeChoice, niveau: string, code: string): Row[] {
  return rows.filter(
    (row) =>
      row.niveau === niveau &&
      String(row.code) === code &&
      keyValue(row, 'indicateur') === choice.indicateur &&
      keyValue(row, 'dimension') === choice.dimension &&
      keyValue(row, 'periode') === choice.periode,
  );
}

/** Whether the choice (a modality at a period) has at least one department row. */
export function hasDepartementRows(rows: readonly Row[], choice: ProgrammeChoice): boolean {
  return rows.some((row) => row.niveau === 'departement' && PROGRAMME_KEYS.every((key) => keyValue(row, key) === choice[key]));
}

/** Whether a programme is broken down anywhere in the rows (its total is then called « Total »). */
export function isBrokenDown(rows: readonly Row[], indicateur: string): boolean {
  return rows.some((row) => keyValue(row, 'indicateur') === indicateur && keyValue(row, 'dimension') !== TOTAL);
}
