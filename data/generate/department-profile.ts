// What a department's structures look like on average: Île-de-France departments take the deck's
// figures, the others draw theirs once around the national means.
import type { Programme } from '../../core';
import { IDF_DEPARTMENTS, NATIONAL_MEANS } from './calibration';
import type { GeoDepartement } from './geography';
import { Random } from './random';

export interface DepartmentProfile {
  readonly code: string;
  readonly region: string;
  readonly population: number;
  readonly patienteleMt: number;
  readonly enfantsRatio: number;
  readonly fileActiveRatio: number;
  readonly remuneration: number;
  readonly partCss: number;
  readonly partAme: number;
  /** Screening participation in 2023, percent. */
  readonly screening: Readonly<Record<Programme, number>>;
  /** The screening source gives this department's counts (nb_depistes, population_cible), not rates. */
  readonly screeningCounts: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function departmentProfile(seed: number, geo: GeoDepartement): DepartmentProfile {
  const rng = new Random(seed, 'departement', geo.code);
  const screeningCounts = rng.chance(0.25);
  const idf = IDF_DEPARTMENTS[geo.code];
  if (idf) {
    return {
      code: geo.code,
      region: geo.region,
      population: geo.population,
      patienteleMt: idf.patienteleMt,
      enfantsRatio: idf.enfants / idf.patienteleMt,
      fileActiveRatio: idf.fileActive / idf.patienteleMt,
      remuneration: idf.remuneration,
      partCss: idf.partCss,
      partAme: idf.partAme,
      screening: idf.screening,
      screeningCounts,
    };
  }
  const means = NATIONAL_MEANS;
  return {
    code: geo.code,
    region: geo.region,
    population: geo.population,
    patienteleMt: means.patienteleMt * rng.logNormal(0.12),
    enfantsRatio: means.enfantsRatio * rng.logNormal(0.15),
    fileActiveRatio: means.fileActiveRatio * rng.logNormal(0.08),
    remuneration: means.remuneration * rng.logNormal(0.1),
    partCss: means.partCss * rng.logNormal(0.3),
    partAme: means.partAme * rng.logNormal(0.6),
    screening: {
      sein: clamp(means.screening.sein + 5 * rng.normal(), 30, 70),
      col_uterus: clamp(means.screening.col_uterus + 4 * rng.normal(), 40, 75),
      colorectal: clamp(means.screening.colorectal + 4.5 * rng.normal(), 15, 50),
    },
    screeningCounts,
  };
}
