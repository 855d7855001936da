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
