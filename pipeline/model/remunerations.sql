-- ACI remuneration per year and type of structure.
-- A structure is paid (rémunérée) when it met the prerequisites and its total is positive; sums,
-- mean, minimum and maximum are over the paid ones; moyenne_annee_complete over the paid ones
-- present the whole year (contract signed on or before 1 January, unless the export says).
WITH rows AS (
  SELECT
    r.annee, s.type_structure, s.departement, r.montant_total, r.avance, r.solde,
    coalesce(r.prerequis_atteints, true) AS prerequis_atteints,
    coalesce(r.annee_complete, s.date_adhesion <= make_date(r.annee, 1, 1), false) AS annee_complete,
    coalesce(r.prerequis_atteints, true) AND r.montant_total > 0 AS remuneree
  FROM remunerations AS r JOIN structures AS s USING (id_structure)
)
SELECT
  a.niveau, a.code, r.annee, r.type_structure,
  count(*) FILTER (remuneree) AS nb_remunerees,
  coalesce(sum(montant_total) FILTER (remuneree), 0) AS montant_total,
  coalesce(sum(avance) FILTER (remuneree), 0) AS avance,
  coalesce(sum(solde) FILTER (remuneree), 0) AS solde,
  sum(montant_total) FILTER (remuneree)::DOUBLE / nullif(count(*) FILTER (remuneree), 0) AS moyenne,
  sum(montant_total) FILTER (remuneree AND annee_complete)::DOUBLE
    / nullif(count(*) FILTER (remuneree AND annee_complete), 0) AS moyenne_annee_complete,
  min(montant_total) FILTER (remuneree) AS minimum,
  max(montant_total) FILTER (remuneree) AS maximum,
  count(*) FILTER (NOT prerequis_atteints) AS nb_prerequis_non_atteints
FROM rows AS r JOIN area_rollup AS a ON a.departement = r.departement
GROUP BY a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, r.annee, r.type_structure
ORDER BY r.annee, r.type_structure, a.region_key, a.niveau_rank, a.sort_key
