-- The MSP profile of a year (seeds 000 and 002): MSP active with a patientèle row, the multi-site
-- ones and their share, the mean CSS and AME shares over the MSP giving one (empty when none), and
-- the median remuneration of the paid MSP. Added up from detail/msp_profil.sql, for each year the
-- detail has and every area of the data (zeros where no MSP).
WITH counts AS (
  SELECT a.niveau, a.code, d.annee,
    sum(d.nb_msp) AS nb_msp,
    sum(d.nb_multi_sites) AS nb_multi_sites,
    avg(d.part_css::DECIMAL(18, 6)) FILTER (d.nb_msp = 1) AS part_css_moyenne,
    avg(d.part_ame::DECIMAL(18, 6)) FILTER (d.nb_msp = 1) AS part_ame_moyenne,
    median(d.remuneration::DECIMAL(18, 3)) AS remuneration_mediane
  FROM detail.msp_profil AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
years AS (SELECT DISTINCT annee FROM detail.msp_profil)
SELECT a.niveau, a.code, y.annee,
  coalesce(c.nb_msp, 0)::BIGINT AS nb_msp,
  coalesce(c.nb_multi_sites, 0)::BIGINT AS nb_multi_sites,
  CASE WHEN c.nb_msp > 0 THEN 100.0 * c.nb_multi_sites / c.nb_msp END::DOUBLE AS pct_multi_sites,
  c.part_css_moyenne::DOUBLE AS part_css_moyenne,
  c.part_ame_moyenne::DOUBLE AS part_ame_moyenne,
  c.remuneration_mediane::DOUBLE AS remuneration_mediane
FROM areas AS a
CROSS JOIN years AS y
LEFT JOIN counts AS c ON c.niveau = a.niveau AND c.code = a.code AND c.annee = y.annee
ORDER BY y.annee, a.region_key, a.niveau_rank, a.sort_key
