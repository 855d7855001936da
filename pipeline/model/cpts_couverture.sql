-- CPTS coverage of the population.
-- The counts by stage (en projet, validées, signataires) are added up from the CPTS of
-- detail/cpts_couverture.sql (placed by the department of their seat, at the cut-off date).
-- population_couverte = legal population of the distinct communes (of the area) in the territory
-- of at least one CPTS the detail flags signataire, a commune claimed twice counted once; a
-- municipal arrondissement counts alone only when its whole commune is not claimed. A CPTS with
-- no territory rows counts its declared population_couverte, in its seat's department, up to the
-- population its department's covered communes leave.
-- population_couverte_avec_projets: the same over every CPTS, whatever its statut (the deck's
-- « en prenant en compte les projets de CPTS »). Populations are counted by commune, not by CPTS:
-- they have no detail.
WITH cpts AS (
  SELECT d.id_structure, d.departement, d.nb_en_projet, d.nb_validees, d.nb_signataires, s.population_couverte
  FROM detail.cpts_couverture AS d JOIN structures AS s USING (id_structure)
),
-- Each CPTS counts in the perimeter of every CPTS and, when signataire, in that of the signataires.
perimeters AS (
  SELECT id_structure, departement, population_couverte, 'avec_projets' AS perimetre FROM cpts
  UNION ALL
  SELECT id_structure, departement, population_couverte, 'signataires' FROM cpts WHERE nb_signataires = 1
),
claimed AS (
  SELECT DISTINCT p.perimetre, l.commune, l.arrondissement, l.population_arrondissement, l.departement
  FROM cpts_communes AS t
  JOIN perimeters AS p USING (id_structure)
  JOIN ref_lieux AS l ON l.code = t.code_commune
),
covered AS (
  SELECT DISTINCT claimed.perimetre, claimed.commune AS lieu, claimed.departement, rc.population
  FROM claimed JOIN ref_communes AS rc ON rc.code = claimed.commune
  WHERE arrondissement IS NULL
  UNION
  SELECT DISTINCT c.perimetre, c.arrondissement, c.departement, c.population_arrondissement
  FROM claimed AS c
  WHERE c.arrondissement IS NOT NULL
    AND NOT EXISTS (
      SELECT 1 FROM claimed AS w WHERE w.perimetre = c.perimetre AND w.commune = c.commune AND w.arrondissement IS NULL
    )
),
declared AS (
  SELECT perimetre, departement, population_couverte AS population
  FROM perimeters
  WHERE id_structure NOT IN (SELECT id_structure FROM cpts_communes)
),
-- Per department: the communes' population counted once, and the declared populations only up to
-- what those communes leave uncovered. The communes of a CPTS without territory are unknown, so
-- they may be communes already counted: a rate can never exceed 100 % (the control
-- cpts_population_declaree names the CPTS whose declared population was cut).
by_departement AS (
  SELECT x.perimetre, x.departement,
    least(coalesce(sum(x.population) FILTER (x.source = 'communes'), 0)
      + coalesce(sum(x.population) FILTER (x.source = 'declared'), 0), any_value(p.population)) AS population
  FROM (
    SELECT perimetre, departement, population, 'communes' AS source FROM covered
    UNION ALL
    SELECT perimetre, departement, population, 'declared' FROM declared
  ) AS x
  JOIN area_population AS p ON p.niveau = 'departement' AND p.code = x.departement
  GROUP BY ALL
),
covered_population AS (
  SELECT a.niveau, a.code,
    sum(x.population) FILTER (x.perimetre = 'signataires') AS population_couverte,
    sum(x.population) FILTER (x.perimetre = 'avec_projets') AS population_couverte_avec_projets
  FROM by_departement AS x
  JOIN area_rollup AS a ON a.departement = x.departement
  GROUP BY ALL
),
counts AS (
  SELECT a.niveau, a.code,
    sum(c.nb_en_projet) AS nb_en_projet,
    sum(c.nb_validees) AS nb_validees,
    sum(c.nb_signataires) AS nb_signataires
  FROM cpts AS c JOIN area_rollup AS a ON a.departement = c.departement
  GROUP BY ALL
)
SELECT
  a.niveau, a.code,
  coalesce(n.nb_en_projet, 0)::BIGINT AS nb_en_projet,
  coalesce(n.nb_validees, 0)::BIGINT AS nb_validees,
  coalesce(n.nb_signataires, 0)::BIGINT AS nb_signataires,
  coalesce(cp.population_couverte, 0) AS population_couverte,
  p.population,
  100 * coalesce(cp.population_couverte, 0) / p.population AS taux_couverture,
  coalesce(cp.population_couverte_avec_projets, 0) AS population_couverte_avec_projets,
  100 * coalesce(cp.population_couverte_avec_projets, 0) / p.population AS taux_couverture_avec_projets
FROM areas AS a
JOIN area_population AS p USING (niveau, code)
LEFT JOIN counts AS n USING (niveau, code)
LEFT JOIN covered_population AS cp USING (niveau, code)
ORDER BY a.region_key, a.niveau_rank, a.sort_key
