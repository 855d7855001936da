-- Remuneration – structures per group of prerequisites and balance, per type of structure, added
-- up from the structures of detail/remunerations_groupes.sql (every remunerations row, in exactly
-- one group). For an area, type and year with at least one row, the five groups always appear,
-- zeros included; pct_structures = 100 × nb_structures / rows of that type, area and year.
WITH by_area AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure, d.groupe, sum(d.nb_structures) AS n
  FROM detail.remunerations_groupes AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
totals AS (
  SELECT niveau, code, region_key, niveau_rank, sort_key, annee, type_structure, sum(n) AS total
  FROM by_area
  GROUP BY ALL
)
SELECT
  t.niveau, t.code, t.annee, t.type_structure, g.groupe, g.libelle,
  coalesce(b.n, 0)::BIGINT AS nb_structures,
  100 * coalesce(b.n, 0) / t.total AS pct_structures
FROM totals AS t
-- The five groups and their sentences (REMUNERATION_GROUPS in core).
CROSS JOIN ref_groupes_remuneration AS g
LEFT JOIN by_area AS b
  ON b.niveau = t.niveau AND b.code = t.code AND b.annee = t.annee AND b.type_structure = t.type_structure AND b.groupe = g.groupe
JOIN ref_types AS ty ON ty.type_structure = t.type_structure
ORDER BY t.annee, ty.rang, t.region_key, t.niveau_rank, t.sort_key, g.groupe
