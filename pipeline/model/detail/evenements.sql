-- The structures behind evenements.sql: one row per structure, year, CDS group and kind of event it
-- had at least once that year (kept rows are never after the arrêté: validate/dataset-rules.ts).
-- A CDS counts in its category's group and in ensemble (ref_cds_groupes); MSP and CPTS in ensemble.
-- `groupe` is read only to count distinct groups (nb_groupes): it never leaves the warehouse.
SELECT
  e.departement, year(e."date")::INTEGER AS annee, e.type_structure,
  coalesce(g.groupe, 'ensemble') AS categorie, e.evenement, e.id_structure,
  1 AS nb_structures,
  arg_min(e.groupe, e."date") FILTER (e.groupe IS NOT NULL) AS groupe_centres
FROM evenements_structures AS e
LEFT JOIN ref_cds_groupes AS g ON e.type_structure = 'CDS' AND g.categorie IS NOT DISTINCT FROM e.categorie
GROUP BY ALL
