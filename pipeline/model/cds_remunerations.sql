-- CDS – rémunération forfaitaire spécifique per group of categories.
-- A centre is paid (rémunérée) when it met the prerequisites (default oui) and its total is
-- positive; nb_remunerees, montant_total, avance, solde and moyenne are over the paid ones.
-- trop_percu = Σ (−solde) over the paid ones whose solde is negative (a positive amount);
-- nb_prerequis_non_atteints = rows whose prerequisites are not met; avance_a_rembourser = Σ avance
-- over those rows. Sums per department and category first, then spread to the groups
-- (ref_cds_groupes) and added up, all in DECIMAL: exact to the cent.
-- (Each remunerations row carries its structure's department, type and category.)
WITH rows AS (
  SELECT departement, annee, categorie, montant_total, avance, solde,
    coalesce(prerequis_atteints, true) AS prerequis_atteints,
    coalesce(prerequis_atteints, true) AND montant_total > 0 AS remuneree
  FROM remunerations
  WHERE type_structure = 'CDS'
),
by_departement AS (
  SELECT departement, annee, categorie,
    count(*) FILTER (remuneree) AS nb,
    sum(montant_total) FILTER (remuneree) AS total,
    sum(avance) FILTER (remuneree) AS avance,
    sum(solde) FILTER (remuneree) AS solde,
    sum(-solde) FILTER (remuneree AND solde < 0) AS trop_percu,
    count(*) FILTER (NOT prerequis_atteints) AS non_atteints,
    sum(avance) FILTER (NOT prerequis_atteints) AS a_rembourser
  FROM rows
  GROUP BY ALL
),
by_area AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, g.groupe, g.rang,
    sum(d.nb) AS nb, sum(d.total) AS total, sum(d.avance) AS avance, sum(d.solde) AS solde,
    sum(d.trop_percu) AS trop_percu, sum(d.non_atteints) AS non_atteints, sum(d.a_rembourser) AS a_rembourser
  FROM by_departement AS d
  JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM d.categorie
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  niveau, code, annee, groupe AS categorie,
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
