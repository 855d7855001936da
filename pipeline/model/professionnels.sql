-- Professionals per profession, for each department, region (and France), added up from the
-- structures of detail/professionnels.sql, with its two aggregate professions: medecin
-- (généralistes and autres spécialités) and ensemble (every profession).
-- Over the structures with at least one professionals row that year (those of the area's detail,
-- whatever the profession): pct and moyenne use that count; moyenne_par_structure_presente
-- divides by the structures counting at least one.
-- Region and France rows list every profession, zeros included; a department row lists the
-- professions present there (at least one row) and the two aggregates.
WITH structures_by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure,
    count(DISTINCT d.id_structure) AS nb_structures
  FROM detail.professionnels AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
professions_by_area AS (
  SELECT
    a.niveau, a.code, d.annee, d.type_structure, d.profession,
    sum(d.nb_professionnels) AS nb_professionnels,
    sum(d.nb_structures_avec) AS nb_structures_avec
  FROM detail.professionnels AS d
  JOIN area_rollup AS a ON a.departement = d.departement
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
