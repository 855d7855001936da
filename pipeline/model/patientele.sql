-- Patientèle and file active per year and type of structure, added up from the structures of
-- detail/patientele.sql (one per patientèle row; the CDS are in cds_patientele).
-- nb_structures counts the structures with a patientèle row that year; means = sum / that count.
-- Each total row adds up its own structures: its means come from its sums, never from the
-- departments' means.
WITH by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure,
    sum(d.nb_structures) AS n,
    sum(d.patientele_mt_somme) AS mt,
    sum(d.enfants_0_16_somme) AS enfants,
    sum(d.patientele_reference_somme) AS reference,
    sum(d.file_active_somme) AS file_active
  FROM detail.patientele AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  niveau, code, annee, type_structure,
  n::BIGINT AS nb_structures,
  mt::BIGINT AS patientele_mt_somme,
  mt / n AS patientele_mt_moyenne,
  enfants::BIGINT AS enfants_0_16_somme,
  enfants / n AS enfants_0_16_moyenne,
  reference::BIGINT AS patientele_reference_somme,
  reference / n AS patientele_reference_moyenne,
  file_active::BIGINT AS file_active_somme,
  file_active / n AS file_active_moyenne
FROM by_area
ORDER BY annee, type_structure, region_key, niveau_rank, sort_key
