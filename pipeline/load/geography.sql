-- Reference geography, read from @etalab/decoupage-administratif (pinned in package-lock.json).
-- Only current regions and departments (zone metro or drom): the overseas collectivities
-- (975, 977, 978, 984, 986-989) are not part of the health-insurance map.

CREATE TABLE ref_regions AS
SELECT code, nom
FROM read_json(getvariable('regions_file'), columns = {code: 'VARCHAR', nom: 'VARCHAR', zone: 'VARCHAR'})
WHERE zone IN ('metro', 'drom');

CREATE TABLE ref_departements AS
SELECT
  code,
  nom,
  region,
  zone = 'drom' AS outre_mer,
  -- INSEE order: Corsica's 2A and 2B stand where 20 stood.
  regexp_replace(code, '^2([AB])$', '20\1') AS sort_key
FROM read_json(getvariable('departements_file'),
  columns = {code: 'VARCHAR', nom: 'VARCHAR', region: 'VARCHAR', zone: 'VARCHAR'})
WHERE zone IN ('metro', 'drom');

CREATE TABLE raw_communes AS
SELECT *
FROM read_json(getvariable('communes_file'), columns = {
  code: 'VARCHAR', nom: 'VARCHAR', type: 'VARCHAR', departement: 'VARCHAR', region: 'VARCHAR',
  commune: 'VARCHAR', chefLieu: 'VARCHAR', population: 'BIGINT'
})
WHERE departement IN (SELECT code FROM ref_departements);

-- The communes as they are today, each with its legal population.
CREATE TABLE ref_communes AS
SELECT code, nom, departement, region, population
FROM raw_communes
WHERE type = 'commune-actuelle';

-- Every code an export may use for a place, and what it stands for: a current commune, a
-- municipal arrondissement of Paris, Lyon or Marseille (a part of its commune, with its own
-- population), or a former commune merged into a current one (delegated or associated).
CREATE TABLE ref_lieux AS
SELECT DISTINCT ON (code)
  code,
  CASE type WHEN 'commune-actuelle' THEN code WHEN 'arrondissement-municipal' THEN commune ELSE chefLieu END
    AS commune,
  CASE WHEN type = 'arrondissement-municipal' THEN code END AS arrondissement,
  CASE WHEN type = 'arrondissement-municipal' THEN population END AS population_arrondissement,
  departement,
  region
FROM raw_communes
ORDER BY code, CASE type WHEN 'commune-actuelle' THEN 0 WHEN 'arrondissement-municipal' THEN 1 ELSE 2 END;

DROP TABLE raw_communes;
