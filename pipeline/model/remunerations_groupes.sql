-- Remuneration – structures per group of prerequisites and balance, per type of structure.
-- Every remunerations row of the year falls in exactly one group (prerequisites default oui):
--   1 prerequisites met, solde ≥ 0 (or not given: nothing to recover)
--   2 prerequisites met, solde < 0 and avance_annee_suivante ≥ −solde
--   3 prerequisites met, solde < 0 and avance_annee_suivante < −solde or empty
--   4 prerequisites not met, avance > 0
--   5 prerequisites not met, avance = 0 or empty
-- For an area, type and year with at least one row, the five groups always appear, zeros
-- included; pct_structures = 100 × nb_structures / rows of that type, area and year.
-- (Each remunerations row carries its structure's department and type.)
WITH rows AS (
  SELECT departement, annee, type_structure,
    CASE
      WHEN coalesce(prerequis_atteints, true) THEN
        CASE WHEN solde IS NULL OR solde >= 0 THEN 1 WHEN avance_annee_suivante >= -solde THEN 2 ELSE 3 END
      WHEN avance > 0 THEN 4
      ELSE 5
    END AS groupe
  FROM remunerations
),
by_departement AS (
  SELECT departement, annee, type_structure, groupe, count(*) AS n
  FROM rows
  GROUP BY ALL
),
by_area AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure, d.groupe, sum(d.n) AS n
  FROM by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
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
-- The five groups and their sentences (REMUNERATION_GROUPS in pipeline/schema).
CROSS JOIN ref_groupes_remuneration AS g
LEFT JOIN by_area AS b
  ON b.niveau = t.niveau AND b.code = t.code AND b.annee = t.annee AND b.type_structure = t.type_structure AND b.groupe = g.groupe
JOIN ref_types AS ty ON ty.type_structure = t.type_structure
ORDER BY t.annee, ty.rang, t.region_key, t.niveau_rank, t.sort_key, g.groupe
