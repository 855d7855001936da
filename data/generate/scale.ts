// The three sizes of generated exports: one region (the committed sample), France, and a stress
// test with a hundred times the structures of France (several million rows, for the benchmark).
import { DEPARTEMENTS, departementsOf, REGIONS } from '../../core';
import { ILE_DE_FRANCE } from './calibration';

export const SCALE_NAMES = ['region', 'national', 'stress'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export interface ScaleSpec {
  readonly name: ScaleName;
  readonly departements: readonly string[];
  /** Regions whose every department is generated: they get the source's own `R..` screening rows. */
  readonly regions: readonly string[];
  /** Whether the department figures come from the Île-de-France deck (else national means). */
  readonly calibration: 'ile-de-france' | 'national';
  /** Last data year: no date or row goes past it. */
  readonly referenceYear: number;
  readonly contractYears: readonly number[];
  readonly patienteleYears: readonly number[];
  readonly remunerationYears: readonly number[];
  readonly professionnelsYears: readonly number[];
  readonly depistageYears: readonly number[];
  /** Years of the CDS rows of patientèle, remuneration and professionals (their tool is recent). */
  readonly cdsYears: readonly number[];
  /** Years whose remuneration is detailed indicator by indicator (the deck's year). */
  readonly indicateursYears: readonly number[];
  /** How many times the national plan of structures is drawn again, with new ids and values. */
  readonly copies: number;
  /** The part of the national counts of structures drawn (a few regions' share); default 1. */
  readonly share?: number;
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

const REFERENCE_YEAR = 2024;

const region: ScaleSpec = {
  name: 'region',
  departements: departementsOf(ILE_DE_FRANCE).map((departement) => departement.code),
  regions: [ILE_DE_FRANCE],
  calibration: 'ile-de-france',
  referenceYear: REFERENCE_YEAR,
  contractYears: range(2015, REFERENCE_YEAR),
  patienteleYears: range(2021, REFERENCE_YEAR),
  remunerationYears: range(2021, REFERENCE_YEAR),
  professionnelsYears: range(2022, REFERENCE_YEAR),
  depistageYears: range(2022, REFERENCE_YEAR),
  cdsYears: range(2022, REFERENCE_YEAR),
  indicateursYears: [REFERENCE_YEAR - 1],
  copies: 1,
};

const national: ScaleSpec = {
  name: 'national',
  departements: DEPARTEMENTS.map((departement) => departement.code),
  regions: REGIONS.map((r) => r.code),
  calibration: 'national',
  referenceYear: REFERENCE_YEAR,
  contractYears: range(2015, REFERENCE_YEAR),
  patienteleYears: range(2015, REFERENCE_YEAR),
  remunerationYears: range(2015, REFERENCE_YEAR),
  professionnelsYears: range(2020, REFERENCE_YEAR),
  depistageYears: range(2015, REFERENCE_YEAR),
  cdsYears: range(2022, REFERENCE_YEAR),
  indicateursYears: [REFERENCE_YEAR - 1],
  copies: 1,
};

const stress: ScaleSpec = { ...national, name: 'stress', copies: 100 };

export const SCALES: Readonly<Record<ScaleName, ScaleSpec>> = { region, national, stress };

/** A scale cut down to some of its regions: their departments only. */
export function scaleOfRegions(spec: ScaleSpec, regions: readonly string[]): ScaleSpec {
  const kept = spec.regions.filter((code) => regions.includes(code));
  const departements = spec.departements.filter((code) => kept.includes(DEPARTEMENTS.find((item) => item.code === code)?.region ?? ''));
  if (departements.length === 0) throw new Error(`aucune des régions ${regions.join(', ')} dans l'échelle ${spec.name}`);
  // Their share of the national structures, by their number of departments: the figures per
  // department stay those of France.
  return { ...spec, regions: kept, departements, share: departements.length / spec.departements.length };
}

export function isScaleName(value: string): value is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(value);
}
