-- MSP – ACI contracts per year: signed, ended, and active on 31 December.
-- Every year from the first contract to the last year of the data, zeros included, for every
-- department of the regions in the data.
WITH msp AS (
  SELECT departement, type_structure, date_adhesion, date_resiliation
  FROM structures
  WHERE type_structure = 'MSP' AND date_adhesion IS NOT NULL
),
years AS (
  SELECT range::INTEGER AS annee
  FROM range((SELECT min(year(date_adhesion)) FROM msp), (SELECT annee FROM data_last_year) + 1)
),
grid AS (
  SELECT a.*, y.annee, 'MSP' AS type_structure FROM areas AS a CROSS JOIN years AS y
),
counts AS (
  SELECT
    r.niveau, r.code, y.annee,
    count(*) FILTER (year(m.date_adhesion) = y.annee) AS nb_adhesions,
    count(*) FILTER (year(m.date_resiliation) = y.annee) AS nb_resiliations,
    count(*) FILTER (
      m.date_adhesion <= make_date(y.annee, 12, 31)
      AND (m.date_resiliation IS NULL OR m.date_resiliation > make_date(y.annee, 12, 31))
    ) AS nb_actives_fin_annee
  FROM msp AS m
  JOIN area_rollup AS r ON r.departement = m.departement
  CROSS JOIN years AS y
  GROUP BY ALL
)
SELECT
  g.niveau, g.code, g.annee, g.type_structure,
  coalesce(c.nb_adhesions, 0) AS nb_adhesions,
  coalesce(c.nb_resiliations, 0) AS nb_resiliations,
  coalesce(c.nb_actives_fin_annee, 0) AS nb_actives_fin_annee
FROM grid AS g
LEFT JOIN counts AS c USING (niveau, code, annee)
ORDER BY g.annee, g.region_key, g.niveau_rank, g.sort_key
