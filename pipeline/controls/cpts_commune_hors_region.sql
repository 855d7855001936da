-- Protects the regional coverage rate from a territory that crosses a regional border unnoticed:
-- a commune of another region counts in the coverage of its own region (the areas of the tables
-- are those of the communes), not in the region of the CPTS that claims it. Said as an alerte, one
-- line per commune, so a border territory is a known fact of the deck rather than a surprise.
SELECT
  'alerte' AS gravite,
  'cpts_communes' AS dataset,
  t.id_structure,
  'departement' AS niveau,
  s.departement AS code,
  NULL::INTEGER AS annee,
  'région ' || s.region AS attendu,
  'région ' || l.region AS constate,
  'CPTS ' || s.id_structure || ' (' || rs.nom || ') déclare la commune ' || t.code_commune
    || coalesce(' (' || c.nom || ')', '') || ' de la région ' || rl.nom
    || ' : sa population compte dans la couverture de ' || rl.nom || ', pas de ' || rs.nom AS message
FROM cpts_communes AS t
JOIN structures AS s USING (id_structure)
JOIN ref_lieux AS l ON l.code = t.code_commune
LEFT JOIN ref_communes AS c ON c.code = l.commune
JOIN ref_regions AS rs ON rs.code = s.region
JOIN ref_regions AS rl ON rl.code = l.region
WHERE l.region <> s.region
