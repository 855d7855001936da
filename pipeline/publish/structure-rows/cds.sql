-- The active centres de santé counted by cds.sql, one row each.
SELECT id_structure, departement, true AS compte, NULL::VARCHAR AS statut,
  (categorie = 'dentaire')::INTEGER AS nb_dentaire,
  (categorie = 'infirmier')::INTEGER AS nb_infirmier,
  (categorie = 'medical')::INTEGER AS nb_medical,
  (categorie = 'polyvalent')::INTEGER AS nb_polyvalent,
  1 AS nb_total
FROM structures
WHERE type_structure = 'CDS' AND statut IS DISTINCT FROM 'resilie'
ORDER BY id_structure
