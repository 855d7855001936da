// What the CDS rows of version 2 are calibrated on: the CDS block of the June 2024 Île-de-France
// deck (seed 003: staff in FTE by type of centre, patientèle and file active, the *rémunération
// forfaitaire spécifique* and its five groups), used as national orders of magnitude too.
import type { CdsCategory, Profession } from '../../core';

/** Share of active CDS under the national agreement that declare staff and are paid (856 of 998). */
export const CDS_UNDER_AGREEMENT = 0.86;

export interface CdsRemunerationProfile {
  /** Mean paid remuneration in 2023, euros (polyvalent/medical together: 77 786 €). */
  readonly mean: number;
  /** Advance paid during the year as a share of the amount due (avance / total of the deck). */
  readonly avanceShare: number;
}

export const CDS_REMUNERATION: Readonly<Record<CdsCategory, CdsRemunerationProfile>> = {
  polyvalent: { mean: 90_000, avanceShare: 0.58 },
  medical: { mean: 63_000, avanceShare: 0.58 },
  dentaire: { mean: 27_000, avanceShare: 0.45 },
  infirmier: { mean: 8_100, avanceShare: 0.9 },
};

/** Mean paid remuneration of a year relative to 2023 (the deck: 78 264 € in 2022 for polyvalent/medical). */
export const CDS_REMUNERATION_INDEX: Readonly<Record<number, number>> = { 2022: 1.006, 2023: 1, 2024: 1.02 };

/**
 * Prerequisites missed, and among those an advance already paid (group 4 rather than 5): the deck
 * counts 106 + 67 of 856 CDS in 2023, 19 + 62 of 852 in 2022.
 */
export function cdsPrerequisitesMissed(year: number): { missed: number; withAdvance: number } {
  return year >= 2023 ? { missed: 0.2, withAdvance: 0.61 } : { missed: 0.095, withAdvance: 0.23 };
}

/** Paid centres whose advance exceeded the amount due (a trop-perçu). */
export const CDS_TROP_PERCU = 0.03;

/**
 * Means per centre in 2023 (deck: polyvalent/medical MT 1 263, widened 1 518, file active MG 7 156,
 * dental 1 516, nursing 52; dental centres 3 267; nursing centres 196). `share`: centres giving it.
 */
export interface PatienteleFigure {
  readonly mean: number;
  readonly share: number;
}

export interface CdsPatienteleProfile {
  readonly mt: PatienteleFigure | null;
  readonly fileActiveMg: PatienteleFigure | null;
  readonly fileActiveDentaire: PatienteleFigure | null;
  readonly fileActiveInfirmiere: PatienteleFigure | null;
}

const medicalBlock = { mt: { mean: 1263, share: 1 }, fileActiveMg: { mean: 7156, share: 1 } };

export const CDS_PATIENTELE: Readonly<Record<CdsCategory, CdsPatienteleProfile>> = {
  polyvalent: { ...medicalBlock, fileActiveDentaire: { mean: 2100, share: 0.7 }, fileActiveInfirmiere: { mean: 60, share: 0.7 } },
  medical: { ...medicalBlock, fileActiveDentaire: null, fileActiveInfirmiere: { mean: 40, share: 0.4 } },
  dentaire: { mt: null, fileActiveMg: null, fileActiveDentaire: { mean: 3267, share: 1 }, fileActiveInfirmiere: null },
  infirmier: { mt: null, fileActiveMg: null, fileActiveDentaire: null, fileActiveInfirmiere: { mean: 196, share: 1 } },
};

/** Children 0–16 among the MT patients, and the AME share added to make the widened patientèle. */
export const CDS_ENFANTS_RATIO = 0.16;
export const CDS_AME_RATIO = 0.04;

export interface StaffProfile {
  /** Share of centres of the category with this profession. */
  readonly share: number;
  /** Mean FTE where present. */
  readonly etp: number;
  /** FTE per person: doctors often work part-time sessions. */
  readonly etpPerPerson: number;
}

/**
 * Salaried staff by type of centre (deck, FTE: polyvalent/medical 5 363 over ~430 centres, dental
 * 4 097 over ~400, nursing 44 over ~10; 16 594 people for 9 504 FTE).
 */
export const CDS_STAFF: Readonly<Record<CdsCategory, Partial<Readonly<Record<Profession, StaffProfile>>>>> = {
  polyvalent: {
    medecin_generaliste: { share: 0.97, etp: 2.5, etpPerPerson: 0.6 },
    medecin_autre_specialite: { share: 0.8, etp: 2.2, etpPerPerson: 0.35 },
    chirurgien_dentiste: { share: 0.75, etp: 2.6, etpPerPerson: 0.65 },
    sage_femme: { share: 0.2, etp: 0.8, etpPerPerson: 0.6 },
    infirmier: { share: 0.7, etp: 1.2, etpPerPerson: 0.8 },
    masseur_kinesitherapeute: { share: 0.3, etp: 1.0, etpPerPerson: 0.7 },
    psychologue: { share: 0.3, etp: 0.6, etpPerPerson: 0.5 },
    autre_professionnel_sante: { share: 0.4, etp: 1.2, etpPerPerson: 0.7 },
    autre_hors_sante: { share: 1, etp: 4.2, etpPerPerson: 0.85 },
  },
  medical: {
    medecin_generaliste: { share: 0.98, etp: 2.4, etpPerPerson: 0.6 },
    medecin_autre_specialite: { share: 0.7, etp: 1.8, etpPerPerson: 0.35 },
    infirmier: { share: 0.5, etp: 0.8, etpPerPerson: 0.8 },
    autre_professionnel_sante: { share: 0.3, etp: 0.8, etpPerPerson: 0.7 },
    autre_hors_sante: { share: 1, etp: 2.8, etpPerPerson: 0.85 },
  },
  dentaire: {
    chirurgien_dentiste: { share: 1, etp: 4.8, etpPerPerson: 0.65 },
    medecin_autre_specialite: { share: 0.15, etp: 0.7, etpPerPerson: 0.35 },
    medecin_generaliste: { share: 0.03, etp: 0.5, etpPerPerson: 0.5 },
    autre_professionnel_sante: { share: 0.05, etp: 0.7, etpPerPerson: 0.7 },
    autre_hors_sante: { share: 1, etp: 5, etpPerPerson: 0.85 },
  },
  infirmier: {
    infirmier: { share: 1, etp: 3.4, etpPerPerson: 0.8 },
    autre_hors_sante: { share: 0.6, etp: 1.5, etpPerPerson: 0.85 },
  },
};
