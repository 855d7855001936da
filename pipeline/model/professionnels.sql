-- Professionals per profession, for each department, region (and France), with two aggregate
-- professions: medecin (généralistes and autres spécialités) and ensemble (every profession).
-- Over the structures with at least one professionals row that year: pct and moyenne use that
-- count; moyenne_par_structure_presente divides by the structures counting at least one.
-- A structure counts for a profession (nb_structures_avec) when its effectif there is above 0;
-- for medecin when it has either kind of doctor, for ensemble when it has anyone.
-- Region and France rows list every profession, zeros included; a department row lists the
-- professions present there (at least one row) and the two aggregates.
-- The CDS declare salaried staff under their own agreement: cds_effectifs.
-- (Each professionnels row carries its structure's department and type, set when it was checked.)
WITH msp AS (
  SELECT id_structure, departement, annee, type_structure, profession, effectif
  FROM professionnels
  WHERE type_structure <> 'CDS'
),
-- Per structure and year, once: its doctors (NULL when it has no doctor row) and everyone.
per_structure AS (
  SELECT departement, annee, type_structure,
    sum(effectif) FILTER (profession IN ('medecin_generaliste', 'medecin_autre_specialite')) AS medecins,
    sum(effectif) AS everyone
  FROM msp
  GROUP BY id_structure, departement, annee, type_structure
),
structures_by_departement AS (
  SELECT departement, annee, type_structure, count(*) AS nb_structures
  FROM per_structure
  GROUP BY ALL
),
-- A structure has one row per profession and year (later repeats are rejected), so structures
-- are counted by counting rows, per department first, then added up.
professions_by_departement AS (
  SELECT departement, annee, type_structure, profession,
    sum(effectif) AS nb_professionnels,
    count(*) FILTER (effectif > 0) AS nb_structures_avec
  FROM msp
  GROUP BY ALL
  UNION ALL
  SELECT departement, annee, type_structure, 'medecin', sum(medecins), count(*) FILTER (medecins > 0)
  FROM per_structure WHERE medecins IS NOT NULL
  GROUP BY ALL
  UNION ALL
  SELECT departement, annee, type_structure, 'ensemble', sum(everyone), count(*) FILTER (everyone > 0)
  FROM per_structure
  GROUP BY ALL
),
structures_by_area AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure, sum(d.nb_structures) AS nb_structures
  FROM structures_by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
professions_by_area AS (
  SELECT a.niveau, a.code, d.annee, d.type_structure, d.profession,
    sum(d.nb_professionnels) AS nb_professionnels, sum(d.nb_structures_avec) AS nb_structures_avec
  FROM professions_by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  z.niveau, z.code, z.annee, z.type_structure, p.code AS profession,
  coalesce(pp.nb_professionnels, 0)::BIGINT AS nb_professionnels,
  coalesce(pp.nb_structures_avec, 0)::BIGINT AS nb_structures_avec,
  100 * coalesce(pp.nb_structures_avec, 0) / z.nb_structures AS pct_structures_avec,
  coalesce(pp.nb_professionnels, 0) / z.nb_structures AS moyenne_par_structure,
  pp.nb_professionnels / nullif(pp.nb_structures_avec, 0) AS moyenne_par_structure_presente
FROM structures_by_area AS z
CROSS JOIN ref_professions AS p
LEFT JOIN professions_by_area AS pp
  ON pp.niveau = z.niveau AND pp.code = z.code AND pp.annee = z.annee
  AND pp.type_structure = z.type_structure AND pp.profession = p.code
WHERE z.niveau <> 'departement' OR pp.profession IS NOT NULL
ORDER BY z.annee, z.type_structure, z.region_key, z.niveau_rank, z.sort_key, p.rang
