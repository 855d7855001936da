// Figures the generator is calibrated on. Île-de-France: the June 2024 commission deck
// (shared/reference/seeds/003, also summarised in shared/spec/domain.md); elsewhere: national orders
// of magnitude for 2023-2024 (about 2 500-3 000 MSP under the ACI, 1 000 CPTS, screening rates).
// Every figure here is a target for random draws, never copied to the output as is.
import type { CdsCategory, Programme } from '../../core';

export interface DepartmentCalibration {
  /** Relative weight of the department among the region's new MSP contracts (deck, 2015-2024). */
  readonly mspWeight: number;
  /** Means per MSP in 2023: patientèle MT, children 0-16, file active (deck, corrected figures). */
  readonly patienteleMt: number;
  readonly enfants: number;
  readonly fileActive: number;
  /** Mean ACI remuneration per paid MSP in 2023, euros. */
  readonly remuneration: number;
  /** Active CDS by category. */
  readonly cds: Readonly<Record<CdsCategory, number>>;
  /** CPTS not yet signed (in project or validated) and signed. */
  readonly cptsUnsigned: number;
  readonly cptsSigned: number;
  /** Share of the population living in a signed CPTS's territory, percent. */
  readonly coverage: number;
  /** Screening participation in 2023, percent. */
  readonly screening: Readonly<Record<Programme, number>>;
  /** Shares of patients with CSS and AME, percent. */
  readonly partCss: number;
  readonly partAme: number;
}

const idf = (
  mspWeight: number,
  [patienteleMt, enfants, fileActive]: [number, number, number],
  remuneration: number,
  [dentaire, infirmier, medical, polyvalent]: [number, number, number, number],
  [cptsUnsigned, cptsSigned, coverage]: [number, number, number],
  [sein, col_uterus, colorectal]: [number, number, number],
  [partCss, partAme]: [number, number],
): DepartmentCalibration => ({
  mspWeight,
  patienteleMt,
  enfants,
  fileActive,
  remuneration,
  cds: { dentaire, infirmier, medical, polyvalent },
  cptsUnsigned,
  cptsSigned,
  coverage,
  screening: { sein, col_uterus, colorectal },
  partCss,
  partAme,
});

export const ILE_DE_FRANCE = '11';

export const IDF_DEPARTMENTS: Readonly<Record<string, DepartmentCalibration>> = {
  '75': idf(40, [4856, 630, 8595], 73_690, [129, 3, 66, 73], [0, 16, 100], [54.4, 58.4, 21.0], [8.1, 1.6]),
  '77': idf(22, [5586, 953, 7720], 85_173, [32, 1, 17, 9], [5, 7, 63.5], [56.7, 61.3, 26.1], [7.4, 0.5]),
  '78': idf(14, [6717, 1306, 9209], 100_127, [35, 1, 14, 7], [2, 11, 95.2], [60.5, 63.1, 26.2], [5.9, 0.4]),
  '91': idf(31, [5433, 1221, 7976], 89_877, [44, 3, 8, 9], [0, 13, 100], [60.1, 61.4, 26.2], [7.0, 0.6]),
  '92': idf(14, [5282, 819, 7819], 85_020, [79, 0, 38, 35], [8, 11, 53.5], [59.5, 62.4, 24.9], [6.2, 0.9]),
  '93': idf(24, [3317, 873, 8548], 70_154, [79, 0, 44, 65], [5, 15, 75.5], [51.8, 55.7, 22.1], [14.2, 2.7]),
  '94': idf(17, [7163, 1228, 11108], 92_221, [62, 1, 25, 32], [5, 10, 68.5], [56.9, 59.1, 25.7], [8.8, 1.2]),
  '95': idf(22, [5587, 1449, 9026], 75_107, [51, 1, 22, 13], [4, 8, 69.5], [58.4, 56.7, 26.0], [9.3, 1.0]),
};

/** New MSP contracts per year in Île-de-France (deck; 2024 extrapolated from the 13 signed by April). */
export const IDF_MSP_CONTRACTS_PER_YEAR: Readonly<Record<number, number>> = {
  2015: 25,
  2016: 5,
  2017: 13,
  2018: 15,
  2019: 23,
  2020: 18,
  2021: 26,
  2022: 25,
  2023: 21,
  2024: 16,
};

