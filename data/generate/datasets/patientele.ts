// patientele.csv from the statistics tool: UTF-8 with BOM, `,`, dot decimals, `NS` where the share
// of CSS/AME patients is masked. Planted: a negative count and a repeated (structure, year) key.
import type { DatasetExport, ExportRow } from '../export-spec';
import { copiesOf } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';
import { activeIn, type Structure } from '../structure';

const HEADER = ['id_structure', 'annee', 'patientele_mt', 'enfants_0_16', 'file_active', 'part_css', 'part_ame'] as const;

/** Ordinals within the reference year's records. */
const NEGATIVE_AT = 12;
const DUPLICATE_OF = 20;
const DUPLICATE_AFTER = 40;

interface Figures {
  readonly mt: number;
  readonly enfants: number;
  readonly fileActive: number;
  readonly partCss: string;
  readonly partAme: string;
}

const share = (value: number) => Math.min(60, value).toFixed(1);

function figures(plan: Plan, structure: Structure, year: number): Figures | null {
  const rng = new Random(plan.seed, 'patientele', structure.copy, structure.slot.index, year);
  // A few structures have no patientèle row for a year (data not yet consolidated).
  if (rng.chance(0.03)) return null;
  const profile = plan.departements.get(structure.departement)!;
  // A new MSP builds its patientèle in its first year; the 3 % offset keeps the mean on the deck's.
  const growth = 1.03 * Math.pow(1.018, year - 2023) * (year === structure.adhesion!.year ? 0.85 : 1);
  const mt = Math.max(150, Math.round(profile.patienteleMt * structure.size * growth * rng.logNormal(0.05)));
  const enfants = Math.round(mt * profile.enfantsRatio * rng.logNormal(0.25));
  const fileActive = Math.max(mt + enfants + 50, Math.round(mt * profile.fileActiveRatio * rng.logNormal(0.1)));
  return {
    mt,
    enfants,
    fileActive,
    partCss: rng.chance(0.02) ? 'NS' : share(profile.partCss * rng.logNormal(0.25)),
    partAme: rng.chance(0.03) ? 'NS' : share(profile.partAme * rng.logNormal(0.5)),
  };
}

const cellsOf = (structure: Structure, year: number, f: Figures, enfants = String(f.enfants)) => [
  structure.id, String(year), String(f.mt), enfants, String(f.fileActive), f.partCss, f.partAme,
];

function* rows(plan: Plan): Generator<ExportRow> {
  let first = true;
  for (const structures of copiesOf(plan, 'MSP')) {
    for (const year of plan.spec.patienteleYears) {
      // Bad rows are planted once, in the first copy's reference year.
      const planting = first && year === plan.spec.referenceYear;
      let ordinal = 0;
      let duplicated: { structure: Structure; figures: Figures } | null = null;
      for (const structure of structures) {
        if (!activeIn(structure, year)) continue;
        const f = figures(plan, structure, year);
        if (!f) continue;
        ordinal++;
        if (planting && ordinal === NEGATIVE_AT) {
          // A sign typed by mistake in the children's count.
          const value = `-${f.enfants}`;
          yield { cells: cellsOf(structure, year, f, value), bad: { column: 'enfants_0_16', value, rule: 'negative-count' } };
          continue;
        }
        yield { cells: cellsOf(structure, year, f) };
        if (!planting) continue;
        if (ordinal === DUPLICATE_OF) duplicated = { structure, figures: f };
        if (ordinal === DUPLICATE_AFTER && duplicated) {
          // The same structure and year sent again with corrected figures: the later row is rejected.
          const corrected = { ...duplicated.figures, mt: duplicated.figures.mt + 37 };
          yield {
            cells: cellsOf(duplicated.structure, year, corrected),
            bad: { column: 'id_structure', value: duplicated.structure.id, rule: 'duplicate-key' },
          };
        }
      }
    }
    first = false;
  }
}

export const patienteleExport: DatasetExport = {
  dataset: 'patientele',
  file: 'patientele.csv',
  format: { encoding: 'utf-8-bom', delimiter: ',', eol: '\n' },
  header: HEADER,
  rows,
};
