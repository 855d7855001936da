-- The areas every table is computed for, shared by the models.

-- The regions the data speaks of: those of its structures, screening rows and territorial indicators.
CREATE OR REPLACE TABLE data_regions AS
SELECT region FROM structures
UNION
SELECT d.region FROM depistage JOIN ref_departements AS d ON d.code = depistage.territoire
UNION
SELECT substr(territoire, 2) FROM depistage WHERE territoire LIKE 'R%'
UNION
SELECT d.region FROM indicateurs_territoriaux AS x JOIN ref_departements AS d ON d.code = x.territoire
UNION
SELECT substr(territoire, 2) FROM indicateurs_territoriaux WHERE territoire LIKE 'R%';

-- Each department counts in its own row, in its region's row and, when the data spans several
-- regions, in France's. Totals are then computed from the rows themselves, never from means.
CREATE OR REPLACE TABLE area_rollup AS
SELECT d.code AS departement, 'departement' AS niveau, d.code AS code, d.region AS region_key, 0 AS niveau_rank, d.sort_key
FROM ref_departements AS d WHERE d.region IN (SELECT region FROM data_regions)
UNION ALL
SELECT d.code, 'region', d.region, d.region, 1, d.region
FROM ref_departements AS d WHERE d.region IN (SELECT region FROM data_regions)
UNION ALL
SELECT d.code, 'france', 'FR', 'ZZ', 2, 'FR'
FROM ref_departements AS d WHERE (SELECT count(*) FROM data_regions) > 1;

CREATE OR REPLACE TABLE areas AS
SELECT DISTINCT niveau, code, region_key, niveau_rank, sort_key FROM area_rollup;

-- Legal population of each area: its current communes (never the municipal arrondissements on top).
CREATE OR REPLACE TABLE area_population AS
SELECT a.niveau, a.code, sum(c.population) AS population
FROM ref_communes AS c JOIN area_rollup AS a ON a.departement = c.departement
GROUP BY ALL;

-- The last year the data speaks of: the adhesion grid runs up to it.
CREATE OR REPLACE TABLE data_last_year AS
SELECT max(y) AS annee FROM (
  SELECT max(year(date_adhesion)) AS y FROM structures
  UNION ALL SELECT max(year(date_resiliation)) FROM structures
  UNION ALL SELECT max(annee) FROM patientele
  UNION ALL SELECT max(annee) FROM remunerations
  UNION ALL SELECT max(annee) FROM professionnels
  UNION ALL SELECT max(annee) FROM indicateurs
);

-- The date the stocks stand at (contracts active, CPTS by stage, centres active): the `--arrete`
-- date when given, else the latest date of the exports, else 31 December of the last data year.
-- With the default nothing happens after it, so the stocks are those of the data as they stand.
-- `derniere_annee`: the contracts grid runs to the cut-off's year when it is given, else to the
-- last data year as before.
CREATE OR REPLACE TABLE data_cutoff AS
WITH latest AS (
  SELECT max(d) AS d FROM (
    SELECT max(date_adhesion) AS d FROM structures
    UNION ALL SELECT max(date_resiliation) FROM structures
  )
)
SELECT
  coalesce(p.arrete, (SELECT d FROM latest), make_date((SELECT annee FROM data_last_year), 12, 31)) AS arrete,
  p.arrete IS NOT NULL AS explicite,
  CASE WHEN p.arrete IS NOT NULL THEN year(p.arrete) ELSE (SELECT annee FROM data_last_year) END AS derniere_annee
FROM run_parameters AS p;

-- The years of the contracts grid (adhesions): from the first MSP contract to the cut-off's year,
-- shared by the table, whose rows show them zeros included, and its detail.
CREATE OR REPLACE TABLE contract_years AS
SELECT range::INTEGER AS annee
FROM range(
  (SELECT min(year(date_adhesion)) FROM structures WHERE type_structure = 'MSP' AND date_adhesion IS NOT NULL),
  (SELECT derniere_annee FROM data_cutoff) + 1
);
