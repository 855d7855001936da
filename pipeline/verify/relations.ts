// What the definitions say about the cells of one row of a table, used to recognise why a deck's
// figure is wrong: a count is a sum divided by its mean, some sums are sums of others.
import type { TableName } from '../../core';

export interface TableRelations {
  /** The count the means divide by, and the (sum, mean) pairs that give it. */
  readonly count?: { readonly column: string; readonly ratios: readonly (readonly [sum: string, mean: string])[] };
  /** A sum that is the sum of other columns of the row. */
  readonly identities?: readonly { readonly column: string; readonly parts: readonly string[] }[];
}

export const RELATIONS: Partial<Record<TableName, TableRelations>> = {
  patientele: {
    count: {
      column: 'nb_structures',
      ratios: [
        ['patientele_mt_somme', 'patientele_mt_moyenne'],
        ['enfants_0_16_somme', 'enfants_0_16_moyenne'],
        ['patientele_reference_somme', 'patientele_reference_moyenne'],
        ['file_active_somme', 'file_active_moyenne'],
      ],
    },
    identities: [{ column: 'patientele_reference_somme', parts: ['patientele_mt_somme', 'enfants_0_16_somme'] }],
  },
  remunerations: {
    count: { column: 'nb_remunerees', ratios: [['montant_total', 'moyenne']] },
    identities: [{ column: 'montant_total', parts: ['avance', 'solde'] }],
  },
};

/** The mean column of a (sum, mean) pair, and its sum. */
export function meanOf(table: TableName, column: string): { sum: string; count: string } | undefined {
  const relations = RELATIONS[table]?.count;
  const pair = relations?.ratios.find(([, mean]) => mean === column);
  return pair && relations ? { sum: pair[0], count: relations.column } : undefined;
}
