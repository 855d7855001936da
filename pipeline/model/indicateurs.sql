-- Remuneration – attainment of each indicator, per type of structure and group of categories.
-- From the indicateurs rows (one per structure, year and indicator of the reference list).
-- Groups: MSP have ensemble only; CDS the four groups of ref_cds_groupes.
-- nb_structures = structures of the group with at least one indicateurs row that year (those
-- whose remuneration was computed); nb_atteint = those reaching the indicator; pct_atteint =
-- 100 × nb_atteint / nb_structures; montant = Σ montant of the indicator (empty when no row gives
-- one); poids_pct = 100 × montant / Σ montant of every indicator of the group (its weight in the
-- remuneration). For every area and group with at least one structure: a row for every indicator
-- of the reference list of that type, zeros included, in the list's order.
-- (Each indicateurs row carries its structure's department, type and category.)
WITH rows AS (
  SELECT id_structure, departement, annee, type_structure,
    -- An MSP's category, if an export gave one, plays no part: MSP have one group.
    CASE WHEN type_structure = 'CDS' THEN categorie END AS categorie,
    indicateur, atteint, montant
  FROM indicateurs
),
structures_by_departement AS (
  SELECT departement, annee, type_structure, categorie, count(DISTINCT id_structure) AS nb_structures
  FROM rows
  GROUP BY ALL
),
indicators_by_departement AS (
  SELECT departement, annee, type_structure, categorie, indicateur,
    count(*) FILTER (atteint) AS nb_atteint, sum(montant) AS montant
  FROM rows
  GROUP BY ALL
),
-- Each category counts in its groups: MSP in ensemble, CDS as ref_cds_groupes says.
groups AS (
  SELECT 'MSP' AS type_structure, NULL::VARCHAR AS categorie, 'ensemble' AS groupe, 1 AS rang
  UNION ALL
  SELECT 'CDS', categorie, groupe, rang FROM ref_cds_groupes
),
structures AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure, g.groupe, g.rang,
    sum(d.nb_structures) AS nb_structures
  FROM structures_by_departement AS d
  JOIN groups AS g ON g.type_structure = d.type_structure AND g.categorie IS NOT DISTINCT FROM d.categorie
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
indicators AS (
  SELECT a.niveau, a.code, d.annee, d.type_structure, g.groupe, d.indicateur,
    sum(d.nb_atteint) AS nb_atteint, sum(d.montant) AS montant
  FROM indicators_by_departement AS d
  JOIN groups AS g ON g.type_structure = d.type_structure AND g.categorie IS NOT DISTINCT FROM d.categorie
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
group_totals AS (
  SELECT niveau, code, annee, type_structure, groupe, sum(montant) AS montant
  FROM indicators
  GROUP BY ALL
)
SELECT
  s.niveau, s.code, s.annee, s.type_structure, s.groupe AS categorie, r.code AS indicateur, r.axe, r.libelle,
  s.nb_structures::BIGINT AS nb_structures,
  coalesce(i.nb_atteint, 0)::BIGINT AS nb_atteint,
  100 * coalesce(i.nb_atteint, 0) / s.nb_structures AS pct_atteint,
  i.montant::DECIMAL(18, 2) AS montant,
  100 * i.montant::DOUBLE / nullif(t.montant, 0) AS poids_pct
FROM structures AS s
JOIN ref_indicateurs AS r ON r.type_structure = s.type_structure
LEFT JOIN indicators AS i
  ON i.niveau = s.niveau AND i.code = s.code AND i.annee = s.annee AND i.type_structure = s.type_structure
  AND i.groupe = s.groupe AND i.indicateur = r.code
LEFT JOIN group_totals AS t
  ON t.niveau = s.niveau AND t.code = s.code AND t.annee = s.annee AND t.type_structure = s.type_structure AND t.groupe = s.groupe
JOIN ref_types AS ty ON ty.type_structure = s.type_structure
ORDER BY s.annee, ty.rang, s.region_key, s.niveau_rank, s.sort_key, s.rang, r.ordre
