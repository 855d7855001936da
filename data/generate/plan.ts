// The plan of a generated export set: which structures exist (type, department, contract year,
// CDS category, CPTS stage and territory), drawn once. It stays small (a few thousand slots even for
// the stress scale, whose copies are drawn from the same slots) so that rows can be streamed.

import type { CdsCategory, StructureType } from '../../core';
import { compareCodes } from '../../core';
import {
  CPTS_STAGES,
  type DepartmentCalibration,
  IDF_DEPARTMENTS,
  IDF_MSP_CONTRACTS_PER_YEAR,
  NATIONAL_CDS,
  NATIONAL_CPTS,
  NATIONAL_MEANS,
  NATIONAL_MSP_CONTRACTS_PER_YEAR,
} from './calibration';
import { type DepartmentProfile, departmentProfile } from './department-profile';
import { type GeoDepartement, loadGeography } from './geography';
import { Random } from './random';
import type { ScaleSpec } from './scale';
import { partitionTerritories, type Territory } from './territories';

export type CptsStage = 'projet' | 'validee' | 'signataire';

export interface Slot {
  readonly index: number;
  readonly type: StructureType;
  readonly departement: string;
  /** Rank among the structures of its type and department, from 1. */
  readonly seq: number;
  /** Contract year: the ACI for MSP and signed CPTS, the national agreement for CDS. */
  readonly year: number | null;
  readonly categorie: CdsCategory | null;
  readonly stage: CptsStage | null;
  /** Index in `Plan.territories`, or null for a CPTS whose territory the source does not list. */
  readonly territory: number | null;
}

export interface Plan {
  readonly seed: number;
  readonly spec: ScaleSpec;
  readonly slots: readonly Slot[];
  readonly territories: readonly Territory[];
  readonly departements: ReadonlyMap<string, DepartmentProfile>;
  readonly geography: ReadonlyMap<string, GeoDepartement>;
  /** Slots per `${type}${departement}`: ids of copy k continue after k times this count. */
  readonly counts: ReadonlyMap<string, number>;
}

type Draft = Omit<Slot, 'index' | 'seq'>;

const CDS_CATEGORY_NAMES: readonly CdsCategory[] = ['dentaire', 'infirmier', 'medical', 'polyvalent'];
const CPTS_SIGNING_YEARS = { 2019: 12, 2020: 18, 2021: 20, 2022: 20, 2023: 18, 2024: 12 } as const;

export function buildPlan(seed: number, spec: ScaleSpec): Plan {
  const geography = loadGeography();
  const departements = new Map<string, DepartmentProfile>();
  for (const code of spec.departements) departements.set(code, departmentProfile(seed, geography.get(code)!));

  const rng = new Random(seed, 'plan', spec.name);
  const territories: Territory[] = [];
  const drafts: Draft[] = [...mspDrafts(rng, spec, geography), ...cdsDrafts(rng, spec, geography), ...cptsDrafts(rng, spec, geography, territories)];

  const typeOrder = { MSP: 0, CDS: 1, CPTS: 2 } as const;
  drafts.sort((a, b) => typeOrder[a.type] - typeOrder[b.type] || compareCodes(a.departement, b.departement) || (a.year ?? 9999) - (b.year ?? 9999));
  const counts = new Map<string, number>();
  const slots = drafts.map((draft, index) => {
    const key = `${draft.type}${draft.departement}`;
    const seq = (counts.get(key) ?? 0) + 1;
    counts.set(key, seq);
    return { ...draft, index, seq };
  });
  return { seed, spec, slots, territories, departements, geography, counts };
}

