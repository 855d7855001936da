// Share of paid structures reaching each remuneration indicator in 2023 (June 2024 Île-de-France
// deck: MSP, and CDS polyvalent/medical; dental and nursing centres reach the optional ones less).
// Prerequisite indicators are not drawn: they follow the structure's prerequis_atteints.
export const ATTAINMENT: Readonly<Record<string, number>> = {
  msp_crises_sanitaires: 0.92,
  msp_diversite_niveau_1: 0.71,
  msp_diversite_niveau_2: 0.27,
  msp_second_recours_niveau_1: 0.44,
  msp_second_recours_niveau_2: 0.14,
  msp_missions_sante_publique: 0.8,
  msp_satisfaction_patients: 0.54,
  msp_accueil_cstm: 0.03,
  msp_sas: 0.25,
  msp_protocoles: 0.95,
  msp_concertation: 0.96,
  msp_formation_jeunes: 0.63,
  msp_coordination_externe: 0.5,
  msp_ipa: 0.07,
  msp_parcours_ic: 0.13,
  msp_demarche_qualite: 0.44,
  msp_si_avance: 0.34,
  cds_missions_sante_publique: 0.52,
  cds_crise_sanitaire: 0.7,
  cds_second_recours: 0.7,
  cds_diversite_soins: 0.2,
  cds_accueil_cstm: 0.02,
  cds_concertation: 0.33,
  cds_stages: 0.41,
  cds_coordination_externe: 0.42,
  cds_protocoles: 0.56,
  cds_parcours_ic: 0.14,
  cds_parcours_mrtc: 0.09,
  cds_protocoles_cooperation_snp: 0.09,
  cds_sas: 0.035,
  cds_si_niveau_2: 0.23,
  cds_demarche_qualite: 0.78,
  cds_public_vulnerable: 0.32,
  cds_mediateur: 0.18,
  cds_teletransmission_fse: 0.45,
  cds_teletransmission_pj: 0.39,
  cds_teleservices: 0.73,
  cds_telesante_video: 0.27,
  cds_telesante_connecte: 0.21,
  cds_telesante_infirmiers: 0.03,
  cds_codage_donnees: 0.64,
  cds_implication_usagers: 0.35,
  cds_alimentation_dmp: 0.01,
  cds_mssante_patients: 0.01,
};

/** Optional indicators in dental and nursing centres, relative to polyvalent/medical ones. */
export const SINGLE_ACTIVITY_FACTOR = 0.6;

/** Points of an indicator by nature, before the structure's size (variable points) and noise. */
export const BASE_POINTS = { prerequis: 900, socle: 450, optionnel: 200 } as const;

/** Euros per point (ACI and national agreement, 2023). */
export const POINT_VALUE = 7;