/** New MSP contracts per year in France (2015: the MSP that moved from the experimental NMR to the ACI). */
export const NATIONAL_MSP_CONTRACTS_PER_YEAR: Readonly<Record<number, number>> = {
  2015: 820,
  2016: 150,
  2017: 180,
  2018: 200,
  2019: 250,
  2020: 240,
  2021: 300,
  2022: 320,
  2023: 300,
  2024: 290,
};

export const NATIONAL_CDS = 3000;
export const NATIONAL_CPTS = 1000;

/** National means, each department drawing its own around them. */
export const NATIONAL_MEANS = {
  patienteleMt: 5300,
  enfantsRatio: 0.19,
  fileActiveRatio: 1.62,
  remuneration: 82_000,
  cdsShares: { dentaire: 0.45, infirmier: 0.12, medical: 0.2, polyvalent: 0.23 } satisfies Record<CdsCategory, number>,
  screening: { sein: 47.5, col_uterus: 58.0, colorectal: 32.5 } satisfies Record<Programme, number>,
  partCss: 8.5,
  partAme: 0.6,
} as const;

/** Shares of a CPTS's stages outside Île-de-France. */
export const CPTS_STAGES = { projet: 0.16, validee: 0.1, signataire: 0.74 } as const;

/** Mean paid remuneration of a year relative to 2023 (ACI amendments of 2019 and 2022, 7 € a point). */
export const REMUNERATION_INDEX: Readonly<Record<number, number>> = {
  2015: 0.58,
  2016: 0.62,
  2017: 0.66,
  2018: 0.7,
  2019: 0.78,
  2020: 0.83,
  2021: 0.86,
  2022: 0.91,
  2023: 1,
  2024: 1.04,
};

/**
 * Screening rate of a year minus the 2023 rate, in points: the 2020 lockdown dip, the cervical
 * programme generalised in 2019 and counted on a new basis from 2023 (hence its jump).
 */
export const SCREENING_TREND: Readonly<Record<Programme, Readonly<Record<number, number>>>> = {
  sein: { 2015: 3.2, 2016: 2.8, 2017: 2.2, 2018: 1.8, 2019: 1.6, 2020: -4.1, 2021: -1.6, 2022: -0.4, 2023: 0, 2024: 0.3 },
  col_uterus: { 2019: -21.5, 2020: -22.8, 2021: -16.4, 2022: -13.9, 2023: 0, 2024: 1.1 },
  colorectal: { 2015: -3.1, 2016: -3.6, 2017: -2.4, 2018: -1.2, 2019: -0.9, 2020: -4.4, 2021: 1.6, 2022: 0.6, 2023: 0, 2024: 0.9 },
};

/** Yearly target population as a share of the whole population (biennial or triennial invitations). */
export const SCREENING_TARGET_SHARE: Readonly<Record<Programme, number>> = {
  sein: 0.086,
  col_uterus: 0.092,
  colorectal: 0.163,
};

/**
 * Professions in an MSP (IDF 2023): share of MSP with at least one, and mean head count where present.
 * `growth` is the yearly change of the share (IPA and psychologists are recent).
 */
export const PROFESSION_PROFILE = {
  medecin_generaliste: { share: 0.994, mean: 5.61, growth: 0 },
  medecin_autre_specialite: { share: 0.414, mean: 3.2, growth: 0.01 },
  infirmier: { share: 0.959, mean: 3.82, growth: 0 },
  ipa: { share: 0.083, mean: 1.14, growth: 0.025 },
  masseur_kinesitherapeute: { share: 0.408, mean: 2.8, growth: 0.005 },
  sage_femme: { share: 0.438, mean: 2.0, growth: 0.01 },
  pedicure_podologue: { share: 0.396, mean: 1.48, growth: 0.005 },
  orthophoniste: { share: 0.314, mean: 1.51, growth: 0.005 },
  pharmacien: { share: 0.172, mean: 2.9, growth: 0.005 },
  chirurgien_dentiste: { share: 0.107, mean: 1.78, growth: 0 },
  orthoptiste: { share: 0.047, mean: 1.5, growth: 0.003 },
  biologiste: { share: 0.024, mean: 1.0, growth: 0 },
  psychologue: { share: 0.408, mean: 1.48, growth: 0.03 },
  autre_professionnel_sante: { share: 0.349, mean: 2.05, growth: 0.01 },
  autre_hors_sante: { share: 0.059, mean: 1.5, growth: 0.005 },
} as const;
