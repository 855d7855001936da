-- Patientèle and file active per year and type of structure.
-- patientèle de référence = patientèle médecin traitant + enfants 0-16 ans;
-- nb_structures counts the structures with a patientèle row that year; means = sum / that count.
-- Sums and counts are taken per department first, then added up to the region and France: the
-- means of a total row come from its own sums, never from the departments' means.
-- (Each patientele row carries its structure's department and type, set when it was checked.)
-- CDS rows are in cds_patientele: their columns mean other things (file active MG, widened
-- patientèle) and may be "not applicable", so they are not mixed with the MSP figures here.
WITH by_departement AS (
  SELECT
    p.departement, p.annee, p.type_structure,
    count(*) AS nb_structures,
    sum(p.patientele_mt) AS patientele_mt,
    sum(p.enfants_0_16) AS enfants_0_16,
    sum(p.file_active) AS file_active
  FROM patientele AS p
  WHERE p.type_structure <> 'CDS'
  GROUP BY ALL
),
by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure,
    sum(d.nb_structures) AS n,
    sum(d.patientele_mt) AS mt,
    sum(d.enfants_0_16) AS enfants,
    sum(d.file_active) AS file_active
  FROM by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  niveau, code, annee, type_structure,
  n::BIGINT AS nb_structures,
  mt::BIGINT AS patientele_mt_somme,
  mt / n AS patientele_mt_moyenne,
  enfants::BIGINT AS enfants_0_16_somme,
  enfants / n AS enfants_0_16_moyenne,
  (mt + enfants)::BIGINT AS patientele_reference_somme,
  (mt + enfants) / n AS patientele_reference_moyenne,
  file_active::BIGINT AS file_active_somme,
  file_active / n AS file_active_moyenne
FROM by_area
ORDER BY annee, type_structure, region_key, niveau_rank, sort_key
