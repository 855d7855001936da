-- Active centres de santé (statut other than resilie) per category, for every department of the
-- regions in the data.
WITH active AS (
  SELECT departement, categorie FROM structures
  WHERE type_structure = 'CDS' AND statut IS DISTINCT FROM 'resilie'
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
