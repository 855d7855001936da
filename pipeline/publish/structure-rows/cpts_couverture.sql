-- The CPTS behind the counts of cpts_couverture.sql (the covered population is counted by commune,
-- not by CPTS, and is not listed here).
SELECT id_structure, departement, true AS compte,
  CASE statut WHEN 'projet' THEN 'en projet' WHEN 'validee' THEN 'validée' WHEN 'signataire' THEN 'signataire ACI' ELSE statut END AS statut,
  (statut = 'projet')::INTEGER AS nb_en_projet,
  (statut IN ('validee', 'signataire'))::INTEGER AS nb_validees,
  (statut = 'signataire')::INTEGER AS nb_signataires
FROM structures
WHERE type_structure = 'CPTS'
ORDER BY id_structure
