// remunerations.csv from the payment tool: UTF-8, `;`, headers as a person typed them (accents, another
// order), amounts as `66 072,82 €` grouped by U+202F or, for some departments' tools, U+00A0, negative
// balances as `-1 320,00 €`. MSP rows first, then the CDS under the national agreement (version 2),
// with the advance already paid for the next year.
// Planted: an advance and balance that do not add up, and a structure unknown to structures.csv.
import { formatEuro } from '../../../core';
import type { DatasetExport, ExportRow } from '../export-spec';
import { copiesOf } from '../export-spec';
import type { Plan } from '../plan';
import { hashText } from '../random';
import { type Amounts, nextYearAdvance, remunerationOf, remunerationYears } from '../remuneration';
import { type Structure, structureId, wholeYear } from '../structure';

const HEADER = ['Année', 'ID structure', 'Prérequis atteints', 'Montant total', 'Avance', 'Solde', 'Année complète', 'Avance année suivante'] as const;

/** Ordinals within the reference year's MSP records. */
const DISAGREE_FROM = 15;
const UNKNOWN_AFTER = 30;

function euroCell(cents: number, departement: string): string {
  const text = formatEuro(cents / 100);
  // Intl groups with U+202F; half of the departments' tools use U+00A0 instead.
  return hashText(departement) % 2 === 0 ? text.replace(/\u202f/g, '\u00a0') : text;
}

function cellsOf(plan: Plan, structure: Structure, id: string, year: number, a: Amounts, solde = a.solde): string[] {
  const d = structure.departement;
  const next = nextYearAdvance(plan, structure, year);
  return [
    String(year),
    id,
    a.prerequis ? 'Oui' : 'Non',
    euroCell(a.total, d),
    euroCell(a.avance, d),
    euroCell(solde, d),
    wholeYear(structure, year) ? 'O' : 'N',
    next === null ? '' : euroCell(next, d),
  ];
}

function* rows(plan: Plan): Generator<ExportRow> {
  for (const type of ['MSP', 'CDS'] as const) {
    let first = type === 'MSP';
    for (const structures of copiesOf(plan, type)) {
      if (structures.length === 0) continue;
      for (const year of remunerationYears(plan, structures[0]!)) {
        // Bad rows are planted once, in the first copy's reference year.
        const planting = first && year === plan.spec.referenceYear;
        let ordinal = 0;
        let disagreed = false;
        for (const structure of structures) {
          const a = remunerationOf(plan, structure, year);
          if (!a) continue;
          ordinal++;
          if (planting && !disagreed && ordinal >= DISAGREE_FROM && a.prerequis) {
            // The balance keyed in twice with a typo: avance + solde no longer makes the total.
            disagreed = true;
            const value = euroCell(a.solde + 10_000, structure.departement);
            yield {
              cells: cellsOf(plan, structure, structure.id, year, a, a.solde + 10_000),
              bad: { column: 'solde', value, rule: 'amounts-disagree' },
            };
            continue;
          }
          yield { cells: cellsOf(plan, structure, structure.id, year, a) };
          if (planting && ordinal === UNKNOWN_AFTER) {
            // A newly signed MSP paid before it reached the structures referential.
            const d = structure.departement;
            const id = structureId(plan, 'MSP', d, plan.counts.get(`MSP${d}`)! * plan.spec.copies + 1);
            yield { cells: cellsOf(plan, structure, id, year, a), bad: { column: 'id_structure', value: id, rule: 'unknown-structure' } };
          }
        }
      }
      first = false;
    }
  }
}

export const remunerationsExport: DatasetExport = {
  dataset: 'remunerations',
  file: 'remunerations.csv',
  format: { encoding: 'utf-8', delimiter: ';', eol: '\n' },
  header: HEADER,
  rows,
};
