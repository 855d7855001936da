-- Professionals per profession, per region (and France): the deck's table has no department rows.
-- Over the structures with at least one professionals row that year: pct and moyenne use that
-- count; moyenne_par_structure_presente divides by the structures counting at least one.
-- A structure has one row per profession and year (later repeats are rejected), so structures
-- are counted by counting rows, per department first, then added up.
-- (Each professionnels row carries its structure's department and type, set when it was checked.)
WITH structures_by_departement AS (
  SELECT departement, annee, type_structure, count(*) AS nb_structures
  FROM (SELECT DISTINCT id_structure, annee, type_structure, departement FROM professionnels)
  GROUP BY ALL
),
professions_by_departement AS (
  SELECT departement, annee, type_structure, profession,
    sum(effectif) AS nb_professionnels,
    count(*) FILTER (effectif > 0) AS nb_structures_avec
  FROM professionnels
  GROUP BY ALL
),
structures_by_area AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, d.annee, d.type_structure, sum(d.nb_structures) AS nb_structures
  FROM structures_by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
  WHERE a.niveau <> 'departement'
  GROUP BY ALL
),
professions_by_area AS (
  SELECT a.niveau, a.code, d.annee, d.type_structure, d.profession,
    sum(d.nb_professionnels) AS nb_professionnels, sum(d.nb_structures_avec) AS nb_structures_avec
  FROM professions_by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
  WHERE a.niveau <> 'departement'
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
ORDER BY z.annee, z.type_structure, z.region_key, z.niveau_rank, p.rang
