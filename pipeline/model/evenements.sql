-- Controls and removals of agreements: structures with at least one event of each kind in the
-- year, added up from detail/evenements.sql; nb_groupes = distinct groups of centres among them
-- (a group spanning two departments counts once in the region). A row exists only where at least
-- one structure had the event.
WITH counts AS (
  SELECT a.niveau, a.code, d.annee, d.type_structure, d.categorie, d.evenement,
    sum(d.nb_structures) AS nb_structures,
    count(DISTINCT d.groupe_centres) AS nb_groupes
  FROM detail.evenements AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT c.niveau, c.code, c.annee, c.type_structure, c.categorie, c.evenement,
  c.nb_structures::BIGINT AS nb_structures, c.nb_groupes::BIGINT AS nb_groupes
FROM counts AS c
JOIN areas AS a USING (niveau, code)
JOIN ref_types AS t USING (type_structure)
LEFT JOIN ref_cds_rangs AS g ON g.groupe = c.categorie
JOIN ref_evenements AS v ON v.code = c.evenement
ORDER BY c.annee, t.rang, a.region_key, a.niveau_rank, a.sort_key, g.rang NULLS FIRST, v.rang
