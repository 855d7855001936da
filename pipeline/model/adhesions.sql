-- MSP – ACI contracts per year: signed, ended, and active on 31 December.
-- Every year from the first contract to the last year of the data, zeros included, for every
-- department of the regions in the data. The cut-off date (data_cutoff, `--arrete`) bounds them:
-- its year is counted to date (contracts signed or ended up to it, active on it).
WITH msp AS (
  SELECT departement, type_structure, date_adhesion, date_resiliation
  FROM structures
  WHERE type_structure = 'MSP' AND date_adhesion IS NOT NULL
),
years AS (
  SELECT range::INTEGER AS annee
  FROM range((SELECT min(year(date_adhesion)) FROM msp), (SELECT derniere_annee FROM data_cutoff) + 1)
),
grid AS (
  SELECT a.*, y.annee, 'MSP' AS type_structure FROM areas AS a CROSS JOIN years AS y
),
counts AS (
  SELECT
    r.niveau, r.code, y.annee,
    count(*) FILTER (year(m.date_adhesion) = y.annee AND m.date_adhesion <= k.arrete) AS nb_adhesions,
    count(*) FILTER (year(m.date_resiliation) = y.annee AND m.date_resiliation <= k.arrete) AS nb_resiliations,
    count(*) FILTER (
      m.date_adhesion <= least(make_date(y.annee, 12, 31), k.arrete)
      AND (m.date_resiliation IS NULL OR m.date_resiliation > least(make_date(y.annee, 12, 31), k.arrete))
    ) AS nb_actives_fin_annee
  FROM msp AS m
  JOIN area_rollup AS r ON r.departement = m.departement
  CROSS JOIN years AS y
  CROSS JOIN data_cutoff AS k
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
