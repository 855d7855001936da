-- Patientèle and file active per year and type of structure.
-- patientèle de référence = patientèle médecin traitant + enfants 0-16 ans;
-- nb_structures counts the structures with a patientèle row that year; means = sum / that count.
WITH rows AS (
  SELECT p.annee, s.type_structure, s.departement,
    p.patientele_mt, p.enfants_0_16, p.patientele_mt + p.enfants_0_16 AS patientele_reference, p.file_active
  FROM patientele AS p JOIN structures AS s USING (id_structure)
)
SELECT
  a.niveau, a.code, r.annee, r.type_structure,
  count(*) AS nb_structures,
  sum(r.patientele_mt) AS patientele_mt_somme,
  sum(r.patientele_mt) / count(*) AS patientele_mt_moyenne,
  sum(r.enfants_0_16) AS enfants_0_16_somme,
  sum(r.enfants_0_16) / count(*) AS enfants_0_16_moyenne,
  sum(r.patientele_reference) AS patientele_reference_somme,
  sum(r.patientele_reference) / count(*) AS patientele_reference_moyenne,
  sum(r.file_active) AS file_active_somme,
  sum(r.file_active) / count(*) AS file_active_moyenne
FROM rows AS r JOIN area_rollup AS a ON a.departement = r.departement
GROUP BY a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, r.annee, r.type_structure
ORDER BY r.annee, r.type_structure, a.region_key, a.niveau_rank, a.sort_key
