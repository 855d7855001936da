// A structure's remuneration for a year (MSP: ACI; CDS: national agreement), drawn again identically
// wherever it is needed: the remunerations export and the indicator detail, which must add up to it
// to the cent. Amounts are integer cents, so avance + solde = total exactly.
import { REMUNERATION_INDEX } from './calibration';
import { CDS_REMUNERATION, CDS_REMUNERATION_INDEX, CDS_TROP_PERCU, CDS_UNDER_AGREEMENT, cdsPrerequisitesMissed } from './calibration-cds';
import type { Plan } from './plan';
import { Random } from './random';
import { activeIn, type Structure, yearShare } from './structure';

export interface Amounts {
  readonly prerequis: boolean;
  /** Cents. */
  readonly total: number;
  readonly avance: number;
  /** total − avance: negative when the advance exceeded what was due (a trop-perçu). */
  readonly solde: number;
}

/**
 * The deck's department means are over every paid MSP, the first-year ones prorated: a full year
 * pays this much more than the mean so that the mean lands on the deck's.
 */
const FULL_YEAR_UPLIFT = 1.12;
/** MSP missing the prerequisites, and paid MSP whose advance exceeded what was due. */
const MSP_PREREQUISITES_MISSED = 0.03;
const MSP_TROP_PERCU = 0.03;
/** The ACI advance: about 45 % of the amount expected. */
const MSP_ADVANCE_SHARE = 0.45;

/** Whether a CDS is under the national agreement (paid, declaring its staff): a trait of the centre. */
export function underAgreement(plan: Plan, structure: Structure): boolean {
  return new Random(plan.seed, 'cds-agreement', structure.copy, structure.slot.index).chance(CDS_UNDER_AGREEMENT);
}

/** The years a structure type has remuneration rows. */
export function remunerationYears(plan: Plan, structure: Structure): readonly number[] {
  return structure.type === 'CDS' ? plan.spec.cdsYears : plan.spec.remunerationYears;
}

/** The remuneration row of a structure and year, or null when it has none. */
export function remunerationOf(plan: Plan, structure: Structure, year: number): Amounts | null {
  if (!activeIn(structure, year) || !remunerationYears(plan, structure).includes(year)) return null;
  if (structure.type === 'MSP') return mspAmounts(plan, structure, year);
  if (structure.type === 'CDS' && underAgreement(plan, structure)) return cdsAmounts(plan, structure, year);
  return null;
}

/** The advance already paid for year + 1 (empty when that year has no row yet). */
export function nextYearAdvance(plan: Plan, structure: Structure, year: number): number | null {
  return remunerationOf(plan, structure, year + 1)?.avance ?? null;
}

function mspAmounts(plan: Plan, structure: Structure, year: number): Amounts | null {
  const rng = new Random(plan.seed, 'remunerations', structure.copy, structure.slot.index, year);
  if (rng.chance(0.01)) return null;
  const profile = plan.departements.get(structure.departement)!;
  if (rng.chance(MSP_PREREQUISITES_MISSED)) {
    // Nothing is due; half of them had been paid an advance, to pay back.
    const expected = profile.remuneration * (REMUNERATION_INDEX[year] ?? 1) * yearShare(structure, year);
    const avance = rng.chance(0.5) ? Math.round(expected * MSP_ADVANCE_SHARE) * 100 : 0;
    return { prerequis: false, total: 0, avance, solde: -avance };
  }
  const euros =
    profile.remuneration *
    FULL_YEAR_UPLIFT *
    (REMUNERATION_INDEX[year] ?? 1) *
    Math.sqrt(structure.size) *
    structure.performance *
    rng.logNormal(0.08) *
    yearShare(structure, year);
  const total = Math.max(300_000, Math.round(euros * 100));
  let avance = Math.round(total * rng.uniform(0.35, 0.55));
  if (rng.chance(MSP_TROP_PERCU)) avance = Math.round(total * rng.uniform(1.05, 1.35));
  return { prerequis: true, total, avance, solde: total - avance };
}

function cdsAmounts(plan: Plan, structure: Structure, year: number): Amounts | null {
  const rng = new Random(plan.seed, 'remunerations-cds', structure.copy, structure.slot.index, year);
  if (rng.chance(0.01)) return null;
  const profile = CDS_REMUNERATION[structure.categorie ?? 'polyvalent'];
  const expected = profile.mean * (CDS_REMUNERATION_INDEX[year] ?? 1) * structure.size * structure.performance * yearShare(structure, year);
  // The national agreement pays whole euros of advance.
  const advance = (share: number) => Math.round(expected * share * rng.uniform(0.8, 1.2)) * 100;
  const { missed, withAdvance } = cdsPrerequisitesMissed(year);
  if (rng.chance(missed)) {
    const avance = rng.chance(withAdvance) ? advance(profile.avanceShare) : 0;
    return { prerequis: false, total: 0, avance, solde: -avance };
  }
  const total = Math.max(100_000, Math.round(expected * rng.logNormal(0.35) * 100));
  let avance = Math.min(advance(profile.avanceShare), Math.round((total * 0.95) / 100) * 100);
  if (rng.chance(CDS_TROP_PERCU)) avance = Math.round((total * rng.uniform(1.05, 1.6)) / 100) * 100;
  return { prerequis: true, total, avance, solde: total - avance };
}
