-- Professionals per profession, per region (and France): the deck's table has no department rows.
-- Over the structures with at least one professionals row that year: pct and moyenne use that
-- count; moyenne_par_structure_presente divides by the structures counting at least one.
WITH rows AS (
  SELECT p.id_structure, p.annee, p.profession, p.effectif, s.type_structure, s.departement
  FROM professionnels AS p JOIN structures AS s USING (id_structure)
),
structures_par_zone AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, r.annee, r.type_structure,
    count(DISTINCT r.id_structure) AS nb_structures
  FROM rows AS r JOIN area_rollup AS a ON a.departement = r.departement
  WHERE a.niveau <> 'departement'
  GROUP BY ALL
),
par_profession AS (
  SELECT a.niveau, a.code, r.annee, r.type_structure, r.profession,
    sum(r.effectif) AS nb_professionnels,
    count(DISTINCT r.id_structure) FILTER (r.effectif > 0) AS nb_structures_avec
  FROM rows AS r JOIN area_rollup AS a ON a.departement = r.departement
  WHERE a.niveau <> 'departement'
  GROUP BY ALL
)
SELECT
  z.niveau, z.code, z.annee, z.type_structure, p.code AS profession,
  coalesce(pp.nb_professionnels, 0) AS nb_professionnels,
  coalesce(pp.nb_structures_avec, 0) AS nb_structures_avec,
  100 * coalesce(pp.nb_structures_avec, 0) / z.nb_structures AS pct_structures_avec,
  coalesce(pp.nb_professionnels, 0) / z.nb_structures AS moyenne_par_structure,
  pp.nb_professionnels / nullif(pp.nb_structures_avec, 0) AS moyenne_par_structure_presente
FROM structures_par_zone AS z
CROSS JOIN ref_professions AS p
LEFT JOIN par_profession AS pp
  ON pp.niveau = z.niveau AND pp.code = z.code AND pp.annee = z.annee
  AND pp.type_structure = z.type_structure AND pp.profession = p.code
ORDER BY z.annee, z.type_structure, z.region_key, z.niveau_rank, p.rang
