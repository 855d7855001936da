// professionnels.csv: one row per structure, year and profession present. Each MSP keeps its team
// from year to year with small changes; IPA and psychologists spread over the years. MSP
// professionals are self-employed: no FTE. Then the CDS under the national agreement (version 2)
// with their salaried staff in head count and FTE (`4,35`; empty now and then: not declared).
// Planted: a profession outside the contract's list.
import type { Profession } from '../../../core';
import { PROFESSION_PROFILE } from '../calibration';
import { CDS_STAFF } from '../calibration-cds';
import type { DatasetExport, ExportRow } from '../export-spec';
import { copiesOf, decimalComma } from '../export-spec';
import type { Plan } from '../plan';
import { Random } from '../random';
import { underAgreement } from '../remuneration';
import { activeIn, type Structure } from '../structure';

const HEADER = ['id_structure', 'annee', 'profession', 'effectif', 'ETP'] as const;
const PROFESSIONS = Object.keys(PROFESSION_PROFILE) as (keyof typeof PROFESSION_PROFILE)[];

/** Ordinal within the reference year's records. */
const UNKNOWN_PROFESSION_AFTER = 50;
const UNKNOWN_PROFESSION = 'dieteticien';

interface Team {
  /** Per profession: the draw deciding presence, and the head count when present. */
  readonly presence: Float64Array;
  readonly count: Int32Array;
}

function team(plan: Plan, structure: Structure): Team {
  const rng = new Random(plan.seed, 'team', structure.copy, structure.slot.index);
  const presence = new Float64Array(PROFESSIONS.length);
  const count = new Int32Array(PROFESSIONS.length);
  PROFESSIONS.forEach((profession, i) => {
    presence[i] = rng.float();
    count[i] = 1 + rng.poisson(PROFESSION_PROFILE[profession].mean - 1);
  });
  return { presence, count };
}

function* rows(plan: Plan): Generator<ExportRow> {
  let first = true;
  for (const structures of copiesOf(plan, 'MSP')) {
    const teams = structures.map((structure) => team(plan, structure));
    for (const year of plan.spec.professionnelsYears) {
      // The bad row is planted once, in the first copy's reference year.
      const planting = first && year === plan.spec.referenceYear;
      let ordinal = 0;
      for (let s = 0; s < structures.length; s++) {
        const structure = structures[s]!;
        if (!activeIn(structure, year)) continue;
        const rng = new Random(plan.seed, 'professionnels', structure.copy, structure.slot.index, year);
        if (rng.chance(0.01)) continue;
        const { presence, count } = teams[s]!;
        const id = structure.id;
        for (let i = 0; i < PROFESSIONS.length; i++) {
          const profession = PROFESSIONS[i]!;
          const { share, growth } = PROFESSION_PROFILE[profession];
          if (presence[i]! >= share + growth * (year - 2023)) continue;
          const effectif = Math.max(1, count[i]! + (rng.chance(0.15) ? (rng.chance(0.5) ? -1 : 1) : 0));
          yield { cells: [id, String(year), profession, String(effectif), ''] };
          if (planting && ++ordinal === UNKNOWN_PROFESSION_AFTER) {
            yield {
              cells: [id, String(year), UNKNOWN_PROFESSION, '1', ''],
              bad: { column: 'profession', value: UNKNOWN_PROFESSION, rule: 'unknown-profession' },
            };
          }
        }
      }
    }
    first = false;
  }
  for (const structures of copiesOf(plan, 'CDS')) {
    for (const year of plan.spec.cdsYears) {
      for (const structure of structures) {
        if (activeIn(structure, year) && underAgreement(plan, structure)) yield* cdsStaff(plan, structure, year);
      }
    }
  }
}

/** A centre's salaried staff: which professions is a trait of the centre, head counts move a little. */
function* cdsStaff(plan: Plan, structure: Structure, year: number): Generator<ExportRow> {
  const team = new Random(plan.seed, 'cds-team', structure.copy, structure.slot.index);
  const rng = new Random(plan.seed, 'professionnels-cds', structure.copy, structure.slot.index, year);
  if (rng.chance(0.02)) return;
  const staff = CDS_STAFF[structure.categorie ?? 'polyvalent'];
  for (const profession of Object.keys(staff) as Profession[]) {
    const profile = staff[profession]!;
    const present = team.float() < profile.share;
    const usual = profile.etp * Math.sqrt(structure.size) * team.logNormal(0.45);
    if (!present) continue;
    const etp = Math.max(0.1, usual * rng.logNormal(0.08));
    const effectif = Math.max(1, Math.ceil(etp), Math.round((etp / profile.etpPerPerson) * rng.logNormal(0.1)));
    const declared = rng.chance(0.97) ? decimalComma(etp, 2) : '';
    yield { cells: [structure.id, String(year), profession, String(effectif), declared] };
  }
}

export const professionnelsExport: DatasetExport = {
  dataset: 'professionnels',
  file: 'professionnels.csv',
  format: { encoding: 'utf-8', delimiter: ';', eol: '\n' },
  header: HEADER,
  rows,
};
