-- Centres de santé active at the cut-off date per category, added up from the centres of
-- detail/cds.sql, for every department of the regions in the data (zeros included).
WITH counts AS (
  SELECT
    a.niveau, a.code,
    sum(d.nb_dentaire) AS nb_dentaire,
    sum(d.nb_infirmier) AS nb_infirmier,
    sum(d.nb_medical) AS nb_medical,
    sum(d.nb_polyvalent) AS nb_polyvalent,
    sum(d.nb_total) AS nb_total
  FROM detail.cds AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  a.niveau, a.code,
  coalesce(c.nb_dentaire, 0)::BIGINT AS nb_dentaire,
  coalesce(c.nb_infirmier, 0)::BIGINT AS nb_infirmier,
  coalesce(c.nb_medical, 0)::BIGINT AS nb_medical,
  coalesce(c.nb_polyvalent, 0)::BIGINT AS nb_polyvalent,
  coalesce(c.nb_total, 0)::BIGINT AS nb_total
FROM areas AS a LEFT JOIN counts AS c USING (niveau, code)
ORDER BY a.region_key, a.niveau_rank, a.sort_key
