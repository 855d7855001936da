-- ACI remuneration per year and type of structure, added up from the structures of
-- detail/remunerations.sql (every remuneration row; the CDS are in cds_remunerations).
-- Sums are those of the structures' contributions (an unpaid structure contributes 0, and 1 to
-- nb_prerequis_non_atteints when it missed the prerequisites). The mean, minimum and maximum are
-- over the paid ones (nb_remunerees = 1); moyenne_annee_complete over the paid ones present the
-- whole year. A total row takes its own structures: a sum of sums, never a sum of means.
WITH by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure,
    sum(d.nb_remunerees) AS nb,
    sum(d.montant_total) AS total,
    sum(d.avance) AS avance,
    sum(d.solde) AS solde,
    count(*) FILTER (d.nb_remunerees = 1 AND d.annee_complete) AS nb_complete,
    sum(d.montant_total) FILTER (d.nb_remunerees = 1 AND d.annee_complete) AS total_complete,
    min(d.montant_total) FILTER (d.nb_remunerees = 1) AS minimum,
    max(d.montant_total) FILTER (d.nb_remunerees = 1) AS maximum,
    sum(d.nb_prerequis_non_atteints) AS non_atteints
  FROM detail.remunerations AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  niveau, code, annee, type_structure,
  nb::BIGINT AS nb_remunerees,
  coalesce(total, 0)::DECIMAL(18, 2) AS montant_total,
  coalesce(avance, 0)::DECIMAL(18, 2) AS avance,
  coalesce(solde, 0)::DECIMAL(18, 2) AS solde,
  total::DOUBLE / nullif(nb, 0) AS moyenne,
  total_complete::DOUBLE / nullif(nb_complete, 0) AS moyenne_annee_complete,
  minimum,
  maximum,
  non_atteints::BIGINT AS nb_prerequis_non_atteints
FROM by_area
ORDER BY annee, type_structure, region_key, niveau_rank, sort_key
