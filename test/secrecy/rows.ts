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
