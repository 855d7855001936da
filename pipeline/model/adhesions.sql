-- MSP – ACI contracts per year: signed, ended, and active on 31 December, added up from the MSP
-- of detail/adhesions.sql (which applies the cut-off date). Every year of the contracts grid
-- (contract_years: from the first contract to the cut-off's year), zeros included, for every
-- department of the regions in the data.
WITH counts AS (
  SELECT
    a.niveau, a.code, d.annee,
    sum(d.nb_adhesions) AS nb_adhesions,
    sum(d.nb_resiliations) AS nb_resiliations,
    sum(d.nb_actives_fin_annee) AS nb_actives_fin_annee
  FROM detail.adhesions AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  g.niveau, g.code, y.annee, 'MSP' AS type_structure,
  coalesce(c.nb_adhesions, 0)::BIGINT AS nb_adhesions,
  coalesce(c.nb_resiliations, 0)::BIGINT AS nb_resiliations,
  coalesce(c.nb_actives_fin_annee, 0)::BIGINT AS nb_actives_fin_annee
FROM areas AS g
CROSS JOIN contract_years AS y
LEFT JOIN counts AS c ON c.niveau = g.niveau AND c.code = g.code AND c.annee = y.annee
ORDER BY y.annee, g.region_key, g.niveau_rank, g.sort_key
