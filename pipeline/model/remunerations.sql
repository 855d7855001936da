-- ACI remuneration per year and type of structure.
-- A structure is paid (rémunérée) when it met the prerequisites and its total is positive; sums,
-- mean, minimum and maximum are over the paid ones; moyenne_annee_complete over the paid ones
-- present the whole year (contract signed on or before 1 January, unless the export says).
-- Sums, counts, minima and maxima are taken per department, then combined for the region and
-- France (a sum of sums, a minimum of minima): never a sum of means or of minima.
WITH rows AS (
  SELECT
    r.annee, r.type_structure, r.departement, r.montant_total, r.avance, r.solde,
    coalesce(r.prerequis_atteints, true) AS prerequis_atteints,
    coalesce(r.annee_complete, s.date_adhesion <= make_date(r.annee, 1, 1), false) AS annee_complete,
    coalesce(r.prerequis_atteints, true) AND r.montant_total > 0 AS remuneree
  FROM remunerations AS r JOIN structures AS s USING (id_structure)
  -- The CDS are paid under their own agreement: cds_remunerations.
  WHERE r.type_structure <> 'CDS'
),
by_departement AS (
  SELECT
    departement, annee, type_structure,
    count(*) FILTER (remuneree) AS nb,
    sum(montant_total) FILTER (remuneree) AS total,
    sum(avance) FILTER (remuneree) AS avance,
    sum(solde) FILTER (remuneree) AS solde,
    count(*) FILTER (remuneree AND annee_complete) AS nb_complete,
    sum(montant_total) FILTER (remuneree AND annee_complete) AS total_complete,
    min(montant_total) FILTER (remuneree) AS minimum,
    max(montant_total) FILTER (remuneree) AS maximum,
    count(*) FILTER (NOT prerequis_atteints) AS non_atteints
  FROM rows
  GROUP BY ALL
),
by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.type_structure,
    sum(d.nb) AS nb, sum(d.total) AS total, sum(d.avance) AS avance, sum(d.solde) AS solde,
    sum(d.nb_complete) AS nb_complete, sum(d.total_complete) AS total_complete,
    min(d.minimum) AS minimum, max(d.maximum) AS maximum, sum(d.non_atteints) AS non_atteints
  FROM by_departement AS d JOIN area_rollup AS a ON a.departement = d.departement
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
