-- The structures behind patientele.sql: one row per patientèle row kept, so the sums add up to the
-- department's and the means are their average.
SELECT id_structure, departement, annee, type_structure, true AS compte, NULL::VARCHAR AS statut,
  1 AS nb_structures,
  patientele_mt AS patientele_mt_somme,
  enfants_0_16 AS enfants_0_16_somme,
  patientele_mt + enfants_0_16 AS patientele_reference_somme,
  file_active AS file_active_somme
FROM patientele
ORDER BY annee, id_structure
