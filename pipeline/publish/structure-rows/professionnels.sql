-- The structures behind professionnels.sql: one row per structure, year and profession declared.
SELECT id_structure, departement, annee, type_structure, profession, true AS compte, NULL::VARCHAR AS statut,
  effectif AS nb_professionnels,
  (effectif > 0)::INTEGER AS nb_structures_avec
FROM professionnels
ORDER BY annee, profession, id_structure
