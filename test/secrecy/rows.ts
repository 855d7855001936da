// Rows and tables for the secrecy tests.
import { type PublishedTables, type ReleaseMasks, type Row, TABLE_NAMES } from '../../core';

/** The tables as a partner holds them: masked figures null. */
export function shown(all: PublishedTables, masks: ReleaseMasks): PublishedTables {
  return Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      all[name].map((row, index) =>
        Object.fromEntries(Object.entries(row).map(([column, value]) => [column, masks[name]?.[index]?.has(column) ? null : value])),
      ),
    ]),
  ) as PublishedTables;
}

/** A row of the MSP remuneration table: `nb` paid MSP sharing `montant`. */
export function remunerationRow(niveau: string, code: string, nb: number, montant: number, maximum = (montant / nb) * 2): Row {
  return {
    niveau,
    code,
    annee: 2023,
    type_structure: 'MSP',
    nb_remunerees: nb,
    montant_total: montant,
    avance: montant * 0.4,
    solde: montant * 0.6,
    moyenne: montant / nb,
    moyenne_annee_complete: montant / nb,
    minimum: montant / nb / 2,
    maximum,
    nb_prerequis_non_atteints: 0,
  };
}

/**
 * One area's two indicators of MSP: `structures` computed, `reached` reaching telehealth, every
 * structure coordination; `amounts` paid (telehealth, coordination), 700 € a structure reaching one
 * unless given.
 */
export function indicatorArea(niveau: string, code: string, structures: number, reached: number, amounts = [reached * 700, structures * 700]): Row[] {
  const total = amounts[0]! + amounts[1]!;
  return (['telesante', 'coordination'] as const).map((indicateur, at) => {
    const count = at === 0 ? reached : structures;
    return {
      niveau,
      code,
      annee: 2023,
      type_structure: 'MSP',
      categorie: 'ensemble',
      indicateur,
      axe: 'Système d’information',
      libelle: indicateur,
      nb_structures: structures,
      nb_atteint: count,
      pct_atteint: structures > 0 ? (100 * count) / structures : null,
      montant: amounts[at]!,
      poids_pct: total > 0 ? (100 * amounts[at]!) / total : null,
    };
  });
}
