-- Organised cancer screening participation, per programme and year.
-- A department's rate is the source's taux, or 100 × nb_depistes / population_cible.
-- A region's rate is the source's own R.. row when given; otherwise Σ nb_depistes / Σ population_cible
-- when every department of the region has counts; otherwise absent. Never a mean of rates.
-- France's follows the same rule over every department of France.
WITH departements AS (
  SELECT x.territoire AS code, d.region, x.programme, x.annee, x.nb_depistes, x.population_cible,
    coalesce(x.taux, 100 * x.nb_depistes / x.population_cible) AS taux
  FROM depistage AS x JOIN ref_departements AS d ON d.code = x.territoire
),
source_regions AS (
  SELECT substr(territoire, 2) AS code, programme, annee,
    coalesce(taux, 100 * nb_depistes / population_cible) AS taux
  FROM depistage WHERE territoire LIKE 'R%'
),
computed AS (
  SELECT a.niveau, a.code, d.programme, d.annee,
    100 * sum(d.nb_depistes) / sum(d.population_cible) AS taux,
    count(d.nb_depistes) AS with_counts
  FROM departements AS d JOIN area_rollup AS a ON a.departement = d.code
  WHERE a.niveau <> 'departement'
  GROUP BY ALL
),
complete AS (
  SELECT c.* FROM computed AS c
  WHERE c.with_counts = (
    SELECT count(*) FROM area_rollup AS a WHERE a.niveau = c.niveau AND a.code = c.code
  )
),
rows AS (
  SELECT 'departement' AS niveau, code, programme, annee, taux FROM departements
  UNION ALL
  SELECT 'region', code, programme, annee, taux FROM source_regions
  UNION ALL
  SELECT niveau, code, programme, annee, taux FROM complete AS c
  WHERE NOT EXISTS (
    SELECT 1 FROM source_regions AS s
    WHERE c.niveau = 'region' AND s.code = c.code AND s.programme = c.programme AND s.annee = c.annee
  )
)
SELECT r.niveau, r.code, r.programme, r.annee, r.taux
FROM rows AS r JOIN areas AS a USING (niveau, code)
ORDER BY r.programme, r.annee, a.region_key, a.niveau_rank, a.sort_key
