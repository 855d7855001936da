-- The centres behind cds_patientele.sql: one row per patientele row of a CDS, in each of its
-- groups (ref_cds_groupes: its category's group and ensemble, or ensemble alone without a
-- category). A column the centre leaves empty is "not applicable" (a dental centre has no médecin
-- traitant patients): empty here too, outside the sum and the count of its mean.
-- file_active_mg is the file_active column.
SELECT
  p.departement, p.annee, g.groupe AS categorie, p.id_structure,
  1 AS nb_centres,
  p.patientele_mt AS patientele_mt_somme,
  p.patientele_mt_elargie AS patientele_mt_elargie_somme,
  p.file_active AS file_active_mg_somme,
  p.file_active_dentaire AS file_active_dentaire_somme,
  p.file_active_infirmiere AS file_active_infirmiere_somme
FROM patientele AS p
JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM p.categorie
WHERE p.type_structure = 'CDS'
