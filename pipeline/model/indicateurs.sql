-- Remuneration – attainment of each indicator, per type of structure and group of categories,
-- added up from the structures of detail/indicateurs.sql (each structure whose remuneration was
-- computed that year, in each of its groups, on every indicator of the reference list of its type).
-- nb_structures = structures of the group; nb_atteint = those reaching the indicator; pct_atteint
-- = 100 × nb_atteint / nb_structures; montant = Σ montant of the indicator (empty when no row gives
-- one); poids_pct = 100 × montant / Σ montant of every indicator of the group (its weight in the
-- remuneration). Rows in the reference list's order.
WITH by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure, d.categorie, d.indicateur,
    sum(d.nb_structures) AS nb_structures,
    sum(d.nb_atteint) AS nb_atteint,
    sum(d.montant) AS montant
  FROM detail.indicateurs AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
group_totals AS (
  SELECT niveau, code, annee, type_structure, categorie, sum(montant) AS montant
  FROM by_area
  GROUP BY ALL
)
SELECT
  s.niveau, s.code, s.annee, s.type_structure, s.categorie, r.code AS indicateur, r.axe, r.libelle,
  s.nb_structures::BIGINT AS nb_structures,
  s.nb_atteint::BIGINT AS nb_atteint,
  100 * s.nb_atteint / s.nb_structures AS pct_atteint,
  s.montant::DECIMAL(18, 2) AS montant,
  100 * s.montant::DOUBLE / nullif(t.montant, 0) AS poids_pct
FROM by_area AS s
JOIN ref_indicateurs AS r ON r.type_structure = s.type_structure AND r.code = s.indicateur
JOIN group_totals AS t
  ON t.niveau = s.niveau AND t.code = s.code AND t.annee = s.annee AND t.type_structure = s.type_structure AND t.categorie = s.categorie
-- MSP have one group (ensemble): its rank does not order anything.
JOIN ref_cds_rangs AS g ON g.groupe = s.categorie
JOIN ref_types AS ty ON ty.type_structure = s.type_structure
ORDER BY s.annee, ty.rang, s.region_key, s.niveau_rank, s.sort_key, g.rang, r.ordre
