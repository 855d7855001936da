-- The structures behind indicateurs.sql: each structure with at least one indicateurs row that
-- year (its remuneration was computed), in each of its groups (MSP: ensemble; CDS: its category's
-- group and ensemble, ref_cds_groupes), with a row for every indicator of the reference list of its
-- type, since nb_structures is the same on every indicator row of a group: 1 for nb_structures,
-- 1 for nb_atteint when it reached the indicator (0 without a row for it), its montant for the
-- indicator (empty when no row gives one).
WITH rows AS (
  SELECT
    id_structure, departement, annee, type_structure,
    -- An MSP's category, if an export gave one, plays no part: MSP have one group.
    CASE WHEN type_structure = 'CDS' THEN categorie END AS categorie,
    indicateur, atteint, montant
  FROM indicateurs
),
groups AS (
  SELECT 'MSP' AS type_structure, NULL::VARCHAR AS categorie, 'ensemble' AS groupe
  UNION ALL
  SELECT 'CDS', categorie, groupe FROM ref_cds_groupes
),
members AS (
  SELECT DISTINCT r.departement, r.annee, r.type_structure, g.groupe, r.id_structure
  FROM rows AS r
  JOIN groups AS g ON g.type_structure = r.type_structure AND g.categorie IS NOT DISTINCT FROM r.categorie
)
SELECT
  m.departement, m.annee, m.type_structure, m.groupe AS categorie, i.code AS indicateur, m.id_structure,
  1 AS nb_structures,
  coalesce(r.atteint, false)::INTEGER AS nb_atteint,
  r.montant
FROM members AS m
JOIN ref_indicateurs AS i ON i.type_structure = m.type_structure
LEFT JOIN rows AS r ON r.id_structure = m.id_structure AND r.annee = m.annee AND r.indicateur = i.code
