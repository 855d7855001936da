// One structure of the plan, drawn again identically whenever a dataset needs it: its id, seat,
// dates and status, and the hidden traits its yearly rows depend on (size, remuneration level).
import type { CdsCategory, StructureType } from '../../core';
import { cumulativeWeights, type GeoCommune } from './geography';
import type { CptsStage, Plan, Slot } from './plan';
import { Random } from './random';

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type Statut = 'actif' | 'resilie' | CptsStage;

export interface Structure {
  readonly copy: number;
  readonly slot: Slot;
  readonly id: string;
  readonly type: StructureType;
  readonly categorie: CdsCategory | null;
  readonly departement: string;
  readonly commune: GeoCommune;
  readonly adhesion: Day | null;
  readonly resiliation: Day | null;
  readonly statut: Statut;
  /** null: the source says `NS`. */
  readonly multiSites: boolean | null;
  /** Patientèle scale of an MSP relative to its department's mean. */
  readonly size: number;
  /** Remuneration level relative to what its size predicts. */
  readonly performance: number;
}

const weightCache = new WeakMap<readonly GeoCommune[], Map<number, Float64Array>>();

function weightsFor(communes: readonly GeoCommune[], exponent: number): Float64Array {
  let byExponent = weightCache.get(communes);
  if (!byExponent) {
    byExponent = new Map();
    weightCache.set(communes, byExponent);
  }
  let weights = byExponent.get(exponent);
  if (!weights) {
    weights = cumulativeWeights(communes, exponent);
    byExponent.set(exponent, weights);
  }
  return weights;
}

export function structureId(_plan: Plan, type: StructureType, departement: string, number: number): string {
  return `${type}${departement}${String(number).padStart(4, '0')}`;
}

export function structureAt(plan: Plan, copy: number, slot: Slot): Structure {
  const rng = new Random(plan.seed, 'structure', copy, slot.index);
  const perCopy = plan.counts.get(`${slot.type}${slot.departement}`)!;
  const id = structureId(plan, slot.type, slot.departement, slot.seq + copy * perCopy);
  const communes = plan.geography.get(slot.departement)!.communes;
  const reference = plan.spec.referenceYear;

  let commune: GeoCommune;
  if (slot.type === 'CPTS' && slot.territory !== null) {
    const seat = plan.territories[slot.territory]!.seat;
    commune = communes.find((c) => c.code === seat)!;
  } else {
    // MSP favour small towns, centres and CPTS seats the cities.
    const exponent = slot.type === 'MSP' ? 0.5 : 1.2;
    commune = communes[rng.weighted(weightsFor(communes, exponent))]!;
  }

  const adhesion = slot.year === null ? null : randomDay(rng, slot.year);
  let resiliation: Day | null = null;
  let statut: Statut = slot.stage ?? 'actif';
  const resiliationRate = slot.type === 'MSP' ? 0.016 : slot.type === 'CDS' ? 0.012 : 0;
  if (adhesion && adhesion.year < reference && rng.chance(resiliationRate)) {
    resiliation = randomDay(rng, rng.int(adhesion.year + 1, reference));
    statut = 'resilie';
  }
  const multiSites = slot.type !== 'MSP' ? false : rng.chance(0.02) ? null : rng.chance(0.45);
  return {
    copy,
    slot,
    id,
    type: slot.type,
    categorie: slot.categorie,
    departement: slot.departement,
    commune,
    adhesion,
    resiliation,
    statut,
    multiSites,
    // Divided by the log-normal's mean so that department means stay on their calibration.
    size: rng.logNormal(0.33) / Math.exp(0.33 ** 2 / 2),
    performance: rng.logNormal(0.18) / Math.exp(0.18 ** 2 / 2),
  };
}

function randomDay(rng: Random, year: number): Day {
  return { year, month: rng.int(1, 12), day: rng.int(1, 28) };
}

/** Whether the structure had a contract for at least part of `year`. */
export function activeIn(structure: Structure, year: number): boolean {
  if (!structure.adhesion || structure.adhesion.year > year) return false;
  return !structure.resiliation || structure.resiliation.year > year;
}

/** Whether the contract ran the whole of `year` (signed on or before 1 January). */
export function wholeYear(structure: Structure, year: number): boolean {
  const a = structure.adhesion;
  return a !== null && (a.year < year || (a.year === year && a.month === 1 && a.day === 1));
}

/** Share of `year` under contract, by months: the first year's remuneration is prorated. */
export function yearShare(structure: Structure, year: number): number {
  const a = structure.adhesion;
  if (!a || a.year > year) return 0;
  if (a.year < year) return 1;
  return (13 - a.month) / 12;
}

export function isoDate(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
