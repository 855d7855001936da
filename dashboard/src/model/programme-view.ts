// What the view of the other programmes shows, in words: the programme and modality of its figure
// (« Documents DMP – Pharmacies »), and why the map is empty when a breakdown exists only for the region.
import type { Row } from '../../../core';
import { FRANCE } from './area-rows';
import { choiceOf, dimensionLabel, figureName, figureTitle, hasDepartementRows, modalityRows, PROGRAMMES_TABLE, TOTAL } from './breakdowns';
import type { Dataset } from './dataset';

export function isProgrammes(table: string): boolean {
  return table === PROGRAMMES_TABLE;
}

function programmeRows(dataset: Dataset): readonly Row[] {
  return dataset.tables[PROGRAMMES_TABLE];
}

/** « Documents DMP – Pharmacies »: the figure the view shows, without its period. */
export function programmeFigure(dataset: Dataset, filters: Readonly<Record<string, string>>): string {
  return figureName(programmeRows(dataset), choiceOf(filters));
}

/** « Documents DMP – Pharmacies, T1 2024 »: the map's legend. */
export function programmeTitle(dataset: Dataset, filters: Readonly<Record<string, string>>): string {
  return figureTitle(programmeRows(dataset), choiceOf(filters));
}

/**
 * The map's sentence when a breakdown is given for the region (or the data's regions) but for no
 * department: its figures are in the table of modalities. Null when the map has something to show
 * or the breakdown has no figure for the scope either.
 */
export function regionOnlyBreakdown(dataset: Dataset, region: string, filters: Readonly<Record<string, string>>): string | null {
  const choice = choiceOf(filters);
  if (choice.dimension === TOTAL) return null;
  const rows = programmeRows(dataset);
  if (hasDepartementRows(rows, choice)) return null;
  if (modalityRows(rows, choice, region === FRANCE ? 'france' : 'region', region).length === 0) return null;
  const scope = dataset.names.scope(region);
  const where = region === FRANCE ? `que pour ${scope}` : `qu’au niveau régional (${scope})`;
  return `Pas de chiffre départemental pour la ventilation « ${dimensionLabel(choice.dimension)} » : la source ne la donne ${where}. Ses modalités sont dans le tableau ci-dessous.`;
}
