-- Centres de santé active at the cut-off date (data_cutoff) per category, for every department of
-- the regions in the data: opened by then (or no date), and not ended by then (a dated end after
-- the cut-off counts as active; an end without a date is the statut resilie).
WITH active AS (
  SELECT s.departement, s.categorie FROM structures AS s CROSS JOIN data_cutoff AS k
  WHERE s.type_structure = 'CDS'
    AND (s.date_adhesion IS NULL OR s.date_adhesion <= k.arrete)
    AND CASE WHEN s.date_resiliation IS NULL THEN s.statut IS DISTINCT FROM 'resilie' ELSE s.date_resiliation > k.arrete END
),
counts AS (
  SELECT a.niveau, a.code,
    count(*) FILTER (categorie = 'dentaire') AS nb_dentaire,
    count(*) FILTER (categorie = 'infirmier') AS nb_infirmier,
    count(*) FILTER (categorie = 'medical') AS nb_medical,
    count(*) FILTER (categorie = 'polyvalent') AS nb_polyvalent,
    count(*) AS nb_total
  FROM active JOIN area_rollup AS a ON a.departement = active.departement
  GROUP BY ALL
)
SELECT
  a.niveau, a.code,
  coalesce(c.nb_dentaire, 0) AS nb_dentaire,
  coalesce(c.nb_infirmier, 0) AS nb_infirmier,
  coalesce(c.nb_medical, 0) AS nb_medical,
  coalesce(c.nb_polyvalent, 0) AS nb_polyvalent,
  coalesce(c.nb_total, 0) AS nb_total
FROM areas AS a LEFT JOIN counts AS c USING (niveau, code)
ORDER BY a.region_key, a.niveau_rank, a.sort_key
