-- CDS – rémunération forfaitaire spécifique per group of categories, added up from the centres of
-- detail/cds_remunerations.sql (one per remuneration row of a CDS, in each of its groups): sums of
-- what each centre contributes (the paid ones their amounts, the others 0; those that missed the
-- prerequisites their count and advance to pay back), all in DECIMAL: exact to the cent.
-- moyenne = montant_total / nb_remunerees, over the paid ones.
WITH by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.categorie, g.rang,
    sum(d.nb_remunerees) AS nb,
    sum(d.montant_total) AS total,
    sum(d.avance) AS avance,
    sum(d.solde) AS solde,
    sum(d.trop_percu) AS trop_percu,
    sum(d.nb_prerequis_non_atteints) AS non_atteints,
    sum(d.avance_a_rembourser) AS a_rembourser
  FROM detail.cds_remunerations AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  JOIN ref_cds_rangs AS g ON g.groupe = d.categorie
  GROUP BY ALL
)
SELECT
  niveau, code, annee, categorie,
  nb::BIGINT AS nb_remunerees,
  coalesce(total, 0)::DECIMAL(18, 2) AS montant_total,
  coalesce(avance, 0)::DECIMAL(18, 2) AS avance,
  coalesce(solde, 0)::DECIMAL(18, 2) AS solde,
  coalesce(trop_percu, 0)::DECIMAL(18, 2) AS trop_percu,
  total::DOUBLE / nullif(nb, 0) AS moyenne,
  non_atteints::BIGINT AS nb_prerequis_non_atteints,
  coalesce(a_rembourser, 0)::DECIMAL(18, 2) AS avance_a_rembourser
FROM by_area
ORDER BY annee, region_key, niveau_rank, sort_key, rang
