-- The centres behind cds_effectifs.sql: from the professionnels rows of CDS, each centre with a
-- row that year counts in each of its groups (ref_cds_groupes: its category's group and ensemble,
-- or ensemble alone without a category). nb_centres is the group's number of centres on every
-- profession row of the table, so a centre has a row for every profession of its group's table
-- rows in its department (those with at least one row there, and ensemble): its effectif there
-- (0 when it declared none) and its etp (empty when it gave none).
WITH cds AS (
  SELECT departement, annee, categorie, id_structure, profession, effectif, etp
  FROM professionnels
  WHERE type_structure = 'CDS'
),
centres AS (
  SELECT DISTINCT c.departement, c.annee, g.groupe, c.id_structure
  FROM cds AS c JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM c.categorie
),
professions AS (
  SELECT DISTINCT c.departement, c.annee, g.groupe, c.profession
  FROM cds AS c JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM c.categorie
  UNION ALL
  SELECT DISTINCT departement, annee, groupe, 'ensemble' FROM centres
),
own AS (
  SELECT id_structure, annee, profession, effectif, etp FROM cds
  UNION ALL
  SELECT id_structure, annee, 'ensemble', sum(effectif), sum(etp) FROM cds GROUP BY ALL
)
SELECT
  c.departement, c.annee, c.groupe AS categorie, p.profession, c.id_structure,
  1 AS nb_centres,
  coalesce(o.effectif, 0) AS effectif,
  o.etp
FROM centres AS c
JOIN professions AS p USING (departement, annee, groupe)
LEFT JOIN own AS o ON o.id_structure = c.id_structure AND o.annee = c.annee AND o.profession = p.profession
