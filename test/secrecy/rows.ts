// A row of the MSP remuneration table for the secrecy tests: `nb` paid MSP sharing `montant`.
import type { Row } from '../../core';

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
