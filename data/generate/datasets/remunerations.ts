// remunerations.csv from the payment tool: UTF-8, `;`, headers as a person typed them (accents, another
// order), amounts as `66 072,82 €` grouped by U+202F or, for some departments' tools, U+00A0.
// Planted: an advance and balance that do not add up, and a structure unknown to structures.csv.
import { formatEuro } from '../../../pipeline/format';
import { REMUNERATION_INDEX } from '../calibration';
import type { DatasetExport, ExportRow } from '../export-spec';
import { copiesOf } from '../export-spec';
import type { Plan } from '../plan';
import { hashText, Random } from '../random';
import { activeIn, structureId, wholeYear, yearShare, type Structure } from '../structure';

const HEADER = ['Année', 'ID structure', 'Prérequis atteints', 'Montant total', 'Avance', 'Solde', 'Année complète'] as const;

/** Ordinals within the reference year's records. */
const DISAGREE_FROM = 15;
const UNKNOWN_AFTER = 30;
/**
 * The deck's department means are over every paid MSP, the first-year ones prorated: a full year
 * pays this much more than the mean so that the mean lands on the deck's.
 */
const FULL_YEAR_UPLIFT = 1.12;

interface Amounts {
  readonly prerequis: boolean;
  readonly total: number;
  readonly avance: number;
  readonly solde: number;
}

function amounts(plan: Plan, structure: Structure, year: number): Amounts | null {
  const rng = new Random(plan.seed, 'remunerations', structure.copy, structure.slot.index, year);
  if (rng.chance(0.01)) return null;
  // Structures that miss the prerequisites get nothing and pay the advance back.
  if (rng.chance(0.03)) return { prerequis: false, total: 0, avance: 0, solde: 0 };
  const profile = plan.departements.get(structure.departement)!;
  const euros =
    profile.remuneration *
    FULL_YEAR_UPLIFT *
    (REMUNERATION_INDEX[year] ?? 1) *
    Math.sqrt(structure.size) *
    structure.performance *
    rng.logNormal(0.08) *
    yearShare(structure, year);
  // Cents as integers: avance + solde = total exactly.
  const total = Math.max(300_000, Math.round(euros * 100));
  const avance = Math.round(total * rng.uniform(0.35, 0.55));
  return { prerequis: true, total, avance, solde: total - avance };
}

function euroCell(cents: number, departement: string): string {
  const text = formatEuro(cents / 100);
  // Intl groups with U+202F; half of the departments' tools use U+00A0 instead.
  return hashText(departement) % 2 === 0 ? text.replace(/\u202f/g, '\u00a0') : text;
}

function cellsOf(structure: Structure, id: string, year: number, a: Amounts, solde = a.solde): string[] {
  const d = structure.departement;
  return [
    String(year), id, a.prerequis ? 'Oui' : 'Non',
    euroCell(a.total, d), euroCell(a.avance, d), euroCell(solde, d),
    wholeYear(structure, year) ? 'O' : 'N',
  ];
}

function* rows(plan: Plan): Generator<ExportRow> {
  let first = true;
  for (const structures of copiesOf(plan, 'MSP')) {
    for (const year of plan.spec.remunerationYears) {
      // Bad rows are planted once, in the first copy's reference year.
      const planting = first && year === plan.spec.referenceYear;
      let ordinal = 0;
      let disagreed = false;
      for (const structure of structures) {
        if (!activeIn(structure, year)) continue;
        const a = amounts(plan, structure, year);
        if (!a) continue;
        ordinal++;
        if (planting && !disagreed && ordinal >= DISAGREE_FROM && a.prerequis) {
          // The balance keyed in twice with a typo: avance + solde no longer makes the total.
          disagreed = true;
          const value = euroCell(a.solde + 10_000, structure.departement);
          yield {
            cells: cellsOf(structure, structure.id, year, a, a.solde + 10_000),
            bad: { column: 'solde', value, rule: 'amounts-disagree' },
          };
          continue;
        }
        yield { cells: cellsOf(structure, structure.id, year, a) };
        if (planting && ordinal === UNKNOWN_AFTER) {
          // A newly signed MSP paid before it reached the structures referential.
          const d = structure.departement;
          const id = structureId(plan, 'MSP', d, plan.counts.get(`MSP${d}`)! * plan.spec.copies + 1);
          yield { cells: cellsOf(structure, id, year, a), bad: { column: 'id_structure', value: id, rule: 'unknown-structure' } };
        }
      }
    }
    first = false;
  }
}

export const remunerationsExport: DatasetExport = {
  dataset: 'remunerations',
  file: 'remunerations.csv',
  format: { encoding: 'utf-8', delimiter: ';', eol: '\n' },
  header: HEADER,
  rows,
};
