-- Other programmes – territorial indicators (Prado, Mon soutien psy, Mon bilan prévention…).
-- Department rows as given. A region row is the source's own R.. row when given; else, when the
-- indicator is additive and every department of the region has a value for that period, their
-- sum; else absent (never a mean of percentages: a percentage is never added up, whatever its
-- additif says). France rows likewise: the sum of the region rows when the input spans several
-- regions, the indicator is additive and every region has a row for that period.
-- Version 3: each modality of a breakdown (dimension, modalite) is a series of its own, summed the
-- same way; the total has both empty.
-- libelle: the last non-empty label of the code in reading order; libelle_modalite likewise for
-- the modality; unite: the code's one unit (defaults and the one-unit rule applied when the rows
-- were checked). Modalities come in the order the source first gives them.
WITH labels AS (
  SELECT indicateur, arg_max(libelle, rang_source) FILTER (libelle IS NOT NULL) AS libelle, any_value(unite) AS unite
  FROM indicateurs_territoriaux
  GROUP BY ALL
),
modalities AS (
  SELECT indicateur, dimension, modalite,
    arg_max(libelle_modalite, rang_source) FILTER (libelle_modalite IS NOT NULL) AS libelle_modalite,
    min(rang_source) AS rang
  FROM indicateurs_territoriaux
  GROUP BY ALL
),
given AS (
  SELECT x.territoire, x.periode, x.indicateur, x.dimension, x.modalite, x.valeur,
    x.additif AND x.unite <> 'pourcentage' AS additif, d.code AS departement, d.region
  FROM indicateurs_territoriaux AS x
  LEFT JOIN ref_departements AS d ON d.code = x.territoire
),
departements AS (
  SELECT 'departement' AS niveau, territoire AS code, indicateur, periode, dimension, modalite, valeur
  FROM given WHERE departement IS NOT NULL
),
source_regions AS (
  SELECT 'region' AS niveau, substr(territoire, 2) AS code, indicateur, periode, dimension, modalite, valeur, additif
  FROM given WHERE departement IS NULL
),
region_sizes AS (
  SELECT region, count(*) AS nb_departements FROM ref_departements GROUP BY ALL
),
summed_regions AS (
  SELECT 'region' AS niveau, g.region AS code, g.indicateur, g.periode, g.dimension, g.modalite, sum(g.valeur) AS valeur
  FROM given AS g JOIN region_sizes AS z USING (region)
  WHERE g.departement IS NOT NULL
  GROUP BY g.region, g.indicateur, g.periode, g.dimension, g.modalite, z.nb_departements
  HAVING bool_and(g.additif) AND count(*) = z.nb_departements
),
regions AS (
  SELECT niveau, code, indicateur, periode, dimension, modalite, valeur, additif FROM source_regions
  UNION ALL
  SELECT s.niveau, s.code, s.indicateur, s.periode, s.dimension, s.modalite, s.valeur, true
  FROM summed_regions AS s
  WHERE NOT EXISTS (
    SELECT 1 FROM source_regions AS r
    WHERE r.code = s.code AND r.indicateur = s.indicateur AND r.periode = s.periode
      AND r.dimension IS NOT DISTINCT FROM s.dimension AND r.modalite IS NOT DISTINCT FROM s.modalite
  )
),
france AS (
  SELECT 'france' AS niveau, 'FR' AS code, indicateur, periode, dimension, modalite, sum(valeur) AS valeur
  FROM regions
  WHERE (SELECT count(*) FROM data_regions) > 1
  GROUP BY ALL
  HAVING bool_and(additif) AND count(*) = (SELECT count(*) FROM ref_regions)
),
rows AS (
  SELECT niveau, code, indicateur, periode, dimension, modalite, valeur FROM departements
  UNION ALL
  SELECT niveau, code, indicateur, periode, dimension, modalite, valeur FROM regions
  UNION ALL
  SELECT niveau, code, indicateur, periode, dimension, modalite, valeur FROM france
)
SELECT r.niveau, r.code, r.indicateur, r.periode, r.dimension, r.modalite, l.libelle, m.libelle_modalite, l.unite,
  r.valeur::DOUBLE AS valeur
FROM rows AS r
JOIN labels AS l USING (indicateur)
JOIN modalities AS m ON m.indicateur = r.indicateur AND m.dimension IS NOT DISTINCT FROM r.dimension AND m.modalite IS NOT DISTINCT FROM r.modalite
JOIN areas AS a USING (niveau, code)
ORDER BY r.indicateur, r.periode, r.dimension NULLS FIRST, m.rang, a.region_key, a.niveau_rank, a.sort_key
