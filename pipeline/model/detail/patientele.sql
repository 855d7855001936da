-- The structures behind patientele.sql: one row per patientèle row kept (one per structure and
-- year). patientèle de référence = patientèle médecin traitant + enfants 0-16 ans. The CDS rows are
-- in cds_patientele: their columns mean other things and may be "not applicable".
SELECT
  departement, annee, type_structure, id_structure,
  1 AS nb_structures,
  patientele_mt AS patientele_mt_somme,
  enfants_0_16 AS enfants_0_16_somme,
  patientele_mt + enfants_0_16 AS patientele_reference_somme,
  file_active AS file_active_somme
FROM patientele
WHERE type_structure <> 'CDS'