function cumulative(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

function yearsWeighted(weights: Readonly<Record<number, number>>): { years: number[]; cumulative: number[] } {
  const years = Object.keys(weights).map(Number);
  return { years, cumulative: cumulative(years.map((year) => weights[year]!)) };
}

function mspDrafts(rng: Random, spec: ScaleSpec, geography: ReadonlyMap<string, GeoDepartement>): Draft[] {
  const idf = spec.calibration === 'ile-de-france';
  const perYear = idf ? IDF_MSP_CONTRACTS_PER_YEAR : NATIONAL_MSP_CONTRACTS_PER_YEAR;
  // MSP are more frequent in rural departments: weight by population^0.7 and a department factor.
  const weights = cumulative(
    spec.departements.map((code) => (idf ? IDF_DEPARTMENTS[code]!.mspWeight : geography.get(code)!.population ** 0.7 * rng.logNormal(0.4))),
  );
  const drafts: Draft[] = [];
  for (const year of spec.contractYears) {
    const contracts = Math.round((perYear[year] ?? 0) * (spec.share ?? 1));
    for (let i = 0; i < contracts; i++) {
      const departement = spec.departements[rng.weighted(weights)]!;
      drafts.push({ type: 'MSP', departement, year, categorie: null, stage: null, territory: null });
    }
  }
  return drafts;
}

function cdsDrafts(rng: Random, spec: ScaleSpec, geography: ReadonlyMap<string, GeoDepartement>): Draft[] {
  // Centres signed the national agreement over decades; more of them recently.
  const years = yearsWeighted(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [2000 + i, 1 + i * 0.15])) as Record<number, number>);
  const draft = (departement: string, categorie: CdsCategory): Draft => ({
    type: 'CDS',
    departement,
    year: years.years[rng.weighted(years.cumulative)]!,
    categorie,
    stage: null,
    territory: null,
  });
  const drafts: Draft[] = [];
  if (spec.calibration === 'ile-de-france') {
    for (const code of spec.departements) {
      const calibration = IDF_DEPARTMENTS[code]!;
      for (const categorie of CDS_CATEGORY_NAMES) {
        const target = calibration.cds[categorie];
        const count = Math.max(0, Math.round(target + 0.4 * Math.sqrt(target) * rng.normal()));
        for (let i = 0; i < count; i++) drafts.push(draft(code, categorie));
      }
    }
    return drafts;
  }
  // Centres are an urban form: weight by population^1.3.
  const weights = cumulative(spec.departements.map((code) => geography.get(code)!.population ** 1.3 * rng.logNormal(0.3)));
  const shares = NATIONAL_MEANS.cdsShares;
  const categories = cumulative(CDS_CATEGORY_NAMES.map((categorie) => shares[categorie]));
  for (let i = 0; i < Math.round(NATIONAL_CDS * (spec.share ?? 1)); i++) {
    drafts.push(draft(spec.departements[rng.weighted(weights)]!, CDS_CATEGORY_NAMES[rng.weighted(categories)]!));
  }
  return drafts;
}

function cptsDrafts(rng: Random, spec: ScaleSpec, geography: ReadonlyMap<string, GeoDepartement>, territories: Territory[]): Draft[] {
  const signing = yearsWeighted(CPTS_SIGNING_YEARS);
  const drafts: Draft[] = [];
  const idf = spec.calibration === 'ile-de-france';
  const allocation = idf ? null : allocateByPopulation(spec, geography, Math.round(NATIONAL_CPTS * (spec.share ?? 1)));
  for (const code of spec.departements) {
    const geo = geography.get(code)!;
    const stages: CptsStage[] = idf ? idfStages(rng, IDF_DEPARTMENTS[code]!) : Array.from({ length: allocation!.get(code)! }, () => nationalStage(rng));
    const signed = stages.filter((stage) => stage === 'signataire').length;
    // In Île-de-France part of the territory has no CPTS yet: cut it into more shares than there
    // are CPTS so that the signed ones cover about the deck's share of the population.
    const coverage = idf ? IDF_DEPARTMENTS[code]!.coverage / 100 : 1;
    const shares = idf && signed > 0 ? Math.max(signed, Math.round(signed / coverage)) : stages.length;
    const cut = rng.shuffle(partitionTerritories(geo.communes, shares));
    // Signed CPTS take territories first; unsigned ones take what is left, or none is listed.
    const order = [...stages.keys()].sort((a, b) => Number(stages[b] === 'signataire') - Number(stages[a] === 'signataire'));
    const territoryOf = new Map<number, number>();
    order.forEach((stageIndex, i) => {
      const territory = cut[i];
      if (!territory) return;
      territoryOf.set(stageIndex, territories.length);
      territories.push(territory);
    });
    stages.forEach((stage, i) => {
      drafts.push({
        type: 'CPTS',
        departement: code,
        year: stage === 'signataire' ? signing.years[rng.weighted(signing.cumulative)]! : null,
        categorie: null,
        stage,
        territory: territoryOf.get(i) ?? null,
      });
    });
  }
  return drafts;
}

function idfStages(rng: Random, calibration: DepartmentCalibration): CptsStage[] {
  const signed = Math.max(0, calibration.cptsSigned + rng.int(-1, 1));
  const unsigned = Math.max(0, calibration.cptsUnsigned + rng.int(-1, 1));
  return [
    ...Array.from({ length: signed }, (): CptsStage => 'signataire'),
    ...Array.from({ length: unsigned }, (): CptsStage => (rng.chance(0.3) ? 'validee' : 'projet')),
  ];
}

function nationalStage(rng: Random): CptsStage {
  const draw = rng.float();
  if (draw < CPTS_STAGES.projet) return 'projet';
  if (draw < CPTS_STAGES.projet + CPTS_STAGES.validee) return 'validee';
  return 'signataire';
}

/** Largest-remainder allocation of `total` over the departments by population, at least one each. */
function allocateByPopulation(spec: ScaleSpec, geography: ReadonlyMap<string, GeoDepartement>, total: number): Map<string, number> {
  const populations = spec.departements.map((code) => geography.get(code)!.population);
  const sum = populations.reduce((a, b) => a + b, 0);
  const free = total - spec.departements.length;
  const exact = populations.map((population) => (free * population) / sum);
  const counts = exact.map((value) => 1 + Math.floor(value));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return new Map(spec.departements.map((code, i) => [code, counts[i]!]));
}
